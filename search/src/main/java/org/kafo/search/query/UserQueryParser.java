package org.kafo.search.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.kafo.search.analysis.KafoFrenchAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
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

    /** A title match weighs three body matches; a theme or organisation two. */
    static final Map<String, Float> WEIGHTS = weights();

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
        Query query = new FrenchSimpleQueryParser(analyzer, WEIGHTS).parse(prepared);
        if (!hasWordToFind(query)) {
            throw new InvalidQueryException(QueryText.hasExclusion(prepared) ? ONLY_EXCLUSIONS : ONLY_COMMON_WORDS);
        }
        return query;
    }

    /** False for a query that is only exclusions, or whose words were all stop words. */
    private static boolean hasWordToFind(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                found[0] |= terms.length > 0;
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private static Map<String, Float> weights() {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put(SearchFields.TITLE, 3f);
        weights.put(SearchFields.TAGS, 2f);
        weights.put(SearchFields.BODY, 1f);
        return Collections.unmodifiableMap(weights);
    }
}
