package org.kafo.domain.observatory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/**
 * A period whose network figures a network administrator made public. Only a year or a quarter, only once it is over
 * (its figures no longer move with the alerts of the day), and never overlapping another published period: with a year
 * and one of its quarters both public, anyone could subtract one table from the other and find the cells suppression
 * hid. Public figures are computed when asked (with the visibility rule of that moment), not frozen.
 */
@Entity
@Table(name = "observatory_publication")
public class Publication {

    @Id
    @Column(name = "period")
    private String code;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    /** The administrator's username. */
    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    protected Publication() {
    }

    private Publication(Period period, Instant now, String by) {
        this.code = period.code();
        this.startsAt = period.start();
        this.endsAt = period.end();
        this.publishedAt = now;
        this.publishedBy = by;
    }

    /** The rule of publishing, given the periods already published. */
    static Publication of(Caller by, Period period, List<Publication> published, Instant now) {
        requireAdmin(by);
        if (period.kind() == Period.Kind.MONTH) {
            throw DomainException.invalid("period", Message.of("observatory.publish.month"));
        }
        if (!period.closedAt(now)) {
            throw DomainException.invalid("period", Message.of("observatory.publish.notClosed", period.label(),
                    Observatory.FRENCH_DAY.format(period.endDay().minusDays(1))));
        }
        for (Publication p : published) {
            if (p.period().equals(period)) {
                throw DomainException.conflict(Message.of("observatory.publish.already", period.label()));
            }
            if (p.period().overlaps(period)) {
                throw DomainException.conflict(Message.of("observatory.publish.overlaps", p.period().label(), period.label()));
            }
        }
        return new Publication(period, now, by.username());
    }

    static void requireAdmin(Caller caller) {
        if (!caller.has(Role.NETWORK_ADMIN)) {
            throw DomainException.forbidden(Message.of("observatory.publish.coordinationOnly"));
        }
    }

    public Period period() {
        return Period.parse(code);
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }
}
