package org.kafo.search.expansion;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.kafo.search.analysis.KafoFrenchAnalyzer;

/**
 * The words a question is made of that no answer holds. French question words ("combien", "quand", "comment") are
 * never required, only counted when a text happens to hold them; the function words of English and Spanish ("the",
 * "how", "los", "cuántos") are left out of a query altogether, since the French documents never hold them (and
 * "the" would find "thé"). The French function words are the analyzer's own stop words.
 */
public final class FunctionWords {

    /** French question words that the analyzer's stop list does not have ("quel", "qui", "où" are in it already). */
    private static final Set<String> FRENCH_QUESTION = Set.of("combien", "quand", "comment", "pourquoi", "lequel",
            "laquelle", "lesquels", "lesquelles", "quoi", "est-ce");

    private static final List<String> ENGLISH_MORE = List.of("how", "many", "much", "what", "when", "where", "which",
            "who", "whom", "whose", "why", "do", "does", "did", "done", "was", "were", "has", "have", "had", "been", "being",
            "am", "can", "could", "should", "would", "may", "might", "must", "shall", "from", "about", "after", "before",
            "our", "my", "your", "his", "her", "its", "we", "you", "i", "me", "us", "them", "any", "some", "all", "than",
            "so", "up", "out", "over", "also", "very", "there", "here", "s");

    private static final List<String> SPANISH_MORE = List.of("cuanto", "cuantos", "cuanta", "cuantas", "cuando", "donde",
            "como", "que", "quien", "quienes", "cual", "cuales", "por", "porque", "fue", "fueron", "son", "es", "ha", "han",
            "hay", "sido", "creada", "creado");

    private static final Set<String> FOREIGN = foreign();

    private FunctionWords() {
    }

    /** A French question word: never required, counted if present. */
    public static boolean isQuestionWord(String word) {
        return FRENCH_QUESTION.contains(KafoFrenchAnalyzer.fold(word));
    }

    /** An English or Spanish function word, which French documents never hold (unless it is a French word too). */
    public static boolean isForeign(String word) {
        return FOREIGN.contains(KafoFrenchAnalyzer.fold(word));
    }

    private static Set<String> foreign() {
        Set<String> words = new HashSet<>();
        addAll(words, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        addAll(words, SpanishAnalyzer.getDefaultStopSet());
        ENGLISH_MORE.forEach(w -> words.add(KafoFrenchAnalyzer.fold(w)));
        SPANISH_MORE.forEach(w -> words.add(KafoFrenchAnalyzer.fold(w)));
        // French words that these lists hold too: they stay ordinary words (or the analyzer's stop words)
        words.removeAll(Set.of("entre", "contre", "mis", "sobre", "os", "las", "su", "mi", "an", "as"));
        return Set.copyOf(words);
    }

    private static void addAll(Set<String> words, CharArraySet set) {
        for (Object word : set) {
            words.add(KafoFrenchAnalyzer.fold(new String((char[]) word)));
        }
    }
}
