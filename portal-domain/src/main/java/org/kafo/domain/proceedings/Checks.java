package org.kafo.domain.proceedings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.DomainException.FieldError;

/**
 * The proceedings' checks of raw input (a form, the API): every wrong field is collected and named, in French,
 * so a form is corrected in one go; {@link #throwIfAny()} refuses the whole change.
 */
final class Checks {

    private final List<FieldError> errors = new ArrayList<>();

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    String required(String field, String value, int min, int max, String what) {
        String clean = clean(value);
        if (clean == null || clean.length() < min) {
            error(field, what + " est obligatoire" + (min > 1 ? " (" + min + " caractères au moins)." : "."));
            return null;
        }
        return limited(field, clean, max, what);
    }

    String optional(String field, String value, int max, String what) {
        return limited(field, clean(value), max, what);
    }

    private String limited(String field, String clean, int max, String what) {
        if (clean != null && clean.length() > max) {
            error(field, what + " est trop long : " + max + " caractères au plus.");
            return null;
        }
        return clean;
    }

    LocalDate date(String field, String value, String what) {
        String clean = clean(value);
        if (clean == null) {
            error(field, what + " est obligatoire (AAAA-MM-JJ).");
            return null;
        }
        try {
            return LocalDate.parse(clean);
        } catch (DateTimeParseException e) {
            error(field, what + " n'est pas une date : « " + shorten(clean) + " » (AAAA-MM-JJ, par exemple 2025-12-10).");
            return null;
        }
    }

    LocalTime time(String field, String value, String what) {
        String clean = clean(value);
        if (clean == null) {
            error(field, what + " est obligatoire (HH:MM).");
            return null;
        }
        try {
            return LocalTime.parse(clean.length() == 4 ? "0" + clean : clean);
        } catch (DateTimeParseException e) {
            error(field, what + " n'est pas une heure : « " + shorten(clean) + " » (HH:MM, par exemple 09:30).");
            return null;
        }
    }

    /** An id given as text; a malformed one is an error on the field. */
    UUID uuid(String field, String value, String what) {
        String clean = clean(value);
        if (clean == null) {
            return null;
        }
        try {
            return UUID.fromString(clean);
        } catch (IllegalArgumentException e) {
            error(field, what + " : identifiant inconnu « " + shorten(clean) + " ».");
            return null;
        }
    }

    <T> T collect(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (DomainException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean ok() {
        return errors.isEmpty();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
