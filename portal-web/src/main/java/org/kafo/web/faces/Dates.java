package org.kafo.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as pages show them, in Mali's time (UTC, no daylight saving), day first:
 * {@code #{dates.dateTime(alert.expectedAt)}} → « 25/11/2026 19:57 ». One place, rather than a converter
 * per page (Faces' converter does not take {@link Instant} with a pattern).
 */
@Named
@ApplicationScoped
public class Dates {

    /** Mali is on UTC all year. */
    public static final ZoneId MALI = ZoneId.of("Africa/Bamako");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH).withZone(MALI);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH).withZone(MALI);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public String day(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
