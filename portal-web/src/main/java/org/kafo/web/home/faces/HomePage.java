package org.kafo.web.home.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.kafo.domain.alert.Alert;
import org.kafo.domain.alert.AlertAction;
import org.kafo.domain.alert.AlertFilter;
import org.kafo.domain.alert.AlertRule;
import org.kafo.domain.alert.AlertService;
import org.kafo.domain.alert.AlertStatus;
import org.kafo.domain.alert.AlertSubscriptions;
import org.kafo.domain.library.Document;
import org.kafo.domain.library.Documents;
import org.kafo.domain.proceedings.Commitment;
import org.kafo.domain.proceedings.Event;
import org.kafo.domain.proceedings.Events;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;
import org.kafo.web.alert.AlertJson;
import org.kafo.web.alert.AlertViews;
import org.kafo.web.alert.faces.SoonArrivals;
import org.kafo.web.faces.Dates;
import org.kafo.web.security.CurrentCaller;

/**
 * The home page ({@code /index.xhtml}): each block asks the feature's own query with this request's caller, so the
 * visibility rule (and, for offers, {@link AlertRule}) decides what appears; each block is read once per request, when
 * the page shows it. Signed out, only the public alerts and the network's members.
 */
@Named
@RequestScoped
public class HomePage {

    /** How many items a block shows; its link leads to the whole list. */
    static final int BLOCK = 5;
    /** How far back the alerts in progress are read for the offers and the followed points. */
    static final int IN_PROGRESS = 200;
    /** A document is "new" for a month after its deposit. */
    static final Duration NEW_DOCUMENTS = Duration.ofDays(30);

    @Inject
    CurrentCaller caller;

    @Inject
    AlertService alerts;

    @Inject
    AlertSubscriptions subscriptions;

    @Inject
    AlertViews views;

    @Inject
    Events events;

    @Inject
    Documents documents;

    @Inject
    TenantRegistry tenants;

    private List<Imminent> imminent;
    private List<Alert> inProgress;
    private Set<String> followed;
    private List<Commitment> overdue;
    private List<Event> meetings;
    private List<Document> newDocuments;
    private List<AlertJson.SummaryJson> publicAlerts;
    private List<Tenant> members;

    /** An imminent arrival, and whether the caller may offer to receive it (the alert's own rule): its action says so. */
    public record Imminent(AlertJson.SummaryJson alert, boolean mayOffer) {
    }

    /** Published, expected within the next 48 hours (as "Dans les 48 heures" on the alert list), with nobody accepted yet. */
    public List<Imminent> getImminent() {
        if (imminent == null) {
            Caller now = caller.get();
            Instant at = Instant.now();
            imminent = alerts.list(now, new AlertFilter(EnumSet.of(AlertStatus.PUBLISHED), null, null,
                            at.minus(SoonArrivals.PAST), at.plus(SoonArrivals.AHEAD), AlertFilter.Order.ARRIVAL), 0, BLOCK)
                    .items().stream().map(a -> new Imminent(views.summary(a), AlertRule.may(now, a, AlertAction.OFFER))).toList();
        }
        return imminent;
    }

    /** Alerts of the caller's association with an offer waiting for its answer (only its owner may decide). */
    public List<AlertJson.SummaryJson> getOffers() {
        Caller now = caller.get();
        return pick(a -> a.offerPending() && AlertRule.may(now, a, AlertAction.DECIDE));
    }

    /** Published alerts at the arrival points the caller follows (by point or by region, "Mes abonnements"). */
    public List<AlertJson.SummaryJson> getFollowed() {
        Set<String> points = followedPoints();
        return pick(a -> !a.draft() && points.contains(a.content().arrivalPoint()));
    }

    public boolean isFollowsAny() {
        return !followedPoints().isEmpty();
    }

    /** Open commitments past their date whose actor is the caller's association. */
    public List<Commitment> getOverdue() {
        if (overdue == null) {
            overdue = events.overdueOfMyAssociation(caller.get(), today(), BLOCK);
        }
        return overdue;
    }

    public boolean isActsForAssociation() {
        return caller.get().actsForTenant();
    }

    /** Meetings under way or to come. */
    public List<Event> getMeetings() {
        if (meetings == null) {
            meetings = events.upcoming(caller.get(), today(), BLOCK);
        }
        return meetings;
    }

    /** Documents deposited in the last month. */
    public List<Document> getNewDocuments() {
        if (newDocuments == null) {
            newDocuments = documents.depositedSince(caller.get(), Instant.now().minus(NEW_DOCUMENTS), BLOCK);
        }
        return newDocuments;
    }

    /** For a visitor: the public alerts in progress, what arrives next first. */
    public List<AlertJson.SummaryJson> getPublicAlerts() {
        if (publicAlerts == null) {
            publicAlerts = alerts.list(caller.get(), new AlertFilter(EnumSet.of(AlertStatus.PUBLISHED, AlertStatus.TAKEN_IN_CHARGE,
                    AlertStatus.ARRIVED), null, null, null, null, AlertFilter.Order.ARRIVAL), 0, BLOCK).items().stream()
                    .map(views::summary).toList();
        }
        return publicAlerts;
    }

    public List<Tenant> getTenants() {
        if (members == null) {
            members = tenants.all();
        }
        return members;
    }

    private List<AlertJson.SummaryJson> pick(Predicate<Alert> wanted) {
        return inProgress().stream().filter(wanted).limit(BLOCK).map(views::summary).toList();
    }

    private List<Alert> inProgress() {
        if (inProgress == null) {
            inProgress = caller.get().signedIn()
                    ? alerts.list(caller.get(), AlertFilter.inProgress(), 0, IN_PROGRESS).items()
                    : List.of();
        }
        return inProgress;
    }

    private Set<String> followedPoints() {
        if (followed == null) {
            followed = subscriptions.followedPoints(caller.get());
        }
        return followed;
    }

    private static LocalDate today() {
        return LocalDate.now(Dates.MALI);
    }
}
