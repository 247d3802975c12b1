package org.kafo.domain.proceedings;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A session as given: its sub-theme, moderator and time slot (a day of the event, a start and an end time). */
public record SessionInput(String subTheme, String moderator, LocalDateTime startsAt, LocalDateTime endsAt) {

    public static final int MAX_SUB_THEME = 500;
    public static final int MAX_MODERATOR = 200;

    /** Checks raw input: day 2025-12-10, times 09:00 and 12:30. */
    public static SessionInput of(String subTheme, String moderator, String day, String start, String end) {
        Checks checks = new Checks();
        String cleanSubTheme = checks.required("subTheme", subTheme, 3, MAX_SUB_THEME, "Le sous-thème");
        String cleanModerator = checks.optional("moderator", moderator, MAX_MODERATOR, "Le nom du modérateur");
        LocalDate date = checks.date("day", day, "Le jour de la session");
        var from = checks.time("start", start, "L'heure de début");
        var to = checks.time("end", end, "L'heure de fin");
        if (from != null && to != null && !to.isAfter(from)) {
            checks.error("end", "La session doit finir après avoir commencé (" + from + " – " + to + ").");
        }
        checks.throwIfAny();
        return new SessionInput(cleanSubTheme, cleanModerator, date.atTime(from), date.atTime(to));
    }
}
