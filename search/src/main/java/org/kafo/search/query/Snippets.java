package org.kafo.search.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.kafo.search.schema.SearchFields;

/**
 * Snippets as HTML: the text escaped, the matched words in {@code <mark>}. For a search hit, the best sentences of the
 * passage that best matches ({@link BestPassages}), offsets from that passage's postings; for "documents like this
 * one", the best sentences of the body. A text without a match gives its beginning.
 */
final class Snippets {

    /** About a phone screen line or two per sentence kept. */
    private static final int PASSAGE_LENGTH = 160;
    private static final int MAX_PASSAGES = 2;
    /** Bodies may be 1 MB; matches deep inside must still be found (the default stops at 10,000). */
    private static final int MAX_BODY_LENGTH = 4 * 1024 * 1024;

    private Snippets() {
    }

    /** One snippet per passage document, in the same order; never null. */
    static String[] ofPassages(IndexSearcher searcher, Analyzer analyzer, Query query, int[] passageDocIds) throws IOException {
        return highlight(searcher, analyzer, query, passageDocIds, SearchFields.PASSAGE);
    }

    /** One snippet per record, from its body, in the same order; never null. */
    static String[] ofBodies(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds) throws IOException {
        return highlight(searcher, analyzer, query, docIds, SearchFields.BODY);
    }

    private static String[] highlight(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds, String field)
            throws IOException {
        if (docIds.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.FRENCH), PASSAGE_LENGTH, 0.5f))
                .withMaxLength(MAX_BODY_LENGTH)
                .withMaxNoHighlightPassages(1)
                // the query's words may be in the field holding title, tags and body: mark them in this one
                .withFieldMatcher(f -> f.equals(field) || f.equals(SearchFields.TEXT) || f.equals(SearchFields.BODY)
                        || f.equals(SearchFields.TITLE))
                .build();
        String[] snippets = highlighter.highlightFields(new String[] {field}, query, docIds, new int[] {MAX_PASSAGES}).get(field);
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = snippets[i] == null ? "" : snippets[i].strip();
        }
        return snippets;
    }
}
