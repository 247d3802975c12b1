package org.kafo.search.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
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

    /**
     * One snippet per passage document, in the same order; never null. The passage is already the one that best
     * matches: the snippet marks the words of the query that it holds, each word alone (no phrase or proximity
     * bookkeeping), and a prefix ("expul*") as the words it stands for in the index (up to {@link #PREFIX_TERMS}), so
     * that the highlighter reads offsets from the postings instead of analyzing each passage again.
     */
    static String[] ofPassages(IndexSearcher searcher, Analyzer analyzer, Query query, int[] passageDocIds) throws IOException {
        return highlight(searcher, analyzer, words(query, searcher.getIndexReader()), passageDocIds, SearchFields.PASSAGE);
    }

    /** Words a prefix is marked as, at most: the snippet of a page of hits never needs more. */
    static final int PREFIX_TERMS = 64;
    private static final int MAX_WORDS = 512;

    /** Every word the query looks for in the passages (not those it excludes), prefixes as the index's words. */
    static Query words(Query query, IndexReader reader) throws IOException {
        Set<Term> words = new LinkedHashSet<>();
        List<PrefixQuery> prefixes = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                words.addAll(Arrays.asList(terms));
            }

            @Override
            public void visitLeaf(Query q) {
                if (q instanceof PrefixQuery prefix) {
                    prefixes.add(prefix);
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                if (q instanceof PrefixQuery prefix) {
                    prefixes.add(prefix);
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        for (PrefixQuery prefix : prefixes) {
            Terms terms = MultiTerms.getTerms(reader, prefix.getField());
            if (terms == null) {
                continue;
            }
            TermsEnum each = terms.iterator();
            BytesRef start = prefix.getPrefix().bytes();
            if (each.seekCeil(start) != TermsEnum.SeekStatus.END) {
                int count = 0;
                for (BytesRef term = each.term(); term != null && StringHelper.startsWith(term, start) && count < PREFIX_TERMS;
                        term = each.next(), count++) {
                    words.add(new Term(prefix.getField(), BytesRef.deepCopyOf(term)));
                }
            }
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        words.stream().filter(t -> t.field().equals(SearchFields.PASSAGE)).limit(MAX_WORDS)
                .forEach(t -> any.add(new TermQuery(t), Occur.SHOULD));
        return any.build();
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
