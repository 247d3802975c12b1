package org.kafo.web.alert;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.kafo.domain.shared.DomainException.FieldError;

/**
 * What people type in the alert forms, read as the domain needs it: whole numbers, and date-times of the browser's
 * picker read as Mali time (UTC). What cannot be read gets a French message naming its field; blank is "not given".
 */
final class TypedValues {

    private TypedValues() {
    }

    static Integer count(Object typed, String field, List<FieldError> errors) {
        if (typed == null || String.valueOf(typed).isBlank()) {
            return null;
        }
        if (typed instanceof Integer i) {
            return i;
        }
        try {
            return Integer.valueOf(String.valueOf(typed).trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "Saisissez un nombre entier."));
            return null;
        }
    }

    static Instant maliTime(String typed, String field, List<FieldError> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.trim()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Date et heure non reconnues : « " + typed + " » (par exemple 2025-12-14T06:30)."));
            return null;
        }
    }

    /** As the picker shows it: Mali time, to the minute. */
    static String maliTime(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
