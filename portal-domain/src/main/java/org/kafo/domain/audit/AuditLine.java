package org.kafo.domain.audit;

import java.time.Instant;
import java.util.Set;
import org.kafo.domain.membership.MembershipRules;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Shared;
import org.kafo.domain.tenancy.VisibilityRule;

/**
 * One entry of the audit log as an administrator is shown it. In full when it is about a record they may see now: a
 * shared record (an alert, a document, a directory entry, an event) by the visibility rule; a record gone since, or one
 * private by nature (members, subscriptions), by ownership; an association's members and status also to whoever manages
 * them; the lists the network keeps to every administrator. Otherwise with its ids only: what was done, when, to which
 * record of which association, and by which association — no detail, and the username only of an actor of the reader's
 * own association. Even in full, the detail (a title, a reason typed by someone) of another association's record is
 * that association's own.
 *
 * @param actor      the actor's username, or {@code null} when withheld
 * @param detail     what the entry says of the act, or {@code null} when withheld (or when there is none)
 * @param restricted whether the entry is shown with its ids only
 */
public record AuditLine(long id, Instant at, String actor, String actorTenant, String action, String targetType,
                        String targetId, String targetTenant, boolean sensitiveRead, String detail, boolean restricted) {

    /** Records about an association itself and its people: seen by those who manage them. */
    private static final Set<String> MANAGED = Set.of("member", "partner");

    /**
     * The entry as {@code reader} is shown it; {@code record} is the shared record the entry is about as it is now, or
     * {@code null} when the entry is not about a shared record or the record is gone ({@code shared} says which).
     */
    static AuditLine of(AuditEntry e, Caller reader, boolean shared, Shared record) {
        boolean full = shared && record != null ? VisibilityRule.canSee(reader, record) : owns(reader, e);
        boolean theirs = e.targetTenant() == null || reader.belongsTo(e.targetTenant()) || reader.belongsTo(e.actorTenant())
                || (MANAGED.contains(e.targetType()) && MembershipRules.canManage(reader, e.targetTenant()));
        String actor = full || reader.belongsTo(e.actorTenant()) ? e.actorName() : null;
        return new AuditLine(e.id(), e.at(), actor, e.actorTenant(), e.action(), e.targetType(), e.targetId(), e.targetTenant(),
                e.sensitiveRead(), full && theirs ? e.detail() : null, !full);
    }

    /** A record no visibility rule describes: the network's lists are everyone's; the rest is its association's. */
    private static boolean owns(Caller reader, AuditEntry e) {
        return e.targetTenant() == null || reader.belongsTo(e.targetTenant())
                || (MANAGED.contains(e.targetType()) && MembershipRules.canManage(reader, e.targetTenant()));
    }
}
