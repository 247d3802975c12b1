package org.kafo.domain.proceedings;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kafo.domain.directory.Organization;

/**
 * A commitment (engagement) taken at an event: an actor of the directory commits to something by a date; its
 * status moves with dated progress notes. It has its own version: its follow-up is written at other times
 * than the programme.
 */
@Entity
@Table(name = "commitment")
public class Commitment {

    /** Mali's time zone (UTC all year): the network's day. */
    private static final ZoneId MALI = ZoneId.of("Africa/Bamako");

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private Event event;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_organization_id", nullable = false)
    private Organization owner;

    @Column(nullable = false)
    private String what;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentStatus status = CommitmentStatus.PREVU;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = createdAt;

    @OneToMany(mappedBy = "commitment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt")
    private List<CommitmentNote> notes = new ArrayList<>();

    protected Commitment() {
    }

    Commitment(Event event, CommitmentInput input, Organization owner) {
        this.event = event;
        change(input, owner);
    }

    void change(CommitmentInput input, Organization newOwner) {
        this.owner = newOwner;
        this.what = input.what();
        this.dueOn = input.dueOn();
        this.updatedAt = Instant.now();
    }

    /** A dated note of progress, which may move the status. */
    CommitmentNote note(LocalDate on, CommitmentStatus newStatus, String text, String author) {
        CommitmentNote note = new CommitmentNote(this, on, newStatus, text, author);
        notes.add(note);
        this.status = newStatus;
        this.updatedAt = Instant.now();
        return note;
    }

    /** Open (planned or in progress) and its due date is past. */
    public boolean overdue(LocalDate today) {
        return standing(today) == CommitmentStanding.EN_RETARD;
    }

    /** Where it stands on {@code today}: what every page, export and the API say of it. */
    public CommitmentStanding standing(LocalDate today) {
        return CommitmentStanding.of(status, dueOn, today);
    }

    /** Where it stands today, in Mali. */
    public CommitmentStanding standingNow() {
        return standing(today());
    }

    /** The day it is in Mali, where the network meets: the day a due date is measured against. */
    public static LocalDate today() {
        return LocalDate.now(MALI);
    }

    public UUID id() {
        return id;
    }

    public Event event() {
        return event;
    }

    public Organization owner() {
        return owner;
    }

    public String what() {
        return what;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public CommitmentStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<CommitmentNote> notes() {
        return List.copyOf(notes);
    }
}
