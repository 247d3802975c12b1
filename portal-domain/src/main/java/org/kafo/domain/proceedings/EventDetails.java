package org.kafo.domain.proceedings;

import java.time.LocalDate;

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
        Checks checks = new Checks();
        EventKind cleanKind = checks.collect(() -> EventKind.require(kind, "kind"));
        String cleanTitle = checks.required("title", title, 3, MAX_TITLE, "Le titre de la rencontre");
        String cleanTheme = checks.optional("theme", theme, MAX_THEME, "Le thème");
        LocalDate start = checks.date("startsOn", startsOn, "La date de début");
        LocalDate end = checks.date("endsOn", endsOn, "La date de fin");
        if (start != null && end != null && end.isBefore(start)) {
            checks.error("endsOn", "La rencontre ne peut pas finir (" + end + ") avant d'avoir commencé (" + start + ").");
        }
        String cleanVenue = checks.optional("venue", venue, MAX_VENUE, "Le lieu");
        String cleanCity = checks.optional("city", city, MAX_CITY, "La ville");
        checks.throwIfAny();
        return new EventDetails(cleanKind, cleanTitle, cleanTheme, start, end, cleanVenue, cleanCity);
    }
}
