package org.kafo.domain.proceedings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A dated note on a commitment's progress, with the status it set. */
@Entity
@Table(name = "commitment_note")
public class CommitmentNote {

    public static final int MAX_TEXT = 2000;

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

    @Column(name = "noted_on", nullable = false)
    private LocalDate notedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentStatus status;

    @Column(nullable = false)
    private String text;

    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected CommitmentNote() {
    }

    CommitmentNote(Commitment commitment, LocalDate notedOn, CommitmentStatus status, String text, String writtenBy) {
        this.commitment = commitment;
        this.notedOn = notedOn;
        this.status = status;
        this.text = text;
        this.writtenBy = writtenBy;
    }

    public UUID id() {
        return id;
    }

    public LocalDate notedOn() {
        return notedOn;
    }

    public CommitmentStatus status() {
        return status;
    }

    public String text() {
        return text;
    }

    public String writtenBy() {
        return writtenBy;
    }
}
