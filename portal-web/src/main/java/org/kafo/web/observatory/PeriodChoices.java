package org.kafo.web.observatory;

import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kafo.domain.observatory.Period;

/** The choices of the period form: the years, and within a year the whole year, a quarter or a month. */
public final class PeriodChoices {

    /** The first year the form offers. */
    public static final int FIRST_YEAR = 2020;

    /** A choice: its code in the address, its label. */
    public record Choice(String code, String label) {
    }

    private PeriodChoices() {
    }

    /** From this year back to {@link #FIRST_YEAR}. */
    public static List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = LocalDate.now(ZoneOffset.UTC).getYear(); y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }

    /** "" (the whole year), T1…T4, 01…12, labelled in the reader's language. */
    public static List<Choice> parts(Locale locale, String wholeYear, String quarter) {
        List<Choice> parts = new ArrayList<>();
        parts.add(new Choice("", wholeYear));
        for (int q = 1; q <= 4; q++) {
            parts.add(new Choice("T" + q, quarter.replace("{0}", String.valueOf(q))));
        }
        for (Month m : Month.values()) {
            String name = m.getDisplayName(TextStyle.FULL_STANDALONE, locale);
            parts.add(new Choice(String.format(Locale.ROOT, "%02d", m.getValue()), name.substring(0, 1).toUpperCase(locale) + name.substring(1)));
        }
        return parts;
    }

    /** The code of the year and part chosen: {@code 2025}, {@code 2025-T2}, {@code 2025-03}. */
    public static String code(Integer year, String part) {
        if (year == null) {
            return null;
        }
        return part == null || part.isBlank() ? String.valueOf(year) : year + "-" + part;
    }

    /** The part of a period, as the form's second list names it. */
    public static String part(Period p) {
        return switch (p.kind()) {
            case YEAR -> "";
            case QUARTER -> "T" + p.part();
            case MONTH -> String.format(Locale.ROOT, "%02d", p.part());
        };
    }
}
