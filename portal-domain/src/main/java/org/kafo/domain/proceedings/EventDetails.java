package org.kafo.domain.proceedings;

import java.time.LocalDate;
import org.kafo.domain.shared.Checks;

/**
 * What an organiser says about an event, checked: kind, title, theme, dates (the end not before the start),
 * venue and city.
 */
public record EventDetails(EventKind kind, String title, String theme, LocalDate startsOn, LocalDate endsOn,
                           String venue, String city) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_THEME = 500;
    public static final int MAX_VENUE = 200;
    public static final int MAX_CITY = 120;

    /** Checks raw input; dates as 2025-12-10. */
    public static EventDetails of(String kind, String title, String theme, String startsOn, String endsOn, String venue,
                                  String city) {
        Checks checks = Checks.start();
        EventKind cleanKind = EventKind.read(kind, "kind", checks);
        String cleanTitle = checks.line("title", "proceedings.field.eventTitle", title).min(3).max(MAX_TITLE).required();
        String cleanTheme = checks.text("theme", "proceedings.field.theme", theme).max(MAX_THEME).optional();
        LocalDate start = checks.date("startsOn", "proceedings.field.startsOn", startsOn).required();
        LocalDate end = checks.date("endsOn", "proceedings.field.endsOn", endsOn).required();
        checks.check(start == null || end == null || !end.isBefore(start), "endsOn", "proceedings.event.endsBeforeStart", end, start);
        String cleanVenue = checks.line("venue", "proceedings.field.venue", venue).max(MAX_VENUE).optional();
        String cleanCity = checks.line("city", "proceedings.field.city", city).max(MAX_CITY).optional();
        checks.throwIfAny();
        return new EventDetails(cleanKind, cleanTitle, cleanTheme, start, end, cleanVenue, cleanCity);
    }
}
