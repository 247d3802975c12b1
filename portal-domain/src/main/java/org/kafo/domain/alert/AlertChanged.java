package org.kafo.domain.alert;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.tenancy.Shared;
import org.kafo.domain.tenancy.Visibility;

/**
 * An alert changed: fired by {@link AlertService} inside the transaction. The web layer's listeners that push, stream
 * and mail it, and drop the kept list pages, observe it after commit only ({@code TransactionPhase.AFTER_SUCCESS}); one
 * observes it inside the transaction on purpose, the one that tells the other instances with PostgreSQL's
 * {@code NOTIFY}: PostgreSQL delivers a notice on commit only, so a rolled-back change is announced to no one either. It
 * carries what the visibility rule needs, so each listener filters by {@code VisibilityRule.canSee} without the
 * database; and never any personal data nor free text. {@code subjectTenant} is the association an offer or a decision
 * is about ({@code null} for other changes).
 */
public record AlertChanged(UUID alertId, Change change, String headline, AlertStatus status, String ownerTenant,
                           Visibility visibility, Set<String> partnerTenants, String arrivalPoint, String arrivalPointName,
                           String region, Instant expectedArrival, int revision, boolean escalated, Instant at,
                           String subjectTenant)
        implements Shared {

    /**
     * What happened. {@code OFFERED}: an association offers to take the reception in charge (the owner decides);
     * {@code CLAIMED}: a partner the owner named took it in charge, accepted at once; {@code ACCEPTED}, {@code DECLINED},
     * {@code WITHDRAWN}: the owner's answer to an association.
     */
    public enum Change {
        CREATED, UPDATED, PUBLISHED, OFFERED, CLAIMED, ACCEPTED, DECLINED, WITHDRAWN, ARRIVED, REPORTED, CLOSED, CANCELLED, ESCALATED
    }

    public AlertChanged {
        partnerTenants = Set.copyOf(partnerTenants);
    }

    static AlertChanged of(Alert alert, Change change, ArrivalPoint point, Instant at, String subjectTenant) {
        return new AlertChanged(alert.id(), change, alert.content().headline(point.name()), alert.status(),
                alert.ownerTenant(), alert.visibility(), alert.partnerTenants(), point.code(), point.name(), point.region(),
                alert.content().expectedArrival(), alert.revision(), alert.escalatedNow(), at, subjectTenant);
    }

    /** Changes worth an e-mail to the subscribers of the arrival point or its region. */
    public boolean worthMailing() {
        return change == Change.PUBLISHED || change == Change.UPDATED && revision > 0 || change == Change.CANCELLED && revision > 0;
    }

    /** An offer (the owner is told by e-mail), or the owner's answer to one (the association it is about is told). */
    public boolean aboutAnOffer() {
        return change == Change.OFFERED || change == Change.CLAIMED || change == Change.ACCEPTED || change == Change.DECLINED
                || change == Change.WITHDRAWN;
    }
}
