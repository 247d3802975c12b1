package org.kafo.web.input;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.kafo.domain.shared.DomainException.FieldError;
import org.kafo.domain.shared.Message;

/**
 * What people type in a form that the domain takes as typed values: whole numbers, and date-times of the browser's
 * picker read as Mali time (UTC). What cannot be read is an error naming its field (the domain's words); blank is
 * "not given".
 */
public final class TypedValues {

    private TypedValues() {
    }

    public static Integer count(Object typed, String field, List<FieldError> errors) {
        if (typed == null || String.valueOf(typed).isBlank()) {
            return null;
        }
        if (typed instanceof Integer i) {
            return i;
        }
        try {
            return Integer.valueOf(String.valueOf(typed).trim());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, Message.of("check.number.invalid")));
            return null;
        }
    }

    public static Instant maliTime(String typed, String field, List<FieldError> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.trim()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, Message.of("check.dateTime.invalid", field, typed)));
            return null;
        }
    }

    /** As the picker shows it: Mali time, to the minute. */
    public static String maliTime(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
