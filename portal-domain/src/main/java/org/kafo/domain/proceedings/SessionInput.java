package org.kafo.domain.proceedings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.kafo.domain.shared.Checks;

/** A session as given: its sub-theme, moderator and time slot (a day of the event, a start and an end time). */
public record SessionInput(String subTheme, String moderator, LocalDateTime startsAt, LocalDateTime endsAt) {

    public static final int MAX_SUB_THEME = 500;
    public static final int MAX_MODERATOR = 200;

    /** Checks raw input: day 2025-12-10, times 09:00 and 12:30. */
    public static SessionInput of(String subTheme, String moderator, String day, String start, String end) {
        Checks checks = Checks.start();
        String cleanSubTheme = checks.line("subTheme", "proceedings.field.subTheme", subTheme).min(3).max(MAX_SUB_THEME).required();
        String cleanModerator = checks.line("moderator", "proceedings.field.moderator", moderator).max(MAX_MODERATOR).optional();
        LocalDate date = checks.date("day", "proceedings.field.day", day).required();
        var from = checks.time("start", "proceedings.field.start", start).required();
        var to = checks.time("end", "proceedings.field.end", end).required();
        checks.check(from == null || to == null || to.isAfter(from), "end", "proceedings.session.endsBeforeStart", from, to);
        checks.throwIfAny();
        return new SessionInput(cleanSubTheme, cleanModerator, date.atTime(from), date.atTime(to));
    }
}
