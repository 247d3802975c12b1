package org.kafo.web.alert;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.alert.AlertAction;
import org.kafo.domain.alert.AlertInput;
import org.kafo.domain.alert.AlertRule;
import org.kafo.domain.alert.ArrivingPerson;

/**
 * The alert API's bodies, as records (never entities), what the pages show as well: an alert as read
 * ({@link DetailJson}, {@link SummaryJson} in a list {@link PageJson}), what a client sends ({@link InputJson}, and the
 * lifecycle's {@link StepJson}, {@link ArrivalInputJson}, {@link ReportInputJson}, {@link PersonInputJson}). Personal
 * data only in {@link PersonJson}. Built from the domain by {@link AlertViews}.
 */
public final class AlertJson {

    private AlertJson() {
    }

    @JsonbNillable
    public record SummaryJson(UUID id, String status, String headline, String kind, String originCountry, String originCountryName,
                          String arrivalPoint, String arrivalPointName, Instant expectedArrival, int peopleCount,
                          String ownerTenant, String ownerName, String visibility, List<String> partners,
                          List<String> takenInChargeBy, boolean offerPending, boolean escalated, int revision, long version) {
    }

    @JsonbNillable
    public record ContentJson(String kind, String originCountry, List<String> transitCountries, String expellingAuthority,
                          String airline, String flightNumber, String convoy, Instant expectedArrival, String arrivalPoint,
                          int peopleCount, Integer men, Integer women, Integer minors, Integer unaccompaniedMinors,
                          List<String> vulnerabilities, List<String> needs, String source, String certainty, String urgency,
                          String severity, String description) {
    }

    /** An association's offer and the owner's answer; {@code reason} only for those who may read it. */
    @JsonbNillable
    public record ClaimJson(String tenant, String tenantName, String state, Instant offeredAt, String offeredBy,
                            Instant decidedAt, String decidedBy, boolean namedPartner, String reason) {
    }

    @JsonbNillable
    public record TimelineJson(Instant at, String actor, String actorTenant, String actorTenantName, String action, String detail,
                               String subjectTenant, String subjectTenantName, String note) {
    }

    public record RevisionJson(int revision, String messageType, Instant sentAt, String author, String authorTenant,
                               String visibility, ContentJson content) {
    }

    /** One association's report; {@code referrals} and {@code notes} only for the owner and the receivers. */
    @JsonbNillable
    public record ReportJson(String tenant, String tenantName, Integer received, List<String> services, String referrals,
                             String notes, Instant filedAt, String filedBy) {
    }

    /** The arrival as it happened ({@code peopleCount} null for an arrival recorded before the count was asked). */
    @JsonbNillable
    public record ArrivalJson(Instant arrivedAt, Integer peopleCount, Integer women, Integer minors, Integer unaccompaniedMinors,
                              Instant recordedAt, String recordedBy, String recordedByName) {
    }

    /**
     * What the caller may do now, so that clients show only the buttons that will work; {@code standing} says where
     * the caller stands (OWNER, RECEIVER, OFFERED, DECLINED, WITHDRAWN, ASSOCIATION, READER, ANONYMOUS).
     */
    public record PermissionsJson(String standing, boolean change, boolean cancel, boolean close, boolean offer, boolean decide,
                              boolean recordArrival, boolean fileReport, boolean personalData, boolean recordPersonalData,
                              boolean freeText) {

        public static PermissionsJson of(AlertRule.Standing standing, Set<AlertAction> allowed) {
            return new PermissionsJson(standing.name(), allowed.contains(AlertAction.CHANGE), allowed.contains(AlertAction.CANCEL),
                    allowed.contains(AlertAction.CLOSE), allowed.contains(AlertAction.OFFER), allowed.contains(AlertAction.DECIDE),
                    allowed.contains(AlertAction.RECORD_ARRIVAL), allowed.contains(AlertAction.FILE_REPORT),
                    allowed.contains(AlertAction.READ_PERSONAL_DATA), allowed.contains(AlertAction.RECORD_PERSONAL_DATA),
                    allowed.contains(AlertAction.READ_FREE_TEXT));
        }
    }

    @JsonbNillable
    public record DetailJson(SummaryJson summary, ContentJson content, String audience, List<String> audiencePartners,
                         List<ClaimJson> claims, ArrivalJson arrival, List<ReportJson> reports, List<TimelineJson> timeline,
                         List<RevisionJson> revisions, Instant publishedAt, Instant cancelledAt, String cancelReason,
                         Instant closedAt, Instant personalDataPurgedAt, PermissionsJson permissions) {
    }

    @JsonbNillable
    public record PersonJson(UUID id, String fullName, Integer age, String phone, String familyContact, String healthNotes,
                             String recordedByTenant, Instant createdAt, long version) {
        public static PersonJson of(ArrivingPerson p) {
            return new PersonJson(p.id(), p.fullName(), p.age(), p.phone(), p.familyContact(), p.healthNotes(),
                    p.recordedByTenant(), p.createdAt(), p.version());
        }
    }

    public record PageJson(long total, int first, int max, List<SummaryJson> items) {
    }

    /**
     * An alert as the API receives it. {@code version} is the version the client edited (required to update);
     * {@code publish} publishes a new alert at once instead of keeping it as a draft.
     */
    public record InputJson(String kind, String originCountry, List<String> transitCountries, String expellingAuthority,
                        String airline, String flightNumber, String convoy, Instant expectedArrival, String arrivalPoint,
                        Integer peopleCount, Integer men, Integer women, Integer minors, Integer unaccompaniedMinors,
                        List<String> vulnerabilities, List<String> needs, String source, String certainty, String urgency,
                        String severity, String description, String audience, List<String> partners, Long version,
                        Boolean publish) {

        public AlertInput input() {
            return new AlertInput(kind, originCountry, transitCountries, expellingAuthority, airline, flightNumber, convoy,
                    expectedArrival, arrivalPoint, peopleCount, men, women, minors, unaccompaniedMinors, vulnerabilities, needs,
                    source, certainty, urgency, severity, description, audience, partners);
        }
    }

    /**
     * A lifecycle step: the version the client saw, and a reason where one is needed (cancelling, declining an offer,
     * withdrawing an acceptance).
     */
    public record StepJson(Long version, String reason) {
    }

    /**
     * The arrival as it happened: {@code arrivedAt} (now when absent), the people who actually arrived, and where known
     * how many women, minors and unaccompanied minors; {@code confirm} says yes to an arrival far earlier than expected.
     */
    public record ArrivalInputJson(Long version, Instant arrivedAt, Integer peopleCount, Integer women, Integer minors,
                               Integer unaccompaniedMinors, Boolean confirm) {

        public org.kafo.domain.alert.Arrival.Input input() {
            return new org.kafo.domain.alert.Arrival.Input(arrivedAt, peopleCount, women, minors, unaccompaniedMinors,
                    Boolean.TRUE.equals(confirm));
        }
    }

    /** The reception report. */
    public record ReportInputJson(Integer received, List<String> services, String referrals, String notes, Long version) {
    }

    /** One person arriving (personal data). */
    public record PersonInputJson(String fullName, Integer age, String phone, String familyContact, String healthNotes, Long version) {
    }
}
