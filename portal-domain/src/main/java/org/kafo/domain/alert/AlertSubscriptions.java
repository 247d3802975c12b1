package org.kafo.domain.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.reference.Regions;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.VisibilityRule;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;

/** Each signed-in user's e-mail subscriptions, and who to mail about an alert (as their accounts are now). */
@ApplicationScoped
public class AlertSubscriptions {

    static final int MAX_PER_USER = 50;
    /** A signed-in reader of no association: sees what the whole network sees. */
    private static final Caller NETWORK_READER = new Caller("kafo-network", "kafo-network", "Réseau", null, null, Set.of());

    private EntityManager em;
    private ArrivalPoints points;
    private Regions regions;
    private AuditLog audit;
    private TenantRegistry tenants;

    protected AlertSubscriptions() {
    }

    @Inject
    public AlertSubscriptions(EntityManager em, ArrivalPoints points, Regions regions, AuditLog audit, TenantRegistry tenants) {
        this.em = em;
        this.points = points;
        this.regions = regions;
        this.audit = audit;
        this.tenants = tenants;
    }

    @Transactional
    public List<AlertSubscription> mine(Caller caller) {
        requireSignedIn(caller);
        return em.createQuery("select s from AlertSubscription s where s.userId = :user order by s.createdAt", AlertSubscription.class)
                .setParameter("user", caller.userId()).getResultList();
    }

    /**
     * The codes of the arrival points the caller follows: those they subscribed to, and those of the regions they
     * subscribed to (the same match as {@link #recipients}); none for a visitor.
     */
    @Transactional
    public Set<String> followedPoints(Caller caller) {
        if (!caller.signedIn()) {
            return Set.of();
        }
        List<AlertSubscription> subscriptions = mine(caller);
        return points.all().stream()
                .filter(p -> subscriptions.stream().anyMatch(s -> p.code().equals(s.arrivalPoint())
                        || (p.region() != null && p.region().equals(s.region()))))
                .map(ArrivalPoint::code).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Follows one arrival point or one region (exactly one of the two). */
    @Transactional
    public AlertSubscription subscribe(Caller caller, String arrivalPoint, String region) {
        requireSignedIn(caller);
        if (caller.email() == null || caller.email().isBlank()) {
            throw DomainException.invalid("email", Message.of("alert.subscription.noEmail"));
        }
        boolean byPoint = arrivalPoint != null && !arrivalPoint.isBlank();
        boolean byRegion = region != null && !region.isBlank();
        if (byPoint == byRegion) {
            throw DomainException.invalid("arrivalPoint", Message.of("alert.subscription.pointOrRegion"));
        }
        String point = byPoint ? points.requireActive(arrivalPoint, "arrivalPoint").code() : null;
        String regionCode = byRegion ? regions.require(region.trim(), "region").code() : null;
        List<AlertSubscription> existing = mine(caller);
        if (existing.stream().anyMatch(s -> java.util.Objects.equals(s.arrivalPoint(), point)
                && java.util.Objects.equals(s.region(), regionCode))) {
            throw DomainException.conflict(Message.of(byPoint ? "alert.subscription.twicePoint" : "alert.subscription.twiceRegion"));
        }
        if (existing.size() >= MAX_PER_USER) {
            throw DomainException.invalid("arrivalPoint", Message.of("alert.subscription.tooMany", MAX_PER_USER));
        }
        AlertSubscription subscription = new AlertSubscription(caller, point, regionCode, Instant.now());
        em.persist(subscription);
        audit.write(caller, "alert.subscribe", "alert-subscription", subscription.id().toString(), caller.tenant(),
                byPoint ? "point " + point : "région " + regionCode);
        return subscription;
    }

    @Transactional
    public void unsubscribe(Caller caller, UUID id) {
        requireSignedIn(caller);
        AlertSubscription subscription = id == null ? null : em.find(AlertSubscription.class, id);
        if (subscription == null || !subscription.userId().equals(caller.userId())) {
            throw DomainException.notFound(Message.of("alert.subscription.notFound"));
        }
        em.remove(subscription);
        audit.write(caller, "alert.unsubscribe", "alert-subscription", id.toString(), caller.tenant(), null);
    }

    /**
     * The addresses to mail about a change: the subscribers of its arrival point or region, each as their account is
     * now ({@code accountNow}, from the identity provider: empty when the account is disabled or gone), who may be
     * mailed about it ({@link #mayBeMailed}). Nothing of the day they subscribed counts. No transaction is held while
     * the accounts are asked for.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> recipients(AlertChanged change, Function<String, Optional<Caller>> accountNow) {
        List<String> subscribers = em.createQuery("select distinct s.userId from AlertSubscription s"
                        + " where s.arrivalPoint = :point or s.region = :region", String.class)
                .setParameter("point", change.arrivalPoint()).setParameter("region", change.region()).getResultList();
        return subscribers.stream().map(accountNow).flatMap(Optional::stream)
                .filter(person -> mayBeMailed(person, change))
                .map(Caller::email).filter(e -> e != null && !e.isBlank()).distinct().toList();
    }

    /**
     * The one rule for every e-mail about an alert (a subscription, an escalation): the person, as their account is now,
     * still holds a role of the network (an account whose roles were all taken away is nobody's reader), may see the
     * alert by the visibility rule, and their association, if any, is not suspended.
     */
    public boolean mayBeMailed(Caller person, AlertChanged change) {
        return !person.roles().isEmpty() && VisibilityRule.canSee(person, change)
                && (person.tenant() == null || tenants.find(person.tenant()).map(Tenant::active).orElse(true));
    }

    /**
     * Whether an address that is nobody's account (one an operator configured for escalations) may hear of a change:
     * only of what every signed-in person of the network sees.
     */
    public static boolean mayBeMailedToTheNetwork(AlertChanged change) {
        return VisibilityRule.canSee(NETWORK_READER, change);
    }

    private static void requireSignedIn(Caller caller) {
        if (!caller.signedIn()) {
            throw DomainException.forbidden(Message.of("alert.subscription.signIn"));
        }
    }
}
