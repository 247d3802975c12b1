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
 * Body snippets as HTML: the text escaped, the matched words in {@code <mark>}. Offsets come from
 * the postings of the body field, so nothing is re-analyzed. A body without a match gives its
 * beginning.
 */
final class Snippets {

    /** About a phone screen line or two per passage. */
    private static final int PASSAGE_LENGTH = 120;
    private static final int MAX_PASSAGES = 2;
    /** Bodies may be 1 MB; matches deep inside must still be found (the default stops at 10,000). */
    private static final int MAX_BODY_LENGTH = 4 * 1024 * 1024;

    private Snippets() {
    }

    /** One snippet per doc id, in the same order; never null. */
    static String[] forDocs(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds)
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
                // the query's words are in the field holding title, tags and body: mark them in the body
                .withFieldMatcher(field -> field.equals(SearchFields.TEXT) || field.equals(SearchFields.BODY))
                .build();
        int[] maxPassages = {MAX_PASSAGES};
        String[] snippets = highlighter
                .highlightFields(new String[] {SearchFields.BODY}, query, docIds, maxPassages)
                .get(SearchFields.BODY);
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = snippets[i] == null ? "" : snippets[i].strip();
        }
        return snippets;
    }
}
