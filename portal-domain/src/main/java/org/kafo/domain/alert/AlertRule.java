package org.kafo.domain.alert;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.VisibilityRule;

/**
 * Who may do what on an alert, and when: the one rule, beside {@link VisibilityRule} (which decides who sees the alert
 * at all, and is applied first by the repository). The aggregate enforces it, and the API's permissions, the pages'
 * buttons, the feeds and the views of free text ask it; nothing else decides.
 *
 * <p>Who ({@link #WHO}): the owner association and the associations whose offer it accepted read and write the
 * personal data, record the arrival and file their own reports; only the owner changes, cancels, closes and decides on
 * offers; any other association may offer (again, after a refusal); an association whose offer waits or was declined
 * reads the alert as any reader does; observers, the coordination (without a member role) and anonymous visitors never
 * act. When: {@link #notNow} (no offer after the arrival, no report before it…).
 */
public final class AlertRule {

    /** Where a caller stands towards one alert. */
    public enum Standing {
        /** A member or tenant admin of the association that posted it. */
        OWNER,
        /** … of an association whose offer the owner accepted (or a named partner, accepted at once). */
        RECEIVER,
        /** … of an association whose offer waits for the owner's answer. */
        OFFERED,
        /** … of an association whose offer the owner declined. */
        DECLINED,
        /** … of an association whose acceptance the owner withdrew. */
        WITHDRAWN,
        /** … of another association, which may offer. */
        ASSOCIATION,
        /** Signed in without acting for an association: observers, the network's coordination. */
        READER,
        ANONYMOUS
    }

    /** The table of who may do what; the user and API guides show the same table. */
    static final Map<Standing, Set<AlertAction>> WHO = new EnumMap<>(Map.of(
            Standing.OWNER, EnumSet.of(AlertAction.CHANGE, AlertAction.CANCEL, AlertAction.CLOSE, AlertAction.DECIDE,
                    AlertAction.RECORD_ARRIVAL, AlertAction.FILE_REPORT, AlertAction.READ_PERSONAL_DATA,
                    AlertAction.RECORD_PERSONAL_DATA, AlertAction.READ_FREE_TEXT),
            Standing.RECEIVER, EnumSet.of(AlertAction.RECORD_ARRIVAL, AlertAction.FILE_REPORT, AlertAction.READ_PERSONAL_DATA,
                    AlertAction.RECORD_PERSONAL_DATA, AlertAction.READ_FREE_TEXT),
            Standing.OFFERED, EnumSet.noneOf(AlertAction.class),
            Standing.DECLINED, EnumSet.of(AlertAction.OFFER),
            Standing.WITHDRAWN, EnumSet.of(AlertAction.OFFER),
            Standing.ASSOCIATION, EnumSet.of(AlertAction.OFFER),
            Standing.READER, EnumSet.noneOf(AlertAction.class),
            Standing.ANONYMOUS, EnumSet.noneOf(AlertAction.class)));


    private AlertRule() {
    }

    public static Standing standing(Caller caller, Alert alert) {
        if (!caller.signedIn()) {
            return Standing.ANONYMOUS;
        }
        if (!caller.actsForTenant()) {
            return Standing.READER;
        }
        if (VisibilityRule.canChange(caller, alert)) {
            return Standing.OWNER;
        }
        return alert.claimOf(caller.tenant()).map(c -> switch (c.state()) {
            case ACCEPTED -> Standing.RECEIVER;
            case OFFERED -> Standing.OFFERED;
            case DECLINED -> Standing.DECLINED;
            case WITHDRAWN -> Standing.WITHDRAWN;
        }).orElse(Standing.ASSOCIATION);
    }

    /** Whether the caller may do this now (who, and the alert's state). */
    public static boolean may(Caller caller, Alert alert, AlertAction action) {
        return refusal(caller, alert, action).isEmpty();
    }

    /** What the caller may do now: the buttons a page shows, the API's permissions. */
    public static Set<AlertAction> allowed(Caller caller, Alert alert) {
        EnumSet<AlertAction> allowed = EnumSet.noneOf(AlertAction.class);
        for (AlertAction action : AlertAction.values()) {
            if (may(caller, alert, action)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Throws the refusal, if any: FORBIDDEN for who, CONFLICT for when, each saying what to do instead. */
    static void require(Caller caller, Alert alert, AlertAction action) {
        Optional<DomainException> refusal = refusal(caller, alert, action);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    public static Optional<DomainException> refusal(Caller caller, Alert alert, AlertAction action) {
        Standing standing = standing(caller, alert);
        if (!WHO.get(standing).contains(action)) {
            return Optional.of(notYours(standing, action));
        }
        return Optional.ofNullable(notNow(caller, alert, action)).map(key -> DomainException.conflict(Message.of(key)));
    }

    /**
     * Free text that may describe people: for the owner and the accepted receivers; the reason of a decision on an
     * offer, also for the association it is about ({@code about}, or {@code null}).
     */
    public static boolean mayReadFreeText(Caller caller, Alert alert, String about) {
        return WHO.get(standing(caller, alert)).contains(AlertAction.READ_FREE_TEXT)
                || about != null && caller.actsForTenant() && caller.belongsTo(about);
    }

    /** Who may post an alert at all: members and tenant admins of an association. */
    public static boolean mayPost(Caller caller) {
        return caller.actsForTenant();
    }

    /** When an action the caller's standing allows does not fit the alert's state: why (a message's key), or {@code null}. */
    private static String notNow(Caller caller, Alert alert, AlertAction action) {
        AlertStatus status = alert.status();
        if (status.finished() && action != AlertAction.READ_PERSONAL_DATA && action != AlertAction.READ_FREE_TEXT) {
            return status == AlertStatus.CLOSED ? "alert.refused.closed" : "alert.refused.cancelled";
        }
        boolean arrived = status == AlertStatus.ARRIVED || status == AlertStatus.REPORTED;
        return switch (action) {
            case OFFER -> status == AlertStatus.DRAFT ? "alert.refused.offerDraft" : arrived ? "alert.refused.offerArrived" : null;
            case DECIDE -> status == AlertStatus.DRAFT ? "alert.refused.decideDraft" : null;
            case CHANGE -> arrived ? "alert.refused.changeArrived" : null;
            case CANCEL -> arrived ? "alert.refused.cancelArrived" : null;
            case CLOSE -> status != AlertStatus.REPORTED ? "alert.refused.closeUnreported" : null;
            case RECORD_ARRIVAL -> status == AlertStatus.DRAFT ? "alert.refused.arrivalDraft" : arrived ? "alert.refused.arrivalTwice" : null;
            case FILE_REPORT -> !arrived ? "alert.refused.reportBeforeArrival"
                    : alert.reportOf(caller.tenant()).isPresent() ? "alert.refused.reportTwice" : null;
            case RECORD_PERSONAL_DATA, READ_PERSONAL_DATA, READ_FREE_TEXT -> null;
        };
    }

    /** A refusal for who the caller is: forbidden, saying what to do instead (a repeated offer is a conflict). */
    private static DomainException notYours(Standing standing, AlertAction action) {
        if (standing == Standing.ANONYMOUS) {
            return DomainException.forbidden(Message.of("alert.refused.signIn"));
        }
        if (standing == Standing.READER) {
            return DomainException.forbidden(Message.of(action == AlertAction.OFFER ? "alert.refused.readerOffer" : "alert.refused.reader"));
        }
        return switch (action) {
            case OFFER -> switch (standing) {
                case OWNER -> DomainException.forbidden(Message.of("alert.refused.offerOwn"));
                case RECEIVER -> DomainException.conflict(Message.of("alert.refused.offerReceiver"));
                default -> DomainException.conflict(Message.of("alert.refused.offerTwice"));
            };
            case DECIDE -> DomainException.forbidden(Message.of(standing == Standing.OFFERED ? "alert.refused.decideOffered" : "alert.refused.decide"));
            case CHANGE -> DomainException.forbidden(Message.of("alert.refused.change"));
            case CANCEL -> DomainException.forbidden(Message.of("alert.refused.cancel"));
            case CLOSE -> DomainException.forbidden(Message.of("alert.refused.close"));
            case RECORD_ARRIVAL -> receiversOnly("alert.refused.what.arrival", standing);
            case FILE_REPORT -> receiversOnly("alert.refused.what.report", standing);
            case READ_PERSONAL_DATA, RECORD_PERSONAL_DATA -> receiversOnly("alert.refused.what.personalData", standing);
            case READ_FREE_TEXT -> receiversOnly("alert.refused.what.freeText", standing);
        };
    }

    private static DomainException receiversOnly(String what, Standing standing) {
        String instead = switch (standing) {
            case OFFERED -> "alert.refused.instead.offered";
            case DECLINED -> "alert.refused.instead.declined";
            case WITHDRAWN -> "alert.refused.instead.withdrawn";
            default -> "alert.refused.instead.offer";
        };
        return DomainException.forbidden(Message.of("alert.refused.receiversOnly", Message.of(what), Message.of(instead)));
    }
}
