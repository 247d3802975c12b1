package org.kafo.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.kafo.search.schema.SearchFields;

/**
 * For each of a few records, the passage of its body that best matches the query: the one that holds the most typed
 * words, closest together (see {@link QueryPlan#passages()}). Only the visible records' own passages are looked at;
 * a record none of whose passages matches gets its first one.
 */
final class BestPassages {

    /** More matching passages than this for a page of records is not worth reading. */
    private static final int MAX_MATCHES = 10_000;

    /** A record's best passage: its Lucene doc, its number in the record and its score (0 when none matched). */
    record Best(int doc, int number, float score) {
    }

    private BestPassages() {
    }

    /** The best passage of each record doc that has one, by record doc. */
    static Map<Integer, Best> of(IndexSearcher searcher, Query passages, Query visible, ScoreDoc[] records) throws IOException {
        Map<String, Integer> recordByRoot = new HashMap<>();
        for (ScoreDoc record : records) {
            String root = root(searcher, record.doc);
            if (root != null) {
                recordByRoot.put(root, record.doc);
            }
        }
        Map<Integer, Best> best = new HashMap<>();
        if (recordByRoot.isEmpty()) {
            return best;
        }
        Query ofThese = new TermInSetQuery(SearchFields.ROOT, recordByRoot.keySet().stream().map(BytesRef::new).toList());
        Query matching = new BooleanQuery.Builder().add(passages, Occur.MUST).add(ofThese, Occur.FILTER)
                .add(visible, Occur.FILTER).build();
        for (ScoreDoc hit : searcher.search(matching, MAX_MATCHES).scoreDocs) { // best first: the first of each record wins
            Integer record = recordByRoot.get(root(searcher, hit.doc));
            if (record != null && !best.containsKey(record)) {
                best.put(record, new Best(hit.doc, number(searcher, hit.doc), hit.score));
            }
        }
        Set<String> without = new LinkedHashSet<>();
        recordByRoot.forEach((root, record) -> {
            if (!best.containsKey(record)) {
                without.add(root);
            }
        });
        if (!without.isEmpty()) { // the first passage: the block's lowest doc
            Query first = new BooleanQuery.Builder()
                    .add(new TermInSetQuery(SearchFields.ROOT, without.stream().map(BytesRef::new).toList()), Occur.FILTER)
                    .add(new TermQuery(new Term(SearchFields.DOC_TYPE, SearchFields.PASSAGE_DOC)), Occur.FILTER)
                    .add(visible, Occur.FILTER).build();
            for (ScoreDoc hit : searcher.search(first, MAX_MATCHES, Sort.INDEXORDER).scoreDocs) {
                Integer record = recordByRoot.get(root(searcher, hit.doc));
                if (record != null && !best.containsKey(record)) {
                    best.put(record, new Best(hit.doc, number(searcher, hit.doc), 0f));
                }
            }
        }
        return best;
    }

    /** The passage documents of these records' best passages, in order, and the records without passage apart. */
    static List<Integer> docs(ScoreDoc[] records, Map<Integer, Best> best) {
        List<Integer> docs = new ArrayList<>();
        for (ScoreDoc record : records) {
            Best passage = best.get(record.doc);
            if (passage != null) {
                docs.add(passage.doc());
            }
        }
        return docs;
    }

    private static String root(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues roots = leaf.reader().getSortedDocValues(SearchFields.ROOT);
        if (roots == null || !roots.advanceExact(doc - leaf.docBase)) {
            return null;
        }
        return roots.lookupOrd(roots.ordValue()).utf8ToString();
    }

    private static int number(IndexSearcher searcher, int doc) throws IOException {
        var field = searcher.storedFields().document(doc, Set.of(SearchFields.PASSAGE_NO)).getField(SearchFields.PASSAGE_NO);
        return field == null ? 0 : field.numericValue().intValue();
    }
}
