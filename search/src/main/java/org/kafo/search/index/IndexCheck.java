package org.kafo.search.index;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.kafo.search.schema.SearchFields;

/**
 * Decides whether an index directory can be reused. The index is derived state: rather than migrate
 * or repair, an index of another schema version or one that cannot be read is wiped, and the caller
 * rebuilds it from the database.
 */
final class IndexCheck {

    private static final Logger LOG = Logger.getLogger(IndexCheck.class.getName());

    private IndexCheck() {
    }

    /** True when the directory holds a readable index committed under the current schema version. */
    static boolean reusable(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return false;
            }
            SegmentInfos last = SegmentInfos.readLatestCommit(directory);
            String version = last.getUserData().get(SearchFields.COMMIT_SCHEMA);
            if (!String.valueOf(SearchFields.SCHEMA_VERSION).equals(version)) {
                LOG.info(() -> "Search index has schema version " + version + ", expected "
                        + SearchFields.SCHEMA_VERSION + ": it will be rebuilt");
                return false;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.maxDoc() >= 0; // opening checks every segment's header and footer
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Search index cannot be read: it will be rebuilt", e);
            return false;
        }
    }

    /**
     * Deletes every file of the directory, under the write lock so that an index another process is
     * writing is never wiped (that fails with a LockObtainFailedException instead).
     */
    static void wipe(Directory directory) throws IOException {
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String file : directory.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    directory.deleteFile(file);
                }
            }
            lock.ensureValid();
        }
    }
}
