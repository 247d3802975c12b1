package org.kafo.domain.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What Kafo knows of a kept file, without its bytes (those are {@link FileBytes}, read only to download)
 * nor its text ({@link FileText}, read only to index): lists of documents stay light.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    private UUID id = UUID.randomUUID();

    /** As the person's device named it; shown and offered again on download. */
    @Column(name = "original_name", nullable = false, updatable = false)
    private String originalName;

    /** The real type, detected from the bytes. */
    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    /** SHA-256 of the bytes, lower-case hex: recognises the same file uploaded twice. */
    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected StoredFile() {
    }

    StoredFile(String originalName, String mediaType, long size, String sha256) {
        this.originalName = originalName;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
    }

    public UUID id() {
        return id;
    }

    public String originalName() {
        return originalName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The size as people read it: "245 Ko", "3,2 Mo". */
    public String sizeLabel() {
        if (size < 1024 * 1024) {
            return Math.max(1, (size + 512) / 1024) + " Ko";
        }
        return String.format(java.util.Locale.FRENCH, "%.1f Mo", size / (1024.0 * 1024.0));
    }
}
