package org.kafo.search.query;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.kafo.search.analysis.KafoFrenchAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.kafo.search.schema.SearchFields;

/**
 * Turns what a person typed into a Lucene query, or an {@link InvalidQueryException} with a French
 * message. Never lets a parse error escape.
 *
 * <p>The language, for people in a hurry on a phone:
 * <ul>
 *   <li>words are ANDed: {@code expulsés libye};</li>
 *   <li>{@code "migrants de retour"} is a phrase (« guillemets » and “curly quotes” work too);</li>
 *   <li>the last word is also a prefix, so results come while typing: {@code expul} finds
 *       "expulsés"; {@code word*} makes any word a prefix;</li>
 *   <li>{@code OU}/{@code OR} or {@code |} between two words accepts either; {@code -word} excludes;
 *       parentheses group: {@code tokten (cigem OU oim)};</li>
 *   <li>lenient: a quote or parenthesis without its partner is ignored, as if it were a space.</li>
 * </ul>
 * Operators apply left to right ({@code a b OU c} is {@code (a b) OU c}); parentheses change that.
 */
public final class UserQueryParser {

    public static final int MAX_LENGTH = 500;

    public static final String EMPTY = "Saisissez au moins un mot à rechercher.";
    public static final String TOO_LONG =
            "Votre recherche est trop longue : " + MAX_LENGTH + " caractères au maximum.";
    public static final String ONLY_EXCLUSIONS =
            "Indiquez au moins un mot à rechercher en plus des mots exclus par « - ».";
    public static final String ONLY_COMMON_WORDS =
            "Ces mots sont trop courants pour être recherchés (le, la, de…) : ajoutez un mot plus précis.";

    /** Words are matched and scored in the one field that holds title, tags and body. */
    static final Map<String, Float> MATCHED_IN = Map.of(SearchFields.TEXT, 1f);

    /** A word found in the title counts this much more, on top of its score in the whole text. */
    static final float TITLE_BOOST = 2f;

    private final KafoFrenchAnalyzer analyzer;

    public UserQueryParser(KafoFrenchAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** @throws InvalidQueryException with a French message when there is nothing to search for */
    public Query parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidQueryException(EMPTY);
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new InvalidQueryException(TOO_LONG);
        }
        String prepared = QueryText.prepare(text);
        Query query = new FrenchSimpleQueryParser(analyzer, MATCHED_IN).parse(prepared);
        Set<Term> wanted = wantedTerms(query);
        if (wanted.isEmpty() && !hasPrefix(query)) {
            throw new InvalidQueryException(QueryText.hasExclusion(prepared) ? ONLY_EXCLUSIONS : ONLY_COMMON_WORDS);
        }
        return withTitleBoost(query, wanted);
    }

    /**
     * The query as parsed decides what matches; the words also found in the title add to the score, so that
     * a record named after what one looks for comes first.
     */
    private static Query withTitleBoost(Query query, Set<Term> wanted) {
        if (wanted.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder inTitle = new BooleanQuery.Builder();
        for (Term term : wanted) {
            inTitle.add(new TermQuery(new Term(SearchFields.TITLE, term.bytes())), Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new BoostQuery(inTitle.build(), TITLE_BOOST), Occur.SHOULD)
                .build();
    }

    /** The whole words the query looks for, not those it excludes; empty if it has only exclusions or stop words. */
    private static Set<Term> wantedTerms(Query query) {
        Set<Term> terms = new LinkedHashSet<>();
        query.visit(new Wanted() {
            @Override
            public void consumeTerms(Query query, Term... found) {
                terms.addAll(Arrays.asList(found));
            }
        });
        return terms;
    }

    /** Whether a word is looked for as a prefix only ("expul" matches no whole word but starts many). */
    private static boolean hasPrefix(Query query) {
        boolean[] found = {false};
        query.visit(new Wanted() {
            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** Visits what a query looks for, skipping what it excludes. */
    private abstract static class Wanted extends QueryVisitor {
        @Override
        public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }
    }
}
