package org.kafo.domain.library;

import java.util.List;
import java.util.UUID;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;

/** The same file (same SHA-256) is already a document the depositor can see: say which one, keep nothing. */
public class DuplicateDocumentException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final UUID existingId;
    private final String existingTitle;

    DuplicateDocumentException(UUID existingId, String existingTitle) {
        super(Kind.CONFLICT, Message.of("library.duplicate", existingTitle), List.of());
        this.existingId = existingId;
        this.existingTitle = existingTitle;
    }

    public UUID existingId() {
        return existingId;
    }

    public String existingTitle() {
        return existingTitle;
    }
}
