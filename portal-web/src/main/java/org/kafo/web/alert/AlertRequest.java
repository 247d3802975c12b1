package org.kafo.web.alert;

import java.time.Instant;
import java.util.List;
import org.kafo.domain.alert.AlertInput;

/**
 * An alert as the API receives it. {@code version} is the version the client edited (required to
 * update); {@code publish} publishes a new alert at once instead of keeping it as a draft.
 */
public record AlertRequest(String kind, String originCountry, List<String> transitCountries, String expellingAuthority,
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

    /**
     * A lifecycle step: the version the client saw, and a reason where one is needed (cancelling, declining an offer,
     * withdrawing an acceptance).
     */
    public record Step(Long version, String reason) {
    }

    /**
     * The arrival as it happened: {@code arrivedAt} (now when absent), the people who actually arrived, and where known
     * how many women, minors and unaccompanied minors; {@code confirm} says yes to an arrival far earlier than expected.
     */
    public record Arrival(Long version, Instant arrivedAt, Integer peopleCount, Integer women, Integer minors,
                          Integer unaccompaniedMinors, Boolean confirm) {

        public org.kafo.domain.alert.Arrival.Input input() {
            return new org.kafo.domain.alert.Arrival.Input(arrivedAt, peopleCount, women, minors, unaccompaniedMinors,
                    Boolean.TRUE.equals(confirm));
        }
    }

    /** The reception report. */
    public record Report(Integer received, List<String> services, String referrals, String notes, Long version) {
    }

    /** One person arriving (personal data). */
    public record Person(String fullName, Integer age, String phone, String familyContact, String healthNotes, Long version) {
    }
}
