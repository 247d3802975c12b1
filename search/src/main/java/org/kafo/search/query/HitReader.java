package org.kafo.search.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.kafo.search.query.SearchResults.Hit;
import org.kafo.search.schema.SearchFields;

/** Turns score docs into {@link Hit}s: stored fields (never the body) plus a snippet. */
final class HitReader {

    private static final Set<String> HIT_FIELDS = Set.of(
            SearchFields.ID, SearchFields.KIND, SearchFields.TITLE, SearchFields.LINK,
            SearchFields.DATE, SearchFields.YEAR);

    private HitReader() {
    }

    /**
     * @param snippets one per doc, in order
     * @param passages the passage number each snippet comes from, {@code null} where none
     */
    static List<Hit> read(IndexSearcher searcher, ScoreDoc[] page, String[] snippets, Integer[] passages) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(page[i].doc, HIT_FIELDS);
            hits.add(new Hit(
                    doc.get(SearchFields.ID),
                    doc.get(SearchFields.KIND),
                    doc.get(SearchFields.TITLE),
                    snippets[i],
                    doc.get(SearchFields.LINK),
                    date(doc.get(SearchFields.DATE)),
                    year(doc.getField(SearchFields.YEAR)),
                    Float.isNaN(page[i].score) ? 0f : page[i].score,
                    passages[i]));
        }
        return hits;
    }

    static int[] docIds(ScoreDoc[] page) {
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        return docIds;
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Integer year(IndexableField field) {
        return field == null ? null : field.numericValue().intValue();
    }
}
