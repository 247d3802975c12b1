package org.kafo.web.alert;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.kafo.domain.alert.Alert;
import org.kafo.domain.alert.AlertContent;
import org.kafo.domain.alert.AlertPage;
import org.kafo.domain.alert.AlertRevision;
import org.kafo.domain.alert.AlertRule;
import org.kafo.domain.alert.AlertSummary;
import org.kafo.domain.alert.Arrival;
import org.kafo.domain.alert.Claim;
import org.kafo.domain.alert.ReceptionReport;
import org.kafo.domain.alert.TimelineEntry;
import org.kafo.domain.reference.Countries;
import org.kafo.domain.tenancy.Caller;

/**
 * Alerts as the API and the pages show them ({@link AlertJson}): records, never entities; never any personal data outside
 * {@link AlertJson.PersonJson}. What a
 * reader may read of the free text, the earlier versions and the decisions' reasons is asked of the domain
 * ({@code contentFor}, {@code revisionsFor}, {@code reasonFor}… which ask {@link AlertRule}).
 */
@RequestScoped
public class AlertViews {

    @Inject
    AlertNames names;

    public AlertJson.SummaryJson summary(Alert a) {
        return summary(a, a.receivers(), a.offerPending());
    }

    /** The summary of an alert of a list page, with the associations that took it in charge as the page read them. */
    public AlertJson.SummaryJson summary(Alert a, AlertPage page) {
        return summary(a, page.claimants(a), page.offerPending(a));
    }

    /** The summary of an alert of a page read as plain values: the same record as {@link #summary(Alert)} gives. */
    public AlertJson.SummaryJson summary(AlertSummary a, AlertSummary.Page page) {
        String pointName = pointName(a.arrivalPoint());
        return new AlertJson.SummaryJson(a.id(), a.status().name(), a.headline(pointName), a.kind().name(), a.originCountry(),
                Countries.frenchName(a.originCountry()), a.arrivalPoint(), pointName, a.expectedArrival(), a.peopleCount(),
                a.ownerTenant(), tenantName(a.ownerTenant()), a.visibility().name(), List.copyOf(a.partnerTenants()),
                List.copyOf(page.claimants(a)), a.offerPending(), a.escalatedNow(), a.revision(), a.version());
    }

    private AlertJson.SummaryJson summary(Alert a, List<String> takenInChargeBy, boolean offerPending) {
        AlertContent c = a.content();
        return new AlertJson.SummaryJson(a.id(), a.status().name(), c.headline(pointName(c.arrivalPoint())), c.kind().name(), c.originCountry(),
                Countries.frenchName(c.originCountry()), c.arrivalPoint(), pointName(c.arrivalPoint()), c.expectedArrival(),
                c.peopleCount(), a.ownerTenant(), tenantName(a.ownerTenant()), a.visibility().name(), List.copyOf(a.partnerTenants()),
                List.copyOf(takenInChargeBy), offerPending, a.escalatedNow(), a.revision(), a.version());
    }

    /** The alert as this caller may read it, with what the caller may do now. */
    public AlertJson.DetailJson detail(Alert a, Caller caller) {
        return new AlertJson.DetailJson(summary(a), content(a.contentFor(caller)), a.audience().name(), List.copyOf(a.audiencePartners()),
                a.claims().stream().map(c -> claim(c, caller)).toList(),
                a.arrival().map(this::arrival).orElse(null),
                a.reports().stream().map(r -> report(r, caller)).toList(),
                a.timeline().stream().map(t -> timeline(t, caller)).toList(),
                a.revisionsFor(caller).stream().map(r -> revision(r, caller)).toList(),
                a.publishedAt().orElse(null), a.cancelledAt().orElse(null), a.cancelReasonFor(caller).orElse(null),
                a.closedAt().orElse(null), a.personalDataPurgedAt().orElse(null),
                AlertJson.PermissionsJson.of(AlertRule.standing(caller, a), AlertRule.allowed(caller, a)));
    }

    public static AlertJson.ContentJson content(AlertContent c) {
        return new AlertJson.ContentJson(c.kind().name(), c.originCountry(), c.transitCountries(), c.expellingAuthority(), c.airline(),
                c.flightNumber(), c.convoy(), c.expectedArrival(), c.arrivalPoint(), c.peopleCount(), c.men(), c.women(),
                c.minors(), c.unaccompaniedMinors(), c.vulnerabilities().stream().map(Enum::name).toList(),
                c.needs().stream().map(Enum::name).toList(), c.source(), c.certainty().name(), c.urgency().name(),
                c.severity().name(), c.description());
    }

    private AlertJson.ClaimJson claim(Claim c, Caller caller) {
        return new AlertJson.ClaimJson(c.tenant(), tenantName(c.tenant()), c.state().name(), c.offeredAt(), c.offeredBy(),
                c.decidedAt().orElse(null), c.decidedBy(), c.namedPartner(), c.reasonFor(caller).orElse(null));
    }

    private AlertJson.ArrivalJson arrival(Arrival a) {
        return new AlertJson.ArrivalJson(a.at(), a.peopleCount(), a.women(), a.minors(), a.unaccompaniedMinors(), a.recordedAt(),
                a.recordedBy(), tenantName(a.recordedBy()));
    }

    private AlertJson.TimelineJson timeline(TimelineEntry t, Caller caller) {
        return new AlertJson.TimelineJson(t.at(), t.actor(), t.actorTenant(), tenantName(t.actorTenant()), t.action(), t.detail(),
                t.subjectTenant(), tenantName(t.subjectTenant()), t.noteFor(caller).orElse(null));
    }

    private static AlertJson.RevisionJson revision(AlertRevision r, Caller caller) {
        return new AlertJson.RevisionJson(r.revision(), r.messageType().name(), r.sentAt(), r.author(), r.authorTenant(),
                r.visibility().name(), content(r.contentFor(caller)));
    }

    private AlertJson.ReportJson report(ReceptionReport r, Caller caller) {
        return new AlertJson.ReportJson(r.tenant(), tenantName(r.tenant()), r.received(), r.services().stream().map(Enum::name).toList(),
                r.referralsFor(caller).orElse(null), r.notesFor(caller).orElse(null), r.filedAt(), r.filedBy());
    }

    public String pointName(String code) {
        return names.point(code);
    }

    public String tenantName(String alias) {
        return names.tenant(alias);
    }
}
