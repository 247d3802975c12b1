package org.kafo.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.shared.DomainException.FieldError;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;

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
        Checks checks = Checks.start();
        Arrival a = new Arrival();
        a.at = in.at() == null ? now : in.at();
        if (checks.check(!a.at.isAfter(now.plus(CLOCK_SKEW)), "arrivedAt", "alert.arrivedAt.future")) {
            if (a.at.isAfter(now)) {
                a.at = now;
            }
            checks.check(!a.at.isBefore(now.minus(AlertContent.MAX_PAST)), "arrivedAt", "alert.arrivedAt.past");
        }
        Integer total = in.peopleCount();
        if (checks.check(total != null, "peopleCount", "alert.arrival.peopleCount.missing")
                && checks.check(total >= 1, "peopleCount", "alert.arrival.peopleCount.none")
                && checks.check(total <= AlertContent.MAX_PEOPLE, "peopleCount", "alert.arrival.peopleCount.range", AlertContent.MAX_PEOPLE)) {
            a.peopleCount = total;
        }
        a.women = AlertContent.count(in.women(), "women", "alert.field.women", checks);
        a.minors = AlertContent.count(in.minors(), "minors", "alert.field.minors", checks);
        a.unaccompaniedMinors = AlertContent.count(in.unaccompaniedMinors(), "unaccompaniedMinors", "alert.field.unaccompaniedMinors", checks);
        if (a.peopleCount != null) {
            consistent(a, checks);
        }
        checks.throwIfAny();
        if (!in.confirmed() && a.at.isBefore(expected.minus(FAR_EARLIER))) {
            Message why = Message.of("alert.arrival.farEarlier", DATE.format(a.at.atOffset(ZoneOffset.UTC)),
                    DATE.format(expected.atOffset(ZoneOffset.UTC)));
            throw new DomainException(DomainException.Kind.CONFLICT, why, List.of(FieldError.of("confirm", why)));
        }
        a.recordedAt = now;
        a.recordedBy = tenant;
        return a;
    }

    /** Women and minors are counted apart (as in the alert: women are adults), each within the people arrived. */
    private static void consistent(Arrival a, Checks checks) {
        int total = a.peopleCount;
        checks.check(a.women == null || a.women <= total, "women", "alert.arrival.womenOverTotal", a.women, total);
        if (checks.check(a.minors == null || a.minors <= total, "minors", "alert.arrival.minorsOverTotal", a.minors, total)
                && a.women != null && a.minors != null) {
            checks.check(a.women + a.minors <= total, "minors", "alert.arrival.womenAndMinorsOverTotal", a.women + a.minors, total);
        }
        if (a.unaccompaniedMinors != null) {
            int bound = a.minors != null ? a.minors : total;
            checks.check(a.unaccompaniedMinors <= bound, "unaccompaniedMinors", a.minors != null
                    ? "alert.count.unaccompaniedOverMinors" : "alert.arrival.unaccompaniedOverTotal", a.unaccompaniedMinors, bound);
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
