package org.kafo.domain.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The text extracted from a {@link StoredFile} at upload, for search; in its own table, read only to index. */
@Entity
@Table(name = "stored_file_text")
class FileText {

    @Id
    @Column(name = "file_id")
    private UUID fileId;

    @Column(nullable = false, updatable = false)
    private String text;

    protected FileText() {
    }

    FileText(UUID fileId, String text) {
        this.fileId = fileId;
        this.text = text;
    }

    String text() {
        return text;
    }
}
