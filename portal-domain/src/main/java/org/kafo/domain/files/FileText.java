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

    @Column(nullable = false)
    private String text;

    /** The {@link TextCleaner#VERSION} the text was cleaned with; 0 for a text kept before cleaning existed. */
    @Column(nullable = false)
    private int cleaning;

    protected FileText() {
    }

    FileText(UUID fileId, String text) {
        this.fileId = fileId;
        this.text = text;
        this.cleaning = TextCleaner.VERSION;
    }

    /** Replaces the text with the same, cleaned by this version. */
    void cleaned(String value) {
        this.text = value;
        this.cleaning = TextCleaner.VERSION;
    }

    String text() {
        return text;
    }
}
