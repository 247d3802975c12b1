package org.kafo.domain.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of a {@link StoredFile}, in their own table so that nothing loads them by accident. */
@Entity
@Table(name = "stored_file_bytes")
class FileBytes {

    @Id
    @Column(name = "file_id")
    private UUID fileId;

    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    protected FileBytes() {
    }

    FileBytes(UUID fileId, byte[] bytes) {
        this.fileId = fileId;
        this.bytes = bytes;
    }

    byte[] bytes() {
        return bytes;
    }
}
