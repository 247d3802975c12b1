package org.kafo.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an alert's timeline: who did what, when. Never changed once written. */
@Entity
@Table(name = "alert_timeline")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "alert_id", updatable = false)
    private Alert alert;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_tenant", updatable = false)
    private String actorTenant;

    /** What happened: {@code created}, {@code published}, {@code updated}, {@code claimed}… */
    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String detail;

    protected TimelineEntry() {
    }

    TimelineEntry(Alert alert, Instant at, String actor, String actorTenant, String action, String detail) {
        this.alert = alert;
        this.at = at;
        this.actor = actor;
        this.actorTenant = actorTenant;
        this.action = action;
        this.detail = detail;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String actorTenant() {
        return actorTenant;
    }

    public String action() {
        return action;
    }

    public String detail() {
        return detail;
    }
}
