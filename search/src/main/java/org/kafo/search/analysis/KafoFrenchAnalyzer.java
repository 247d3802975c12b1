package org.kafo.search.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The French analyzer of the portal, used at index time and at query time.
 *
 * <p>Chain: standard tokenizer → elision ({@code l'aéroport}, {@code l’AME}: straight and curly
 * apostrophes) → lower case → ASCII folding → French stop words (folded too) → protected
 * acronyms → light French stemming.
 *
 * <p>Folding comes <em>before</em> stop words and stemming on purpose: people type on phones
 * without accents, so "expulses" and "expulsés", "ete" and "été" must reach the stop filter and
 * the stemmer as the same characters, otherwise an unaccented query word would miss (or, for a stop
 * word, be required while the accented form was dropped at index time).
 *
 * <p>Acronyms of the network's actors are marked as keywords so the stemmer leaves them alone and
 * they match exactly ("OIM", "CIGEM", "TOKTEN" …). They are lower-cased like everything else:
 * users type "oim" as often as "OIM".
 *
 * <p>One field is analyzed apart, {@link #SURFACE_FIELD}: the words as written (folded), for the spell checker.
 */
public final class KafoFrenchAnalyzer extends Analyzer {

    /**
     * Acronyms of the network's actors, lower case and folded. Most already survive the light
     * stemmer, but marking them keeps them exact whatever the stemmer's rules become (UNHCR, for
     * one, would lose its final letter).
     */
    public static final List<String> DEFAULT_PROTECTED_WORDS = List.of(
            "oim", "cigem", "ponam", "tokten", "ame", "hcr", "unhcr", "aracem", "amdh", "ljdh",
            "resf", "apdha", "ofii", "hcme", "dgme", "mme", "msf", "mdm", "cedeao");

    private static final CharArraySet STOP_WORDS = foldAll(FrenchAnalyzer.getDefaultStopSet());

    private final CharArraySet protectedWords;

    public KafoFrenchAnalyzer() {
        this(List.of());
    }

    /** @param extraProtectedWords acronyms to protect in addition to {@link #DEFAULT_PROTECTED_WORDS} */
    public KafoFrenchAnalyzer(Collection<String> extraProtectedWords) {
        super(PER_FIELD_REUSE_STRATEGY); // the surface field has a chain of its own: components are kept per field
        List<String> all = new ArrayList<>(DEFAULT_PROTECTED_WORDS);
        extraProtectedWords.forEach(word -> all.add(fold(word)));
        this.protectedWords = CharArraySet.unmodifiableSet(new CharArraySet(all, false));
    }

    /** Whether a lower-case, folded word is a protected acronym, which is only ever matched whole. */
    public boolean isProtected(String word) {
        return protectedWords.contains(word);
    }

    /** The stop words, folded as the chain sees them. */
    public static CharArraySet stopWords() {
        return STOP_WORDS;
    }

    /**
     * The field whose words are kept as written, only lower-cased and folded (no stop words, no stemming): the
     * spell checker proposes these forms ("libye"), which a person can read, not stems ("liby").
     */
    public static final String SURFACE_FIELD = "words";

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        if (SURFACE_FIELD.equals(fieldName)) {
            TokenStream words = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(words)));
        }
        TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new SetKeywordMarkerFilter(stream, protectedWords);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** Used for prefix terms, which are not stemmed: only the character-level steps apply. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** A gap so that a phrase cannot match across two values of a multi-valued field. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }

    /** Lower case and ASCII folding of a whole string, as the chain does for one token. */
    public static String fold(String text) {
        char[] in = text.toLowerCase(Locale.ROOT).toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }

    private static CharArraySet foldAll(CharArraySet words) {
        List<String> folded = new ArrayList<>();
        for (Object word : words) {
            folded.add(fold(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(folded, false));
    }
}
