package org.kafo.domain.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.reference.Regions;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.VisibilityRule;

/** Each signed-in user's e-mail subscriptions, and who to mail for an alert. */
@ApplicationScoped
public class AlertSubscriptions {

    static final int MAX_PER_USER = 50;

    private EntityManager em;
    private ArrivalPoints points;
    private Regions regions;
    private AuditLog audit;

    protected AlertSubscriptions() {
    }

    @Inject
    public AlertSubscriptions(EntityManager em, ArrivalPoints points, Regions regions, AuditLog audit) {
        this.em = em;
        this.points = points;
        this.regions = regions;
        this.audit = audit;
    }

    @Transactional
    public List<AlertSubscription> mine(Caller caller) {
        requireSignedIn(caller);
        return em.createQuery("select s from AlertSubscription s where s.userId = :user order by s.createdAt", AlertSubscription.class)
                .setParameter("user", caller.userId()).getResultList();
    }

    /** Follows one arrival point or one region (exactly one of the two). */
    @Transactional
    public AlertSubscription subscribe(Caller caller, String arrivalPoint, String region) {
        requireSignedIn(caller);
        if (caller.email() == null || caller.email().isBlank()) {
            throw DomainException.invalid("email", "Votre compte n'a pas d'adresse électronique : demandez à votre administrateur d'en ajouter une.");
        }
        boolean byPoint = arrivalPoint != null && !arrivalPoint.isBlank();
        boolean byRegion = region != null && !region.isBlank();
        if (byPoint == byRegion) {
            throw DomainException.invalid("arrivalPoint", "Choisissez soit un point d'arrivée, soit une région.");
        }
        String point = byPoint ? points.requireActive(arrivalPoint, "arrivalPoint").code() : null;
        String regionCode = byRegion ? regions.require(region.trim(), "region").code() : null;
        List<AlertSubscription> existing = mine(caller);
        if (existing.stream().anyMatch(s -> java.util.Objects.equals(s.arrivalPoint(), point)
                && java.util.Objects.equals(s.region(), regionCode))) {
            throw DomainException.conflict("Vous êtes déjà abonné·e à ce " + (byPoint ? "point d'arrivée." : "cette région."));
        }
        if (existing.size() >= MAX_PER_USER) {
            throw DomainException.invalid("arrivalPoint", "Pas plus de " + MAX_PER_USER + " abonnements par personne.");
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
            throw DomainException.notFound("Abonnement introuvable.");
        }
        em.remove(subscription);
        audit.write(caller, "alert.unsubscribe", "alert-subscription", id.toString(), caller.tenant(), null);
    }

    /** The addresses to mail about a change: subscribers of its point or region who may see the alert. */
    @Transactional
    public List<String> recipients(AlertChanged change) {
        return em.createQuery("select s from AlertSubscription s where s.arrivalPoint = :point or s.region = :region",
                        AlertSubscription.class)
                .setParameter("point", change.arrivalPoint()).setParameter("region", change.region()).getResultList()
                .stream().filter(s -> VisibilityRule.canSee(s.subscriber(), change))
                .map(AlertSubscription::email).distinct().toList();
    }

    private static void requireSignedIn(Caller caller) {
        if (!caller.signedIn()) {
            throw DomainException.forbidden("Connectez-vous pour gérer vos abonnements.");
        }
    }
}
