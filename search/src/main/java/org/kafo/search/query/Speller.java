package org.kafo.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.kafo.search.analysis.KafoFrenchAnalyzer;
import org.kafo.search.schema.SearchFields;

/**
 * Spellings the index holds for a word it does not ("lybie" → "libye"), from Lucene's {@link DirectSpellChecker} over
 * the words of the records as written ({@link SearchFields#WORDS}). The edit distance allowed grows with the word:
 * none under {@value #MIN_LENGTH} letters, one for four letters, two from five.
 *
 * <p>Only words the viewer may see are ever proposed: each candidate must occur in a record the viewer may see, and
 * candidates are ranked by how many such records hold them, never by what the index holds beyond. A word that exists
 * only in records the viewer may not see is neither proposed nor treated differently from a word that exists nowhere
 * (the check is the same for both).
 */
final class Speller {

    static final int MIN_LENGTH = 4;
    /** Candidates the spell checker is asked for; the visible ones among them are kept. */
    private static final int CANDIDATES = 8;
    /** Spellings kept for a word: the query looks for all of them, the suggestion shows the first. */
    static final int KEPT = 2;
    /** Visible records counted per candidate before the count stops: beyond, two spellings are equally common. */
    private static final int COUNT_BOUND = 1000;

    private Speller() {
    }

    /** Edit distance allowed for a word of this length. */
    static int maxEdits(int length) {
        return length < MIN_LENGTH ? 0 : length == MIN_LENGTH ? 1 : 2;
    }

    /** Up to {@link #KEPT} visible spellings for a word, the closest and most common first; none for a short word. */
    static List<String> corrections(IndexSearcher searcher, String typed, Query visible) throws IOException {
        String word = KafoFrenchAnalyzer.fold(typed.replace('\u2019', '\''));
        int apostrophe = word.lastIndexOf('\'');
        word = word.substring(apostrophe + 1); // l'aeroprt: aeroprt
        if (!word.matches("\\p{L}+") || maxEdits(word.length()) == 0) {
            return List.of();
        }
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits(word.length()));
        checker.setMinQueryLength(MIN_LENGTH);
        checker.setMinPrefix(0); // "ibye" may lose its first letter as much as any other
        checker.setAccuracy(0.5f);
        checker.setDistance(new LuceneLevenshteinDistance()); // a transposition ("migarnts") is one edit
        // ALWAYS: the same answer whether the word exists only in records the viewer may not see or nowhere at all
        SuggestWord[] suggestions = checker.suggestSimilar(new Term(SearchFields.WORDS, word), CANDIDATES,
                searcher.getIndexReader(), SuggestMode.SUGGEST_ALWAYS);
        List<Candidate> visibleOnes = new ArrayList<>();
        for (SuggestWord suggestion : suggestions) {
            if (suggestion.string.equals(word)) {
                continue;
            }
            // visible records holding it, counted up to a bound: enough to rank two spellings, cheap for common words
            int records = (int) searcher.search(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(SearchFields.WORDS, suggestion.string)), Occur.FILTER)
                    .add(visible, Occur.FILTER).build(), new TopScoreDocCollectorManager(1, null, COUNT_BOUND, false))
                    .totalHits.value;
            if (records > 0) {
                visibleOnes.add(new Candidate(suggestion.string, suggestion.score, records));
            }
        }
        visibleOnes.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::records).reversed()));
        return visibleOnes.stream().limit(KEPT).map(Candidate::word).toList();
    }

    private record Candidate(String word, float similarity, int records) {
    }
}
