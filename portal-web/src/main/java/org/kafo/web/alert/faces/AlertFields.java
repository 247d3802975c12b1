package org.kafo.web.alert.faces;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import org.kafo.domain.alert.Alert;
import org.kafo.domain.alert.AlertContent;
import org.kafo.domain.alert.AlertInput;
import org.kafo.domain.alert.Certainty;
import org.kafo.domain.alert.Severity;
import org.kafo.domain.alert.Urgency;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.input.TypedValues;

/**
 * The alert form's fields as typed, by the domain's field names ({@code fields['originCountry']} on the page, so that a
 * refusal finds its field): read from an alert to change it, turned into the domain's {@link AlertInput} to save it.
 * Counts and the arrival's date-time are read here (a whole number, Mali time); everything else is the domain's to check.
 */
public class AlertFields extends HashMap<String, Object> {

    private static final long serialVersionUID = 1L;

    /** A new alert's fields: certainty, urgency and severity unknown (CAP's {@code Unknown}) until the person knows better. */
    static AlertFields fresh() {
        AlertFields f = new AlertFields();
        f.put("certainty", Certainty.UNKNOWN.name());
        f.put("urgency", Urgency.UNKNOWN.name());
        f.put("severity", Severity.UNKNOWN.name());
        return f;
    }

    /** The fields of an alert to change, as its form shows them. */
    static AlertFields of(Alert a) {
        AlertContent c = a.content();
        AlertFields f = new AlertFields();
        f.put("kind", c.kind().name());
        f.put("originCountry", c.originCountry());
        f.put("transitCountries", new ArrayList<>(c.transitCountries()));
        f.put("expellingAuthority", c.expellingAuthority());
        f.put("airline", c.airline());
        f.put("flightNumber", c.flightNumber());
        f.put("convoy", c.convoy());
        f.put("expectedArrival", TypedValues.maliTime(c.expectedArrival()));
        f.put("arrivalPoint", c.arrivalPoint());
        f.put("peopleCount", String.valueOf(c.peopleCount()));
        f.put("men", c.men() == null ? null : String.valueOf(c.men()));
        f.put("women", c.women() == null ? null : String.valueOf(c.women()));
        f.put("minors", c.minors() == null ? null : String.valueOf(c.minors()));
        f.put("unaccompaniedMinors", c.unaccompaniedMinors() == null ? null : String.valueOf(c.unaccompaniedMinors()));
        f.put("vulnerabilities", new ArrayList<>(c.vulnerabilities().stream().map(Enum::name).toList()));
        f.put("needs", new ArrayList<>(c.needs().stream().map(Enum::name).toList()));
        f.put("source", c.source());
        f.put("certainty", c.certainty().name());
        f.put("urgency", c.urgency().name());
        f.put("severity", c.severity().name());
        f.put("description", c.description());
        f.put("audience", a.audience().name());
        f.put("partners", new ArrayList<>(a.audiencePartners()));
        return f;
    }

    /** What was typed, as the domain takes it; a count or a date-time that cannot be read is refused, naming its field. */
    AlertInput input() {
        List<DomainException.FieldError> errors = new ArrayList<>();
        Integer people = TypedValues.count(get("peopleCount"), "peopleCount", errors);
        Integer men = TypedValues.count(get("men"), "men", errors);
        Integer women = TypedValues.count(get("women"), "women", errors);
        Integer minors = TypedValues.count(get("minors"), "minors", errors);
        Integer unaccompanied = TypedValues.count(get("unaccompaniedMinors"), "unaccompaniedMinors", errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        // the browser's date-time field, read as Mali time (UTC)
        Instant arrival = TypedValues.maliTime(text("expectedArrival"), "expectedArrival", errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return new AlertInput(text("kind"), text("originCountry"), list("transitCountries"), text("expellingAuthority"),
                text("airline"), text("flightNumber"), text("convoy"), arrival, text("arrivalPoint"), people, men, women, minors,
                unaccompanied, list("vulnerabilities"), list("needs"), text("source"), text("certainty"), text("urgency"),
                text("severity"), text("description"), text("audience"), list("partners"));
    }

    private String text(String name) {
        Object v = get(name);
        return v == null ? null : String.valueOf(v);
    }

    private List<String> list(String name) {
        Object v = get(name);
        if (v instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        if (v instanceof Object[] a) {
            return Arrays.stream(a).map(String::valueOf).toList();
        }
        return v == null || String.valueOf(v).isBlank() ? List.of() : List.of(String.valueOf(v));
    }
}
