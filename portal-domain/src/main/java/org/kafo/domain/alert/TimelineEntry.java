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
import java.util.Optional;
import org.kafo.domain.tenancy.Caller;

/**
 * One line of an alert's timeline: who did what, when, and which association it was about. Never changed once
 * written. The {@code detail} is for every reader of the alert; a {@code note} (free text typed by someone: a cancel
 * reason, why an offer was declined) only for those {@link AlertRule#mayReadFreeText} lets read it.
 */
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

    /** What happened: {@code created}, {@code published}, {@code updated}, {@code offered}, {@code accepted}… */
    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String detail;

    /** The association the entry is about (the one whose offer was accepted, declined…), or none. */
    @Column(name = "subject_tenant", updatable = false)
    private String subjectTenant;

    @Column(updatable = false)
    private String note;

    protected TimelineEntry() {
    }

    TimelineEntry(Alert alert, Instant at, String actor, String actorTenant, String action, String detail, String subjectTenant,
                  String note) {
        this.alert = alert;
        this.at = at;
        this.actor = actor;
        this.actorTenant = actorTenant;
        this.action = action;
        this.detail = detail;
        this.subjectTenant = subjectTenant;
        this.note = note;
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

    public String subjectTenant() {
        return subjectTenant;
    }

    /** The free text of the entry, for those who may read it. */
    public Optional<String> noteFor(Caller reader) {
        return note != null && AlertRule.mayReadFreeText(reader, alert, subjectTenant) ? Optional.of(note) : Optional.empty();
    }
}
