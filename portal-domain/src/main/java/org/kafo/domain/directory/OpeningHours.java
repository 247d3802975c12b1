package org.kafo.domain.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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

    /** "lundi, mardi : 08:00–17:00 (note)", in French. */
    public String describe() {
        String dayNames = days().stream().map(d -> DayOfWeek.of(DAYS.indexOf(d) + 1).getDisplayName(TextStyle.FULL, Locale.FRENCH))
                .collect(Collectors.joining(", "));
        String hours = opensAt == null ? "" : " : " + opensAt + (closesAt == null ? "" : "–" + closesAt);
        return dayNames + hours + (note == null ? "" : " (" + note + ")");
    }
}
