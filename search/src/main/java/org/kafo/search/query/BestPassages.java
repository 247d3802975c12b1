package org.kafo.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
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
        Map<String, float[]> top = new HashMap<>(); // root → {score, doc}
        searcher.search(new BooleanQuery.Builder().add(passages, Occur.MUST).add(ofThese, Occur.FILTER)
                .add(visible, Occur.FILTER).build(), new PerRoot(top, true));
        List<String> without = new ArrayList<>();
        for (String root : recordByRoot.keySet()) {
            if (!top.containsKey(root)) {
                without.add(root);
            }
        }
        if (!without.isEmpty()) { // the first passage: the lowest doc of the block
            Map<String, float[]> first = new HashMap<>();
            searcher.search(new BooleanQuery.Builder()
                    .add(new TermInSetQuery(SearchFields.ROOT, without.stream().map(BytesRef::new).toList()), Occur.FILTER)
                    .add(new TermQuery(new Term(SearchFields.DOC_TYPE, SearchFields.PASSAGE_DOC)), Occur.FILTER)
                    .add(visible, Occur.FILTER).build(), new PerRoot(first, false));
            first.forEach((root, hit) -> top.put(root, new float[] {0f, hit[1]}));
        }
        for (Map.Entry<String, float[]> hit : top.entrySet()) {
            int doc = (int) hit.getValue()[1];
            best.put(recordByRoot.get(hit.getKey()), new Best(doc, number(searcher, doc), hit.getValue()[0]));
        }
        return best;
    }

    /** The passage documents of these records' best passages, in the records' order. */
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

    /** Keeps, per record, the best-scoring passage (or, unscored, the first one): no queue of every match. */
    private static final class PerRoot extends SimpleCollector {
        private final Map<String, float[]> kept;
        private final boolean scored;
        private SortedDocValues roots;
        private Scorable scorer;
        private int docBase;

        PerRoot(Map<String, float[]> kept, boolean scored) {
            this.kept = kept;
            this.scored = scored;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            roots = context.reader().getSortedDocValues(SearchFields.ROOT);
            docBase = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (roots == null || !roots.advanceExact(doc)) {
                return;
            }
            String root = roots.lookupOrd(roots.ordValue()).utf8ToString();
            float score = scored ? scorer.score() : 0f;
            float[] known = kept.get(root);
            if (known == null || scored && score > known[0]) { // unscored: docs come in order, the first stays
                kept.put(root, new float[] {score, docBase + doc});
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
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
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues numbers = leaf.reader().getNumericDocValues(SearchFields.PASSAGE_NO);
        return numbers != null && numbers.advanceExact(doc - leaf.docBase) ? (int) numbers.longValue() : 0;
    }
}
