package org.kafo.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.kafo.search.analysis.KafoFrenchAnalyzer;
import org.kafo.search.expansion.QueryExpansions;
import org.kafo.search.query.FacetedSearch;
import org.kafo.search.query.InvalidQueryException;
import org.kafo.search.query.SearchRequest;
import org.kafo.search.query.SearchResults;
import org.kafo.search.query.SearchResults.Hit;
import org.kafo.search.query.SimilarDocuments;
import org.kafo.search.query.Suggestion;
import org.kafo.search.query.TitleSuggester;
import org.kafo.search.query.Viewer;
import org.kafo.search.schema.SearchDocument;
import org.kafo.search.schema.SearchFields;

/**
 * The search index of one portal instance: one writer, many concurrent searchers.
 *
 * <p>Writes ({@link #upsert}, {@link #delete}, {@link #deleteAll}) become searchable after
 * {@link #refresh()} (near-real-time, no commit needed) and durable after {@link #commit(long)},
 * which also records the caller's outbox watermark. Uncommitted changes are dropped on close: the
 * outbox replays them from the watermark on the next start, and upserts are idempotent.
 *
 * <p>Searches share the current searcher through a {@link SearcherManager}; no reader is opened per
 * request. Write and lifecycle methods throw {@link IOException} for the indexer to retry; read
 * methods wrap it in {@link UncheckedIOException}, a server fault for the caller.
 */
public final class SearchIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    private final Directory directory;
    private final KafoFrenchAnalyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean created;
    private volatile long watermark;
    private volatile QueryExpansions expansions = QueryExpansions.defaults();

    private SearchIndex(Directory directory, KafoFrenchAnalyzer analyzer, IndexWriter writer, boolean created)
            throws IOException {
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.created = created;
        this.watermark = committedWatermark(writer);
        this.searchers = new SearcherManager(writer, KafoSearcher.factory());
    }

    /**
     * Opens the index in {@code dir}, creating the directory if needed. An empty, outdated or
     * unreadable index is (re)created empty: then {@link #wasCreated()} is true and the caller must
     * rebuild it from the database, and commit only once the rebuild is complete.
     */
    public static SearchIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        try {
            boolean created = !IndexCheck.reusable(directory);
            if (created) {
                IndexCheck.wipe(directory);
            }
            KafoFrenchAnalyzer analyzer = new KafoFrenchAnalyzer();
            IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(created ? OpenMode.CREATE : OpenMode.APPEND)
                    .setCommitOnClose(false));
            try {
                return new SearchIndex(directory, analyzer, writer, created);
            } catch (IOException | RuntimeException e) {
                IOUtils.closeWhileHandlingException(writer);
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
    }

    /** True when {@link #open} found no usable index: the caller must reindex everything. */
    public boolean wasCreated() {
        return created;
    }

    /**
     * Adds or replaces the record with this id, with its passages, atomically; applying the same outbox row twice is
     * harmless.
     */
    public void upsert(SearchDocument document) throws IOException {
        writer.updateDocuments(rootTerm(document.id()), DocumentFactory.toLucene(document));
    }

    /** Removes the record with this id and its passages; nothing happens if there is none. */
    public void delete(String id) throws IOException {
        writer.deleteDocuments(rootTerm(id));
    }

    /**
     * What queries also look for from now on: place spellings, translations (the portal's gazetteer as its network
     * administrators keep it). The bundled data until then.
     */
    public void expansions(QueryExpansions value) {
        this.expansions = Objects.requireNonNull(value, "expansions");
    }

    public QueryExpansions expansions() {
        return expansions;
    }

    /** Removes every record, for a full rebuild. */
    public void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /**
     * Makes every change so far durable, with the outbox position it corresponds to.
     *
     * @param watermark last outbox row applied, returned by {@link #watermark()} from now on,
     *     also after a restart
     */
    public synchronized void commit(long watermark) throws IOException {
        if (watermark < 0) {
            throw new IllegalArgumentException("watermark must not be negative: " + watermark);
        }
        writer.setLiveCommitData(Map.of(
                SearchFields.COMMIT_WATERMARK, Long.toString(watermark),
                SearchFields.COMMIT_SCHEMA, Integer.toString(SearchFields.SCHEMA_VERSION)).entrySet());
        writer.commit();
        this.watermark = watermark;
    }

    /** The watermark of the last commit; 0 for a new index. */
    public long watermark() {
        return watermark;
    }

    /** Makes changes so far visible to searches; cheap when nothing changed. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Records visible to searches, all kinds, regardless of visibility (for health checks); passages not counted. */
    public int count() {
        return read(searcher -> searcher.count(new TermQuery(new Term(SearchFields.DOC_TYPE, SearchFields.RECORD))));
    }

    /** Records of one kind visible to searches, regardless of visibility (for health checks). */
    public int count(String kind) {
        return read(searcher -> searcher.count(new TermQuery(new Term(SearchFields.KIND, kind))));
    }

    /**
     * One page of hits with facet counts, restricted to what {@code viewer} may see.
     *
     * @throws InvalidQueryException with a French message for text that cannot be searched
     */
    public SearchResults search(SearchRequest request, Viewer viewer) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(viewer, "viewer");
        QueryExpansions current = expansions;
        return read(searcher -> FacetedSearch.run(
                searcher, ((KafoSearcher) searcher).facetState(), analyzer, current, request, viewer));
    }

    /** Up to {@code max} records like {@code id}, visible to {@code viewer}, without {@code id} itself. */
    public List<Hit> moreLikeThis(String id, Viewer viewer, int max) {
        Objects.requireNonNull(viewer, "viewer");
        return read(searcher -> SimilarDocuments.find(searcher, analyzer, id, viewer, max));
    }

    /** Up to {@code max} visible titles for what the user has typed so far. */
    public List<Suggestion> suggest(String prefix, Viewer viewer, int max) {
        Objects.requireNonNull(viewer, "viewer");
        return read(searcher -> TitleSuggester.suggest(searcher, analyzer, prefix, viewer, max));
    }

    /** Drops uncommitted changes (see the class comment) and releases the index files. */
    @Override
    public void close() throws IOException {
        IOUtils.close(searchers, writer, directory, analyzer);
        LOG.fine("Search index closed");
    }

    private <T> T read(SearcherCall<T> call) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return call.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Term rootTerm(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        return new Term(SearchFields.ROOT, id);
    }

    private static long committedWatermark(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(SearchFields.COMMIT_WATERMARK)) {
                    return Long.parseLong(entry.getValue());
                }
            }
        }
        return 0;
    }

    @FunctionalInterface
    private interface SearcherCall<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
