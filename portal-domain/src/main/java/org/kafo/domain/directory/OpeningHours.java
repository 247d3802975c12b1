package org.kafo.domain.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kafo.domain.directory.Drafts.HoursDraft;
import org.kafo.domain.shared.Checks;

/**
 * When a location or a service is open (HSDS schedule): days of the week as iCal BYDAY codes
 * ({@code MO,TU,WE}), and hours in Mali's time (UTC). Without hours, open on those days (e.g. "à l'arrivée
 * des vols", said in the note).
 */
@Embeddable
public class OpeningHours {

    /** The iCal two-letter codes, Monday first, as HSDS {@code byday} writes them. */
    public static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    @Column(nullable = false)
    private String days;

    @Column(name = "opens_at")
    private LocalTime opensAt;

    @Column(name = "closes_at")
    private LocalTime closesAt;

    private String note;

    protected OpeningHours() {
    }

    OpeningHours(List<String> days, LocalTime opensAt, LocalTime closesAt, String note) {
        this.days = String.join(",", days);
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.note = note;
    }

    /** Opening hours as a draft gives them: known days (at least one), times that make sense, a short note. */
    static OpeningHours of(HoursDraft draft, Checks checks) {
        List<String> days = new ArrayList<>();
        for (String day : draft.days()) {
            String code = day == null ? "" : day.strip().toUpperCase(Locale.ROOT);
            if (checks.check(DAYS.contains(code), "days", "directory.hours.unknownDay", day) && !days.contains(code)) {
                days.add(code);
            }
        }
        checks.check(!draft.days().isEmpty(), "days", "directory.hours.noDay");
        days.sort(Comparator.comparingInt(DAYS::indexOf));
        LocalTime opens = checks.time("opensAt", "directory.field.opensAt", draft.opensAt()).optional();
        LocalTime closes = checks.time("closesAt", "directory.field.closesAt", draft.closesAt()).optional();
        checks.check(opens == null || closes == null || closes.isAfter(opens), "closesAt", "directory.hours.closesBeforeOpening");
        checks.check(closes == null || opens != null || draft.opensAt() != null && !draft.opensAt().isBlank(), "opensAt",
                "directory.hours.closesWithoutOpening");
        String note = checks.line("note", "directory.field.hoursNote", draft.note()).max(Organization.NAME_MAX).optional();
        return new OpeningHours(days, opens, closes, note);
    }

    /** Each of a list of drafts, named {@code field[i]}. */
    static List<OpeningHours> of(List<HoursDraft> drafts, String field, Checks checks) {
        List<OpeningHours> hours = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            hours.add(of(drafts.get(i), checks.nested(field + "[" + i + "]")));
        }
        return hours;
    }

    public List<String> days() {
        return Arrays.asList(days.split(","));
    }

    public LocalTime opensAt() {
        return opensAt;
    }

    public LocalTime closesAt() {
        return closesAt;
    }

    public String note() {
        return note;
    }

    /** "du lundi au vendredi : 08:00–17:00 (note)", "tous les jours", "lundi, jeudi", in French. */
    public String describe() {
        List<String> open = days();
        String dayNames;
        int first = DAYS.indexOf(open.get(0));
        boolean consecutive = DAYS.indexOf(open.get(open.size() - 1)) - first == open.size() - 1;
        if (open.size() == DAYS.size()) {
            dayNames = "tous les jours";
        } else if (open.size() >= 3 && consecutive) {
            dayNames = "du " + dayName(open.get(0)) + " au " + dayName(open.get(open.size() - 1));
        } else {
            dayNames = open.stream().map(OpeningHours::dayName).collect(Collectors.joining(", "));
        }
        String hours = opensAt == null ? "" : " : " + opensAt + (closesAt == null ? "" : "–" + closesAt);
        return dayNames + hours + (note == null ? "" : " (" + note + ")");
    }

    private static String dayName(String code) {
        return DayOfWeek.of(DAYS.indexOf(code) + 1).getDisplayName(TextStyle.FULL, Locale.FRENCH);
    }
}
