package org.kafo.domain.alert;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.tenancy.Shared;
import org.kafo.domain.tenancy.Visibility;

/**
 * An alert changed: fired by {@link AlertService} inside the transaction, observed by the web layer
 * after commit only ({@code TransactionPhase.AFTER_SUCCESS}) to push, stream and mail it. It carries
 * what the visibility rule needs, so each listener filters by {@code VisibilityRule.canSee} without the
 * database; and never any personal data.
 */
public record AlertChanged(UUID alertId, Change change, String headline, AlertStatus status, String ownerTenant,
                           Visibility visibility, Set<String> partnerTenants, String arrivalPoint, String arrivalPointName,
                           String region, Instant expectedArrival, int revision, boolean escalated, Instant at)
        implements Shared {

    public enum Change {
        CREATED, UPDATED, PUBLISHED, CLAIMED, ARRIVED, REPORTED, CLOSED, CANCELLED, ESCALATED
    }

    public AlertChanged {
        partnerTenants = Set.copyOf(partnerTenants);
    }

    static AlertChanged of(Alert alert, Change change, ArrivalPoint point, Instant at) {
        return new AlertChanged(alert.id(), change, alert.content().headline(point.name()), alert.status(),
                alert.ownerTenant(), alert.visibility(), alert.partnerTenants(), point.code(), point.name(), point.region(),
                alert.content().expectedArrival(), alert.revision(), alert.escalatedNow(), at);
    }

    /** Changes worth an e-mail to the subscribers of the arrival point or its region. */
    public boolean worthMailing() {
        return change == Change.PUBLISHED || change == Change.UPDATED && revision > 0 || change == Change.CANCELLED && revision > 0;
    }
}
