package org.kafo.web.alert;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kafo.domain.alert.Alert;
import org.kafo.domain.alert.AlertContent;
import org.kafo.domain.alert.AlertPage;
import org.kafo.domain.alert.AlertRevision;
import org.kafo.domain.alert.AlertSummary;
import org.kafo.domain.alert.ArrivingPerson;
import org.kafo.domain.alert.ReceptionReport;
import org.kafo.domain.reference.Countries;
import org.kafo.domain.tenancy.Caller;

/** Alerts as the API shows them: records, never entities; never any personal data outside {@link PersonView}. */
@RequestScoped
public class AlertViews {

    @Inject
    AlertNames names;

    @JsonbNillable
    public record Summary(UUID id, String status, String headline, String kind, String originCountry, String originCountryName,
                          String arrivalPoint, String arrivalPointName, Instant expectedArrival, int peopleCount,
                          String ownerTenant, String ownerName, String visibility, List<String> partners,
                          List<String> takenInChargeBy, boolean escalated, int revision, long version) {
    }

    @JsonbNillable
    public record Content(String kind, String originCountry, List<String> transitCountries, String expellingAuthority,
                          String airline, String flightNumber, String convoy, Instant expectedArrival, String arrivalPoint,
                          int peopleCount, Integer men, Integer women, Integer minors, Integer unaccompaniedMinors,
                          List<String> vulnerabilities, List<String> needs, String source, String certainty, String urgency,
                          String severity, String description) {
    }

    public record ClaimView(String tenant, String tenantName, Instant claimedAt, String claimedBy) {
    }

    @JsonbNillable
    public record TimelineView(Instant at, String actor, String actorTenant, String action, String detail) {
    }

    public record RevisionView(int revision, String messageType, Instant sentAt, String author, String authorTenant,
                               Content content) {
    }

    @JsonbNillable
    public record ReportView(Integer received, List<String> services, String referrals, String notes, Instant filedAt,
                             String filedBy) {
    }

    /** What the caller may do now, so that clients show only the buttons that will work. */
    public record Permissions(boolean change, boolean takeInCharge, boolean personalData) {
    }

    @JsonbNillable
    public record Detail(Summary summary, Content content, String audience, List<String> audiencePartners,
                         List<ClaimView> claims, ReportView report, List<TimelineView> timeline, List<RevisionView> revisions,
                         Instant publishedAt, Instant cancelledAt, String cancelReason, Instant closedAt,
                         Instant personalDataPurgedAt, Permissions permissions) {
    }

    @JsonbNillable
    public record PersonView(UUID id, String fullName, Integer age, String phone, String familyContact, String healthNotes,
                             String recordedByTenant, Instant createdAt, long version) {
        static PersonView of(ArrivingPerson p) {
            return new PersonView(p.id(), p.fullName(), p.age(), p.phone(), p.familyContact(), p.healthNotes(),
                    p.recordedByTenant(), p.createdAt(), p.version());
        }
    }

    public record Page(long total, int first, int max, List<Summary> items) {
    }

    public Summary summary(Alert a) {
        return summary(a, a.claims().stream().map(cl -> cl.tenant()).toList());
    }

    /** The summary of an alert of a list page, with the associations that took it in charge as the page read them. */
    public Summary summary(Alert a, AlertPage page) {
        return summary(a, page.claimants(a));
    }

    /** The summary of an alert of a page read as plain values: the same record as {@link #summary(Alert)} gives. */
    public Summary summary(AlertSummary a, AlertSummary.Page page) {
        String pointName = pointName(a.arrivalPoint());
        return new Summary(a.id(), a.status().name(), a.headline(pointName), a.kind().name(), a.originCountry(),
                Countries.frenchName(a.originCountry()), a.arrivalPoint(), pointName, a.expectedArrival(), a.peopleCount(),
                a.ownerTenant(), tenantName(a.ownerTenant()), a.visibility().name(), List.copyOf(a.partnerTenants()),
                List.copyOf(page.claimants(a)), a.escalatedNow(), a.revision(), a.version());
    }

    private Summary summary(Alert a, List<String> takenInChargeBy) {
        AlertContent c = a.content();
        return new Summary(a.id(), a.status().name(), c.headline(pointName(c.arrivalPoint())), c.kind().name(), c.originCountry(),
                Countries.frenchName(c.originCountry()), c.arrivalPoint(), pointName(c.arrivalPoint()), c.expectedArrival(),
                c.peopleCount(), a.ownerTenant(), tenantName(a.ownerTenant()), a.visibility().name(), List.copyOf(a.partnerTenants()),
                List.copyOf(takenInChargeBy), a.escalatedNow(), a.revision(), a.version());
    }

    public Detail detail(Alert a, Caller caller) {
        ReportView report = a.report().map(AlertViews::report).orElse(null);
        return new Detail(summary(a), content(a.content()), a.audience().name(), List.copyOf(a.audiencePartners()),
                a.claims().stream().map(c -> new ClaimView(c.tenant(), tenantName(c.tenant()), c.claimedAt(), c.claimedBy())).toList(),
                report,
                a.timeline().stream().map(t -> new TimelineView(t.at(), t.actor(), t.actorTenant(), t.action(), t.detail())).toList(),
                a.revisions().stream().map(AlertViews::revision).toList(),
                a.publishedAt().orElse(null), a.cancelledAt().orElse(null), a.cancelReason(), a.closedAt().orElse(null),
                a.personalDataPurgedAt().orElse(null),
                new Permissions(a.mayChange(caller), caller.actsForTenant() && !a.draft() && a.status().open()
                        && !a.claimedBy(caller.tenant()), a.mayHandlePersonalData(caller)));
    }

    static Content content(AlertContent c) {
        return new Content(c.kind().name(), c.originCountry(), c.transitCountries(), c.expellingAuthority(), c.airline(),
                c.flightNumber(), c.convoy(), c.expectedArrival(), c.arrivalPoint(), c.peopleCount(), c.men(), c.women(),
                c.minors(), c.unaccompaniedMinors(), c.vulnerabilities().stream().map(Enum::name).toList(),
                c.needs().stream().map(Enum::name).toList(), c.source(), c.certainty().name(), c.urgency().name(),
                c.severity().name(), c.description());
    }

    private static RevisionView revision(AlertRevision r) {
        return new RevisionView(r.revision(), r.messageType().name(), r.sentAt(), r.author(), r.authorTenant(), content(r.content()));
    }

    private static ReportView report(ReceptionReport r) {
        return new ReportView(r.received(), r.services().stream().map(Enum::name).toList(), r.referrals(), r.notes(),
                r.filedAt(), r.filedBy());
    }

    public String pointName(String code) {
        return names.point(code);
    }

    public String tenantName(String alias) {
        return names.tenant(alias);
    }
}
