package org.kafo.domain.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.kafo.domain.outbox.Outbox;
import org.kafo.domain.tenancy.Caller;

/**
 * Alerts whose life is over, written as it happened: each step at its own time, through the same aggregate and the same
 * rules as {@link AlertService} (who may offer, accept, record the arrival, report; the counts checked), with "now" the
 * time of the step. For the demonstration data set's years of alerts and for the observatory's tests, which need alerts
 * of past years. Nothing is announced (no mail, no push for the past), no audit entry is written (nobody acted now);
 * search is told, as for any alert.
 */
@ApplicationScoped
public class AlertHistory {

    private EntityManager em;
    private ArrivalPoints points;
    private Outbox outbox;

    protected AlertHistory() {
    }

    @Inject
    public AlertHistory(EntityManager em, ArrivalPoints points, Outbox outbox) {
        this.em = em;
        this.points = points;
        this.outbox = outbox;
    }

    /** An alert posted by {@code owner} and published at {@code at}: its arrival must be expected within the rules then. */
    public Past posted(Caller owner, AlertInput input, Instant at) {
        AlertContent content = AlertContent.from(input, at);
        points.requireActive(content.arrivalPoint(), "arrivalPoint");
        Audience audience = input.audience() == null ? Audience.NETWORK : Audience.valueOf(input.audience());
        Alert alert = Alert.draft(owner, content, audience, input.partners() == null ? java.util.Set.of()
                : java.util.Set.copyOf(input.partners()), at);
        em.persist(alert);
        em.flush();
        alert.publish(owner, at);
        return new Past(alert, at);
    }

    /** An alert {@code owner} began at {@code at} and never published: a draft, its own and nobody else's. */
    public UUID drafted(Caller owner, AlertInput input, Instant at) {
        AlertContent content = AlertContent.from(input, at);
        points.requireActive(content.arrivalPoint(), "arrivalPoint");
        Alert alert = Alert.draft(owner, content, input.audience() == null ? Audience.NETWORK : Audience.valueOf(input.audience()),
                input.partners() == null ? java.util.Set.of() : java.util.Set.copyOf(input.partners()), at);
        em.persist(alert);
        return new Past(alert, at).done();
    }

    /** The rest of a past alert's life, step by step, each at its time. */
    public final class Past {

        private final Alert alert;
        private final Instant created;
        private Instant last;

        private Past(Alert alert, Instant at) {
            this.alert = alert;
            this.created = at;
            this.last = at;
        }

        public UUID id() {
            return alert.id();
        }

        public Past offered(Caller by, Instant at) {
            alert.offer(by, step(at));
            return this;
        }

        public Past accepted(Caller owner, String tenant, Instant at) {
            alert.accept(owner, tenant, step(at));
            return this;
        }

        public Past declined(Caller owner, String tenant, String reason, Instant at) {
            alert.decline(owner, tenant, reason, step(at));
            return this;
        }

        /** Recorded at {@code at}; {@code arrival.at()} is when the people arrived. */
        public Past arrived(Caller by, Arrival.Input arrival, Instant at) {
            alert.recordArrival(by, arrival, step(at));
            return this;
        }

        public Past reported(Caller by, ReceptionReport report, Instant at) {
            alert.fileReceptionReport(by, report, step(at));
            return this;
        }

        public Past closed(Caller owner, Instant at) {
            alert.close(owner, step(at));
            return this;
        }

        public Past cancelled(Caller owner, String reason, Instant at) {
            alert.cancel(owner, reason, step(at));
            return this;
        }

        /** Written: the record's own times are those of its life, and search hears of it. */
        public UUID done() {
            em.flush();
            em.createNativeQuery("update alert set created_at = ?1, updated_at = ?2 where id = ?3")
                    .setParameter(1, OffsetDateTime.ofInstant(created, ZoneOffset.UTC))
                    .setParameter(2, OffsetDateTime.ofInstant(last, ZoneOffset.UTC)).setParameter(3, alert.id()).executeUpdate();
            outbox.changed(AlertService.KIND, alert.id());
            return alert.id();
        }

        private Instant step(Instant at) {
            if (at.isBefore(last)) {
                throw new IllegalArgumentException("steps of a past alert go forward in time: " + at + " before " + last);
            }
            last = at;
            return at;
        }
    }
}
