package org.kafo.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.DomainException.FieldError;

/**
 * The arrival as it happened: when (now by default, earlier allowed, never in the future), how many people actually
 * arrived and, where known, how many women, minors and unaccompanied minors. Structured facts, shown to every reader.
 * Arrivals recorded before these facts were asked for have a time only.
 */
@Embeddable
public class Arrival {

    /** An arrival this much earlier than expected is asked again, in case the date was mistyped. */
    static final Duration FAR_EARLIER = Duration.ofHours(12);
    /** A phone's clock a little ahead is not an arrival in the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    @Column(name = "arrived_at")
    private Instant at;

    @Column(name = "arrived_count")
    private Integer peopleCount;

    @Column(name = "arrived_women")
    private Integer women;

    @Column(name = "arrived_minors")
    private Integer minors;

    @Column(name = "arrived_unaccompanied_minors")
    private Integer unaccompaniedMinors;

    @Column(name = "arrival_recorded_at")
    private Instant recordedAt;

    /** The association that recorded it. */
    @Column(name = "arrival_recorded_by")
    private String recordedBy;

    /**
     * What the reception team typed. {@code at} null means now; {@code confirmed} says yes to "so much earlier than
     * expected?".
     */
    public record Input(Instant at, Integer peopleCount, Integer women, Integer minors, Integer unaccompaniedMinors,
                        boolean confirmed) {
    }

    protected Arrival() {
    }

    /** Checks everything at once (400, each field named); then asks to confirm an arrival far earlier than expected (409). */
    static Arrival of(Input in, Instant expected, Instant now, String tenant) {
        List<FieldError> errors = new ArrayList<>();
        Arrival a = new Arrival();
        a.at = in.at() == null ? now : in.at();
        if (a.at.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new FieldError("arrivedAt", "L'heure d'arrivée est dans le futur : indiquez l'heure à laquelle les "
                    + "personnes sont arrivées (heure du Mali), ou attendez leur arrivée."));
        } else if (a.at.isAfter(now)) {
            a.at = now;
        } else if (a.at.isBefore(now.minus(AlertContent.MAX_PAST))) {
            errors.add(new FieldError("arrivedAt", "L'heure d'arrivée est plus de 30 jours dans le passé : vérifiez la date."));
        }
        Integer total = in.peopleCount();
        if (total == null) {
            errors.add(new FieldError("peopleCount", "Indiquez le nombre de personnes arrivées."));
        } else if (total < 1) {
            errors.add(new FieldError("peopleCount", "Indiquez au moins une personne arrivée ; si personne n'est venu, annulez l'alerte."));
        } else if (total > AlertContent.MAX_PEOPLE) {
            errors.add(new FieldError("peopleCount", "Le nombre de personnes arrivées doit être compris entre 1 et " + AlertContent.MAX_PEOPLE + "."));
        } else {
            a.peopleCount = total;
        }
        a.women = AlertContent.count(in.women(), "women", "femmes", errors);
        a.minors = AlertContent.count(in.minors(), "minors", "mineurs", errors);
        a.unaccompaniedMinors = AlertContent.count(in.unaccompaniedMinors(), "unaccompaniedMinors", "mineurs non accompagnés", errors);
        if (a.peopleCount != null) {
            consistent(a, errors);
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (!in.confirmed() && a.at.isBefore(expected.minus(FAR_EARLIER))) {
            String why = "L'arrivée indiquée (" + DATE.format(a.at.atOffset(ZoneOffset.UTC)) + ") est bien plus tôt que l'arrivée "
                    + "prévue (" + DATE.format(expected.atOffset(ZoneOffset.UTC)) + ", heure du Mali) : vérifiez la date, puis confirmez.";
            throw new DomainException(DomainException.Kind.CONFLICT, why, List.of(new FieldError("confirm", why)));
        }
        a.recordedAt = now;
        a.recordedBy = tenant;
        return a;
    }

    /** Women and minors are counted apart (as in the alert: women are adults), each within the people arrived. */
    private static void consistent(Arrival a, List<FieldError> errors) {
        int total = a.peopleCount;
        if (a.women != null && a.women > total) {
            errors.add(new FieldError("women", "Les femmes (" + a.women + ") dépassent le nombre de personnes arrivées (" + total + ")."));
        }
        if (a.minors != null && a.minors > total) {
            errors.add(new FieldError("minors", "Les mineurs (" + a.minors + ") dépassent le nombre de personnes arrivées (" + total + ")."));
        } else if (a.women != null && a.minors != null && a.women + a.minors > total) {
            errors.add(new FieldError("minors", "Femmes et mineurs (" + (a.women + a.minors) + ") dépassent le nombre de personnes "
                    + "arrivées (" + total + ")."));
        }
        if (a.unaccompaniedMinors != null) {
            int bound = a.minors != null ? a.minors : total;
            if (a.unaccompaniedMinors > bound) {
                errors.add(new FieldError("unaccompaniedMinors", "Les mineurs non accompagnés (" + a.unaccompaniedMinors + ") dépassent "
                        + (a.minors != null ? "le nombre de mineurs" : "le nombre de personnes arrivées") + " (" + bound + ")."));
            }
        }
    }

    public Instant at() {
        return at;
    }

    /** {@code null} for an arrival recorded before the count was asked for. */
    public Integer peopleCount() {
        return peopleCount;
    }

    public Integer women() {
        return women;
    }

    public Integer minors() {
        return minors;
    }

    public Integer unaccompaniedMinors() {
        return unaccompaniedMinors;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
