package org.kafo.domain.observatory;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.kafo.domain.alert.Claim;
import org.kafo.domain.alert.ClaimState;
import org.kafo.domain.alert.ReceptionReport;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.SharedRecord;
import org.kafo.domain.tenancy.VisibilityRule;

/**
 * Whose figures: the caller's own association, the network as the caller may see it, or the network's public figures.
 * Every scope reads the alerts through the one visibility rule; what differs is whose eyes it reads them with and
 * whether small cells are hidden.
 */
public enum Scope {

    /**
     * The alerts the caller's association posted or received (an accepted offer, or a report of its own), and the people
     * its own reports received: the figures it writes its next report with. Its own work: nothing is hidden.
     */
    OWN("Mon association"),

    /** Every alert the caller may see, whoever posted it: cross-association figures, small cells hidden. */
    NETWORK("Réseau"),

    /**
     * The network's figures as anyone signed in to the network sees them (alerts shared with the network or the public;
     * never an association's drafts nor what it shares with named partners only), for a period a network administrator
     * published; small cells hidden. Open to visitors.
     */
    PUBLIC("Public");

    /** Whose eyes public figures are read with: a signed-in reader who belongs to no association. */
    static final VisibilityRule.Audience NETWORK_READER = new VisibilityRule.Audience(true, null);

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the figures mix several associations' alerts, and so hide small cells and what would reveal them. */
    public boolean suppresses() {
        return this != OWN;
    }

    /** {@code own}, {@code network}, {@code public} (any case); none means the network's figures for the signed-in. */
    public static Scope parse(String text, Caller caller) {
        Checks checks = Checks.start();
        Scope scope = checks.choice(Scope.class, "scope", "observatory.field.scope", text, "observatory.scope.unknown")
                .orElse(caller.signedIn() ? NETWORK : PUBLIC);
        checks.throwIfAny();
        return scope;
    }

    /** Whose eyes the alerts are read with: the caller's, or, for public figures, those of the whole network. */
    public VisibilityRule.Audience audience(Caller caller) {
        return this == PUBLIC ? NETWORK_READER : VisibilityRule.audience(caller);
    }

    /**
     * The alerts this scope counts: those the audience may see (the one rule), and for {@link #OWN} among them those the
     * caller's association posted, or received (an accepted offer, or a report it filed).
     */
    Predicate alerts(Caller caller, CriteriaBuilder cb, AbstractQuery<?> query, Root<AlertFact> fact) {
        Predicate visible = VisibilityRule.visibleTo(audience(caller), cb, fact);
        if (this != OWN) {
            return visible;
        }
        String tenant = caller.tenant();
        Subquery<Long> accepted = query.subquery(Long.class);
        Root<Claim> claim = accepted.from(Claim.class);
        accepted.select(cb.literal(1L)).where(cb.equal(claim.get("alert").get("id"), fact.get("id")),
                cb.equal(claim.get("tenant"), tenant), cb.equal(claim.get("state"), ClaimState.ACCEPTED));
        Subquery<Long> reported = query.subquery(Long.class);
        Root<ReceptionReport> report = reported.from(ReceptionReport.class);
        reported.select(cb.literal(1L)).where(cb.equal(report.get("alert").get("id"), fact.get("id")),
                cb.equal(report.get("tenant"), tenant));
        return cb.and(visible, cb.or(cb.equal(fact.get("ownerTenant"), tenant), cb.exists(accepted), cb.exists(reported)));
    }

    /** The reports this scope adds up, among those of the alerts it counts: for {@link #OWN}, the association's own. */
    java.util.Optional<Predicate> reports(Caller caller, CriteriaBuilder cb, From<?, ReceptionReport> report) {
        return this == OWN ? java.util.Optional.of(cb.equal(report.get("tenant"), caller.tenant())) : java.util.Optional.empty();
    }

    /** The meetings whose commitments this scope counts: those the audience may see; for {@link #OWN}, its own. */
    Predicate events(Caller caller, CriteriaBuilder cb, From<?, ? extends SharedRecord> event) {
        Predicate visible = VisibilityRule.visibleTo(audience(caller), cb, event);
        return this == OWN ? cb.and(visible, cb.equal(event.get("ownerTenant"), caller.tenant())) : visible;
    }

    /** Refuses a scope the caller has no figures in. Public figures are further bound to published periods. */
    void requireAllowed(Caller caller) {
        if (this == OWN && (caller.tenant() == null || !caller.signedIn())) {
            throw DomainException.forbidden(caller.signedIn() ? Message.of("observatory.scope.ownWithoutAssociation")
                    : Message.of("observatory.scope.ownSignedOut"));
        }
        if (this == NETWORK && !caller.signedIn()) {
            throw DomainException.forbidden(Message.of("observatory.scope.networkSignedOut"));
        }
    }
}
