package org.kafo.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kafo.search.query.InvalidQueryException;
import org.kafo.search.query.SearchRequest;
import org.kafo.search.query.SearchResults;
import org.kafo.search.query.SearchResults.Hit;
import org.kafo.search.query.Viewer;
import org.kafo.search.schema.SearchDocument;
import org.kafo.search.schema.SearchFields;
import org.kafo.search.schema.Visibility;

class SearchIndexTest {

    @TempDir
    Path tmp;

    private static SearchDocument alert(String id, String title) {
        return SearchDocument.builder(id, "alert")
                .title(title)
                .body("Vol escorté attendu à l'aéroport de Bamako-Sénou.")
                .visibility(Visibility.PUBLIC)
                .link("/alertes/" + id)
                .build();
    }

    private static List<String> find(SearchIndex index, String text) {
        return index.search(SearchRequest.of(text), Viewer.anonymous()).hits().stream().map(Hit::id).toList();
    }

    @Test
    void a_new_index_is_created_in_a_missing_directory_with_watermark_zero() throws IOException {
        Path dir = tmp.resolve("data/index");
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(dir).isDirectory();
            assertThat(index.wasCreated()).isTrue();
            assertThat(index.watermark()).isZero();
            assertThat(index.count()).isZero();
            assertThat(index.search(SearchRequest.of("expulsés"), Viewer.anonymous()).totalHits()).isZero();
        }
    }

    @Test
    void an_empty_index_still_refuses_an_empty_search() throws IOException {
        try (SearchIndex index = SearchIndex.open(tmp)) {
            assertThatThrownBy(() -> index.search(SearchRequest.of(" "), Viewer.anonymous()))
                    .isInstanceOf(InvalidQueryException.class);
        }
    }

    @Test
    void upserting_the_same_id_twice_keeps_one_record_the_latest() throws IOException {
        try (SearchIndex index = SearchIndex.open(tmp)) {
            index.upsert(alert("alert:1", "Refoulement depuis l'Algérie"));
            index.upsert(alert("alert:1", "Expulsion depuis la Libye"));
            index.upsert(alert("alert:1", "Expulsion depuis la Libye"));
            index.refresh();
            assertThat(index.count()).isEqualTo(1);
            assertThat(find(index, "Libye")).containsExactly("alert:1");
            assertThat(find(index, "Algérie")).isEmpty();
        }
    }

    @Test
    void changes_become_searchable_on_refresh_without_a_commit() throws IOException {
        try (SearchIndex index = SearchIndex.open(tmp)) {
            index.upsert(alert("alert:1", "Expulsion depuis la Libye"));
            assertThat(find(index, "Libye")).isEmpty();
            index.refresh();
            assertThat(find(index, "Libye")).containsExactly("alert:1");
        }
    }

    @Test
    void delete_removes_one_record_and_ignores_unknown_ids() throws IOException {
        try (SearchIndex index = SearchIndex.open(tmp)) {
            index.upsert(alert("alert:1", "Expulsion depuis la Libye"));
            index.upsert(alert("alert:2", "Expulsion depuis la Libye"));
            index.delete("alert:1");
            index.delete("alert:unknown");
            index.refresh();
            assertThat(find(index, "Libye")).containsExactly("alert:2");
        }
    }

    @Test
    void delete_all_empties_the_index_for_a_rebuild() throws IOException {
        try (SearchIndex index = SearchIndex.open(tmp)) {
            index.upsert(alert("alert:1", "Expulsion depuis la Libye"));
            index.upsert(alert("alert:2", "Refoulement"));
            index.commit(7);
            index.deleteAll();
            index.refresh();
            assertThat(index.count()).isZero();
            assertThat(find(index, "Libye")).isEmpty();
            index.upsert(alert("alert:3", "Rapatriement depuis la Libye"));
            index.refresh();
            assertThat(find(index, "Libye")).containsExactly("alert:3");
        }
    }

    @Test
    void count_by_kind() throws IOException {
        try (SearchIndex index = SearchIndex.open(tmp)) {
            index.upsert(alert("alert:1", "a"));
            index.upsert(alert("alert:2", "b"));
            index.upsert(SearchDocument.builder("actor:1", "actor").title("AME").build());
            index.refresh();
            assertThat(index.count("alert")).isEqualTo(2);
            assertThat(index.count("actor")).isEqualTo(1);
            assertThat(index.count("event")).isZero();
            assertThat(index.count()).isEqualTo(3);
        }
    }

    @Test
    void the_watermark_and_the_records_survive_close_and_reopen() throws IOException {
        try (SearchIndex index = SearchIndex.open(tmp)) {
            index.upsert(alert("alert:1", "Expulsion depuis la Libye"));
            index.commit(42);
            assertThat(index.watermark()).isEqualTo(42);
        }
        try (SearchIndex index = SearchIndex.open(tmp)) {
            assertThat(index.wasCreated()).isFalse();
            assertThat(index.watermark()).isEqualTo(42);
            assertThat(find(index, "Libye")).containsExactly("alert:1");
        }
    }

    @Test
    void changes_after_the_last_commit_are_dropped_on_close_for_the_outbox_to_replay() throws IOException {
        try (SearchIndex index = SearchIndex.open(tmp)) {
            index.upsert(alert("alert:1", "Expulsion depuis la Libye"));
            index.commit(1);
            index.upsert(alert("alert:2", "Expulsion depuis la Libye"));
        }
        try (SearchIndex index = SearchIndex.open(tmp)) {
            assertThat(index.watermark()).isEqualTo(1);
            assertThat(find(index, "Libye")).containsExactly("alert:1");
        }
    }

    @Test
    void an_index_never_committed_must_be_rebuilt_again() throws IOException {
        try (SearchIndex index = SearchIndex.open(tmp)) {
            index.upsert(alert("alert:1", "Expulsion"));
        }
        try (SearchIndex index = SearchIndex.open(tmp)) {
            assertThat(index.wasCreated()).isTrue();
        }
    }

    @Test
    void an_index_of_another_schema_version_is_wiped_and_reported_as_created() throws IOException {
        try (Directory directory = FSDirectory.open(tmp);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document old = new Document();
            old.add(new StringField(SearchFields.ID, "alert:old", Field.Store.YES));
            writer.addDocument(old);
            writer.setLiveCommitData(Map.of(SearchFields.COMMIT_SCHEMA, "0", SearchFields.COMMIT_WATERMARK, "99")
                    .entrySet());
            writer.commit();
        }
        try (SearchIndex index = SearchIndex.open(tmp)) {
            assertThat(index.wasCreated()).isTrue();
            assertThat(index.watermark()).isZero();
            assertThat(index.count()).isZero();
        }
    }

    @Test
    void a_corrupt_index_is_wiped_and_reported_as_created() throws IOException {
        try (SearchIndex index = SearchIndex.open(tmp)) {
            index.upsert(alert("alert:1", "Expulsion depuis la Libye"));
            index.commit(3);
        }
        try (Stream<Path> files = Files.list(tmp)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.writeString(file, "pas un index");
            }
        }
        try (SearchIndex index = SearchIndex.open(tmp)) {
            assertThat(index.wasCreated()).isTrue();
            assertThat(index.watermark()).isZero();
            index.upsert(alert("alert:2", "Expulsion depuis la Libye"));
            index.refresh();
            assertThat(find(index, "Libye")).containsExactly("alert:2");
        }
    }

    @Test
    void a_directory_in_use_is_neither_opened_twice_nor_wiped() throws IOException {
        try (SearchIndex first = SearchIndex.open(tmp)) {
            first.upsert(alert("alert:1", "Expulsion depuis la Libye"));
            assertThatThrownBy(() -> SearchIndex.open(tmp)).isInstanceOf(LockObtainFailedException.class);
            first.commit(1);
            assertThatThrownBy(() -> SearchIndex.open(tmp)).isInstanceOf(LockObtainFailedException.class);
            first.refresh();
            assertThat(find(first, "Libye")).containsExactly("alert:1");
        }
        try (SearchIndex again = SearchIndex.open(tmp)) {
            assertThat(again.watermark()).isEqualTo(1);
        }
    }

    @Test
    void searches_run_concurrently_with_writes_and_refreshes() throws Exception {
        int records = 200;
        try (SearchIndex index = SearchIndex.open(tmp)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            AtomicBoolean writing = new AtomicBoolean(true);
            try {
                List<Future<Integer>> readers = new ArrayList<>();
                for (int r = 0; r < 3; r++) {
                    readers.add(pool.submit(() -> {
                        int searches = 0;
                        while (writing.get()) {
                            SearchResults results = index.search(SearchRequest.of("libye"), Viewer.anonymous());
                            assertThat(results.hits().size()).isLessThanOrEqualTo(SearchRequest.DEFAULT_PAGE_SIZE);
                            searches++;
                        }
                        return searches;
                    }));
                }
                Future<?> writer = pool.submit(() -> {
                    for (int i = 0; i < records; i++) {
                        index.upsert(alert("alert:" + i, "Expulsion depuis la Libye " + i));
                        if (i % 20 == 0) {
                            index.refresh();
                        }
                    }
                    index.refresh();
                    return null;
                });
                writer.get(60, TimeUnit.SECONDS);
                writing.set(false);
                for (Future<Integer> reader : readers) {
                    assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
                }
            } finally {
                writing.set(false);
                pool.shutdownNow();
            }
            assertThat(index.search(SearchRequest.of("libye"), Viewer.anonymous()).totalHits()).isEqualTo(records);
        }
    }
}
