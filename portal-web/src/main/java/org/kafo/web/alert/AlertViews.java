package org.kafo.web.alert;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.alert.Alert;
import org.kafo.domain.alert.AlertAction;
import org.kafo.domain.alert.AlertContent;
import org.kafo.domain.alert.AlertPage;
import org.kafo.domain.alert.AlertRevision;
import org.kafo.domain.alert.AlertRule;
import org.kafo.domain.alert.AlertSummary;
import org.kafo.domain.alert.Arrival;
import org.kafo.domain.alert.ArrivingPerson;
import org.kafo.domain.alert.Claim;
import org.kafo.domain.alert.ReceptionReport;
import org.kafo.domain.alert.TimelineEntry;
import org.kafo.domain.reference.Countries;
import org.kafo.domain.tenancy.Caller;

/**
 * Alerts as the API shows them: records, never entities; never any personal data outside {@link PersonView}. What a
 * reader may read of the free text, the earlier versions and the decisions' reasons is asked of the domain
 * ({@code contentFor}, {@code revisionsFor}, {@code reasonFor}… which ask {@link AlertRule}).
 */
@RequestScoped
public class AlertViews {

    @Inject
    AlertNames names;

    @JsonbNillable
    public record Summary(UUID id, String status, String headline, String kind, String originCountry, String originCountryName,
                          String arrivalPoint, String arrivalPointName, Instant expectedArrival, int peopleCount,
                          String ownerTenant, String ownerName, String visibility, List<String> partners,
                          List<String> takenInChargeBy, boolean offerPending, boolean escalated, int revision, long version) {
    }

    @JsonbNillable
    public record Content(String kind, String originCountry, List<String> transitCountries, String expellingAuthority,
                          String airline, String flightNumber, String convoy, Instant expectedArrival, String arrivalPoint,
                          int peopleCount, Integer men, Integer women, Integer minors, Integer unaccompaniedMinors,
                          List<String> vulnerabilities, List<String> needs, String source, String certainty, String urgency,
                          String severity, String description) {
    }

    /** An association's offer and the owner's answer; {@code reason} only for those who may read it. */
    @JsonbNillable
    public record ClaimView(String tenant, String tenantName, String state, Instant offeredAt, String offeredBy,
                            Instant decidedAt, String decidedBy, boolean namedPartner, String reason) {
    }

    @JsonbNillable
    public record TimelineView(Instant at, String actor, String actorTenant, String actorTenantName, String action, String detail,
                               String subjectTenant, String subjectTenantName, String note) {
    }

    public record RevisionView(int revision, String messageType, Instant sentAt, String author, String authorTenant,
                               String visibility, Content content) {
    }

    /** One association's report; {@code referrals} and {@code notes} only for the owner and the receivers. */
    @JsonbNillable
    public record ReportView(String tenant, String tenantName, Integer received, List<String> services, String referrals,
                             String notes, Instant filedAt, String filedBy) {
    }

    /** The arrival as it happened ({@code peopleCount} null for an arrival recorded before the count was asked). */
    @JsonbNillable
    public record ArrivalView(Instant arrivedAt, Integer peopleCount, Integer women, Integer minors, Integer unaccompaniedMinors,
                              Instant recordedAt, String recordedBy, String recordedByName) {
    }

    /**
     * What the caller may do now, so that clients show only the buttons that will work; {@code standing} says where
     * the caller stands (OWNER, RECEIVER, OFFERED, DECLINED, WITHDRAWN, ASSOCIATION, READER, ANONYMOUS).
     */
    public record Permissions(String standing, boolean change, boolean cancel, boolean close, boolean offer, boolean decide,
                              boolean recordArrival, boolean fileReport, boolean personalData, boolean recordPersonalData,
                              boolean freeText) {

        static Permissions of(AlertRule.Standing standing, Set<AlertAction> allowed) {
            return new Permissions(standing.name(), allowed.contains(AlertAction.CHANGE), allowed.contains(AlertAction.CANCEL),
                    allowed.contains(AlertAction.CLOSE), allowed.contains(AlertAction.OFFER), allowed.contains(AlertAction.DECIDE),
                    allowed.contains(AlertAction.RECORD_ARRIVAL), allowed.contains(AlertAction.FILE_REPORT),
                    allowed.contains(AlertAction.READ_PERSONAL_DATA), allowed.contains(AlertAction.RECORD_PERSONAL_DATA),
                    allowed.contains(AlertAction.READ_FREE_TEXT));
        }
    }

    @JsonbNillable
    public record Detail(Summary summary, Content content, String audience, List<String> audiencePartners,
                         List<ClaimView> claims, ArrivalView arrival, List<ReportView> reports, List<TimelineView> timeline,
                         List<RevisionView> revisions, Instant publishedAt, Instant cancelledAt, String cancelReason,
                         Instant closedAt, Instant personalDataPurgedAt, Permissions permissions) {
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
        return summary(a, a.receivers(), a.offerPending());
    }

    /** The summary of an alert of a list page, with the associations that took it in charge as the page read them. */
    public Summary summary(Alert a, AlertPage page) {
        return summary(a, page.claimants(a), page.offerPending(a));
    }

    /** The summary of an alert of a page read as plain values: the same record as {@link #summary(Alert)} gives. */
    public Summary summary(AlertSummary a, AlertSummary.Page page) {
        String pointName = pointName(a.arrivalPoint());
        return new Summary(a.id(), a.status().name(), a.headline(pointName), a.kind().name(), a.originCountry(),
                Countries.frenchName(a.originCountry()), a.arrivalPoint(), pointName, a.expectedArrival(), a.peopleCount(),
                a.ownerTenant(), tenantName(a.ownerTenant()), a.visibility().name(), List.copyOf(a.partnerTenants()),
                List.copyOf(page.claimants(a)), a.offerPending(), a.escalatedNow(), a.revision(), a.version());
    }

    private Summary summary(Alert a, List<String> takenInChargeBy, boolean offerPending) {
        AlertContent c = a.content();
        return new Summary(a.id(), a.status().name(), c.headline(pointName(c.arrivalPoint())), c.kind().name(), c.originCountry(),
                Countries.frenchName(c.originCountry()), c.arrivalPoint(), pointName(c.arrivalPoint()), c.expectedArrival(),
                c.peopleCount(), a.ownerTenant(), tenantName(a.ownerTenant()), a.visibility().name(), List.copyOf(a.partnerTenants()),
                List.copyOf(takenInChargeBy), offerPending, a.escalatedNow(), a.revision(), a.version());
    }

    /** The alert as this caller may read it, with what the caller may do now. */
    public Detail detail(Alert a, Caller caller) {
        return new Detail(summary(a), content(a.contentFor(caller)), a.audience().name(), List.copyOf(a.audiencePartners()),
                a.claims().stream().map(c -> claim(c, caller)).toList(),
                a.arrival().map(this::arrival).orElse(null),
                a.reports().stream().map(r -> report(r, caller)).toList(),
                a.timeline().stream().map(t -> timeline(t, caller)).toList(),
                a.revisionsFor(caller).stream().map(r -> revision(r, caller)).toList(),
                a.publishedAt().orElse(null), a.cancelledAt().orElse(null), a.cancelReasonFor(caller).orElse(null),
                a.closedAt().orElse(null), a.personalDataPurgedAt().orElse(null),
                Permissions.of(AlertRule.standing(caller, a), AlertRule.allowed(caller, a)));
    }

    static Content content(AlertContent c) {
        return new Content(c.kind().name(), c.originCountry(), c.transitCountries(), c.expellingAuthority(), c.airline(),
                c.flightNumber(), c.convoy(), c.expectedArrival(), c.arrivalPoint(), c.peopleCount(), c.men(), c.women(),
                c.minors(), c.unaccompaniedMinors(), c.vulnerabilities().stream().map(Enum::name).toList(),
                c.needs().stream().map(Enum::name).toList(), c.source(), c.certainty().name(), c.urgency().name(),
                c.severity().name(), c.description());
    }

    private ClaimView claim(Claim c, Caller caller) {
        return new ClaimView(c.tenant(), tenantName(c.tenant()), c.state().name(), c.offeredAt(), c.offeredBy(),
                c.decidedAt().orElse(null), c.decidedBy(), c.namedPartner(), c.reasonFor(caller).orElse(null));
    }

    private ArrivalView arrival(Arrival a) {
        return new ArrivalView(a.at(), a.peopleCount(), a.women(), a.minors(), a.unaccompaniedMinors(), a.recordedAt(),
                a.recordedBy(), tenantName(a.recordedBy()));
    }

    private TimelineView timeline(TimelineEntry t, Caller caller) {
        return new TimelineView(t.at(), t.actor(), t.actorTenant(), tenantName(t.actorTenant()), t.action(), t.detail(),
                t.subjectTenant(), tenantName(t.subjectTenant()), t.noteFor(caller).orElse(null));
    }

    private static RevisionView revision(AlertRevision r, Caller caller) {
        return new RevisionView(r.revision(), r.messageType().name(), r.sentAt(), r.author(), r.authorTenant(),
                r.visibility().name(), content(r.contentFor(caller)));
    }

    private ReportView report(ReceptionReport r, Caller caller) {
        return new ReportView(r.tenant(), tenantName(r.tenant()), r.received(), r.services().stream().map(Enum::name).toList(),
                r.referralsFor(caller).orElse(null), r.notesFor(caller).orElse(null), r.filedAt(), r.filedBy());
    }

    public String pointName(String code) {
        return names.point(code);
    }

    public String tenantName(String alias) {
        return names.tenant(alias);
    }
}
