package org.kafo.domain.alert;

import java.time.Instant;
import java.util.List;

/**
 * An alert as someone typed it, on the page or in the API, before any check. Choices come as their
 * names ({@code "AIR_CHARTER"}) so that an unknown one gets a French message naming the field.
 * {@code null} means "not given"; the short form leaves most fields out.
 */
public record AlertInput(
        String kind,
        String originCountry,
        List<String> transitCountries,
        String expellingAuthority,
        String airline,
        String flightNumber,
        String convoy,
        Instant expectedArrival,
        String arrivalPoint,
        Integer peopleCount,
        Integer men,
        Integer women,
        Integer minors,
        Integer unaccompaniedMinors,
        List<String> vulnerabilities,
        List<String> needs,
        String source,
        String certainty,
        String urgency,
        String severity,
        String description,
        String audience,
        List<String> partners) {
}
