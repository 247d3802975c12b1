package org.kafo.domain.proceedings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/** A session of an event: a sub-theme, its moderator, a time slot within the event's dates. */
@Entity
@Table(name = "event_session")
public class EventSession {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private Event event;

    @Column(name = "sub_theme", nullable = false)
    private String subTheme;

    private String moderator;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    protected EventSession() {
    }

    EventSession(Event event, SessionInput input) {
        this.event = event;
        change(input);
    }

    void change(SessionInput input) {
        this.subTheme = input.subTheme();
        this.moderator = input.moderator();
        this.startsAt = input.startsAt();
        this.endsAt = input.endsAt();
    }

    public UUID id() {
        return id;
    }

    public Event event() {
        return event;
    }

    public String subTheme() {
        return subTheme;
    }

    public String moderator() {
        return moderator;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }
}
