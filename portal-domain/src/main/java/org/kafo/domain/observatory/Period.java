package org.kafo.domain.observatory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;

/**
 * A period of the figures: a calendar year, a quarter or a month, in Mali's time (UTC). Figures are only ever asked for
 * on this grid, never between two arbitrary days: two overlapping periods cut one day apart would let anyone subtract
 * one from the other and find a cell the suppression hid. Written {@code 2025}, {@code 2025-T2} (trimestre; {@code Q2}
 * is read too) or {@code 2025-03}.
 */
public record Period(Kind kind, int year, int part) implements Comparable<Period> {

    /** The years the network's figures may be asked for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(?:([TQ])([1-4])|(\\d{2})))?");

    public enum Kind {
        YEAR, QUARTER, MONTH
    }

    public Period {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainException.invalid("period", Message.of("observatory.period.year", FIRST_YEAR, LAST_YEAR));
        }
        int max = switch (kind) {
            case YEAR -> 0;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        if (kind == Kind.YEAR ? part != 0 : part < 1 || part > max) {
            throw DomainException.invalid("period", Message.of("observatory.period.part"));
        }
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 0);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Kind.QUARTER, year, quarter);
    }

    public static Period month(int year, int month) {
        return new Period(Kind.MONTH, year, month);
    }

    /** What a person or a client typed: {@code 2025}, {@code 2025-T2}, {@code 2025-Q2}, {@code 2025-03}; none is refused. */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("period", Message.of("observatory.period.required"));
        }
        Matcher m = CODE.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw DomainException.invalid("period", Message.of("observatory.period.unknown", text.strip()));
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(3) != null) {
            return quarter(year, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return month(year, Integer.parseInt(m.group(4)));
        }
        return year(year);
    }

    /** The period of that kind that holds the day. */
    public static Period of(Kind kind, LocalDate day) {
        return switch (kind) {
            case YEAR -> year(day.getYear());
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
            case MONTH -> month(day.getYear(), day.getMonthValue());
        };
    }

    /** As written in addresses and files: {@code 2025}, {@code 2025-T2}, {@code 2025-03}. */
    public String code() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case QUARTER -> year + "-T" + part;
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", year, part);
        };
    }

    /** In French: "2025", "2e trimestre 2025", "mars 2025". */
    public String label() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case QUARTER -> (part == 1 ? "1er" : part + "e") + " trimestre " + year;
            case MONTH -> Month.of(part).getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRENCH) + " " + year;
        };
    }

    public LocalDate firstDay() {
        return switch (kind) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, (part - 1) * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, part, 1);
        };
    }

    /** The day after the last. */
    public LocalDate endDay() {
        return switch (kind) {
            case YEAR -> firstDay().plusYears(1);
            case QUARTER -> firstDay().plusMonths(3);
            case MONTH -> firstDay().plusMonths(1);
        };
    }

    public Instant start() {
        return firstDay().atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Exclusive. */
    public Instant end() {
        return endDay().atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The months of the period, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(firstDay()); m.isBefore(YearMonth.from(endDay())); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Over: nothing that happens from {@code now} on can fall in it. */
    public boolean closedAt(Instant now) {
        return !end().isAfter(now);
    }

    public boolean overlaps(Period other) {
        return start().isBefore(other.end()) && other.start().isBefore(end());
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : other.end().compareTo(end());
    }

    @Override
    public String toString() {
        return code();
    }
}
