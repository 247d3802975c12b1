package org.kafo.domain.library;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;

/**
 * When a document was published, as precisely as it is known: a year alone ("2008"), a month ("2014-03")
 * or a day ("2014-03-18"). Old declarations often carry only their year.
 */
public record PublicationDate(int year, Integer month, Integer day) {

    static final int FIRST_YEAR = 1900;
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    /**
     * Reads "2008", "2014-03" or "2014-03-18"; {@code null} or blank gives {@code null} (date unknown).
     * Anything else, a month 13 or a date in the future is refused in French, naming the field.
     */
    public static PublicationDate parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher iso = ISO.matcher(text.strip());
        if (!iso.matches()) {
            throw DomainException.invalid(field, Message.of("library.published.unreadable", text));
        }
        return of(Integer.parseInt(iso.group(1)), iso.group(2) == null ? null : Integer.valueOf(iso.group(2)),
                iso.group(3) == null ? null : Integer.valueOf(iso.group(3)), field);
    }

    public static PublicationDate of(int year, Integer month, Integer day, String field) {
        int latest = LocalDate.now().getYear();
        if (year < FIRST_YEAR || year > latest) {
            throw DomainException.invalid(field, Message.of("library.published.yearRange", FIRST_YEAR, latest));
        }
        if (day != null && month == null) {
            throw DomainException.invalid(field, Message.of("library.published.dayWithoutMonth"));
        }
        try {
            if (month != null) {
                Month.of(month);
            }
            if (day != null && LocalDate.of(year, month, day).isAfter(LocalDate.now())) {
                throw DomainException.invalid(field, Message.of("library.published.future"));
            }
        } catch (DateTimeException e) {
            throw DomainException.invalid(field, Message.of("library.published.noSuchDate", year + "-" + month + (day == null ? "" : "-" + day)));
        }
        return new PublicationDate(year, month, day);
    }

    /** The full date, when the day is known. */
    public LocalDate fullDate() {
        return day == null ? null : LocalDate.of(year, month, day);
    }

    /** "2008", "2014-03", "2014-03-18". */
    public String iso() {
        if (month == null) {
            return String.valueOf(year);
        }
        return day == null ? String.format("%d-%02d", year, month) : String.format("%d-%02d-%02d", year, month, day);
    }

    /** "2008", "mars 2014", "18 mars 2014" (or in English; in Spanish "18 de marzo de 2014"). */
    public String label(Locale locale) {
        if (month == null) {
            return String.valueOf(year);
        }
        String monthName = Month.of(month).getDisplayName(TextStyle.FULL, locale);
        String of = "es".equals(locale.getLanguage()) ? " de " : " ";
        return (day == null ? "" : day + of) + monthName + of + year;
    }

    @Override
    public String toString() {
        return iso();
    }
}
