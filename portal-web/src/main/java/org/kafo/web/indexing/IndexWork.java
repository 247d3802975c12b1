package org.kafo.web.indexing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.kafo.domain.outbox.Outbox;
import org.kafo.domain.outbox.OutboxEntry;
import org.kafo.search.index.SearchIndex;
import org.kafo.search.schema.SearchDocument;

/** The feed's reads of the database, each in its own short transaction. */
@ApplicationScoped
public class IndexWork {

    @Inject
    Outbox outbox;

    @Transactional
    public List<OutboxEntry> rowsAfter(long watermark, int max) {
        return outbox.after(watermark, max);
    }

    @Transactional
    public long lastOutboxId() {
        return outbox.lastId();
    }

    @Transactional
    public long lastOutboxIdBefore(java.time.Instant createdBefore) {
        return outbox.lastIdBefore(createdBefore);
    }

    /** Reloads one record and puts its current state in the index (or removes it). */
    @Transactional
    public void apply(SearchDocumentSource source, String entityId, SearchIndex index) {
        try {
            Optional<SearchDocument> document = source.document(entityId);
            if (document.isPresent()) {
                index.upsert(document.get());
            } else {
                index.delete(source.documentId(entityId));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public int indexAll(SearchDocumentSource source, SearchIndex index) throws IOException {
        int count = 0;
        for (Iterator<String> ids = source.allIds().iterator(); ids.hasNext(); ) {
            Optional<SearchDocument> document = source.document(ids.next());
            if (document.isPresent()) {
                index.upsert(document.get());
                count++;
            }
        }
        return count;
    }
}
