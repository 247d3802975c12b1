package org.kafo.domain.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * "The record {@code kind}/{@code entityId} changed": the indexer reloads it and upserts it, or
 * deletes it from the index when it is gone. The row carries no data, so applying it twice is harmless.
 */
@Entity
@Table(name = "search_outbox")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private String entityId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OutboxEntry() {
    }

    OutboxEntry(String kind, String entityId) {
        this.kind = kind;
        this.entityId = entityId;
        this.createdAt = Instant.now();
    }

    public long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String entityId() {
        return entityId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
