package org.kafo.web.indexing;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.kafo.search.schema.SearchDocument;

/**
 * How one kind of record becomes a search document. A feature provides one as an application-scoped
 * CDI bean and writes {@code outbox.changed(kind(), id)} in every transaction that changes such a record.
 * Personal data never goes into a document.
 */
public interface SearchDocumentSource {

    /** The outbox kind this source answers for, e.g. {@code alert}. */
    String kind();

    /** The id of the record's document in the index: {@code <kind>:<entity id>}. */
    default String documentId(String entityId) {
        return kind() + ":" + entityId;
    }

    /**
     * The current document for the record (its id from {@link #documentId}), or empty when the record is
     * gone or must not be searchable (a draft, say).
     */
    Optional<SearchDocument> document(String entityId);

    /** The record's uuid, or empty for an id that is none (an outbox row can name anything: it then indexes nothing). */
    static Optional<UUID> uuid(String entityId) {
        try {
            return Optional.of(UUID.fromString(entityId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Every record of this kind, for a rebuild of the index. */
    Stream<String> allIds();
}
