package org.kafo.search.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.kafo.search.analysis.KafoFrenchAnalyzer;
import org.kafo.search.expansion.QueryExpansions;
import org.kafo.search.schema.SearchFields;

/**
 * Turns what a person typed into a {@link QueryPlan}, or an {@link InvalidQueryException} with a French
 * message. Never lets a parse error escape.
 *
 * <p>The language, for people in a hurry on a phone:
 * <ul>
 *   <li>words are ANDed: {@code expulsés libye} (when no record holds them all, the search relaxes: see
 *       {@link FacetedSearch});</li>
 *   <li>a question is fine: its question words ("combien", "quand", "how", "cuántos") are not required;</li>
 *   <li>{@code "migrants de retour"} is a phrase (« guillemets » and “curly quotes” work too);</li>
 *   <li>the last word is also a prefix, so results come while typing: {@code expul} finds
 *       "expulsés"; {@code word*} makes any word a prefix;</li>
 *   <li>{@code OU}/{@code OR} or {@code |} between two words accepts either; {@code -word} excludes;
 *       parentheses group: {@code tokten (cigem OU oim)};</li>
 *   <li>a place in any of its spellings finds the others; an English or Spanish word finds its French
 *       equivalents ({@link QueryExpansions});</li>
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
    /** Passages are matched in their own field. */
    static final Map<String, Float> PASSAGE_IN = Map.of(SearchFields.PASSAGE, 1f);

    /** A word found in the title counts this much more, on top of its score in the whole text. */
    static final float TITLE_BOOST = 2f;

    private final KafoFrenchAnalyzer analyzer;
    private final QueryExpansions expansions;

    public UserQueryParser(KafoFrenchAnalyzer analyzer) {
        this(analyzer, QueryExpansions.none());
    }

    public UserQueryParser(KafoFrenchAnalyzer analyzer, QueryExpansions expansions) {
        this.analyzer = analyzer;
        this.expansions = expansions;
    }

    /** The query that requires every typed word. @throws InvalidQueryException when there is nothing to search for */
    public Query parse(String text) {
        return plan(text).strict();
    }

    /** @throws InvalidQueryException with a French message when there is nothing to search for */
    QueryPlan plan(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidQueryException("search.query.empty", EMPTY);
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new InvalidQueryException("search.query.tooLong", TOO_LONG, MAX_LENGTH);
        }
        QueryPlan plan = plan(text, true);
        // a query of question or foreign words alone ("comment", "how") is searched as typed
        return plan.units().isEmpty() ? plan(text, false) : plan;
    }

    private QueryPlan plan(String text, boolean sentence) {
        QueryText.Prepared prepared = QueryText.prepare(text, expansions, sentence);
        FrenchSimpleQueryParser textParser = new FrenchSimpleQueryParser(analyzer, MATCHED_IN, expansions);
        FrenchSimpleQueryParser passageParser = new FrenchSimpleQueryParser(analyzer, PASSAGE_IN, expansions);
        Query textQuery = textParser.parse(prepared.text());
        Query passageQuery = passageParser.parse(prepared.text());
        Set<Term> wanted = wantedTerms(textQuery);
        if (wanted.isEmpty() && !hasPrefix(textQuery)) {
            if (sentence && !prepared.optional().isEmpty()) {
                return plan(text, false);
            }
            throw QueryText.hasExclusion(prepared.text()) ? new InvalidQueryException("search.query.onlyExclusions", ONLY_EXCLUSIONS)
                    : new InvalidQueryException("search.query.onlyCommonWords", ONLY_COMMON_WORDS);
        }
        List<Query> textUnits = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        decompose(textQuery, textParser, textUnits, excluded);
        List<Query> passageUnits = new ArrayList<>();
        decompose(passageQuery, passageParser, passageUnits, new ArrayList<>());
        List<QueryPlan.Unit> units = new ArrayList<>();
        for (int i = 0; i < textUnits.size(); i++) {
            Query passage = passageUnits.size() == textUnits.size() ? passageUnits.get(i) : passageQuery;
            units.add(new QueryPlan.Unit(textParser.wordOf(textUnits.get(i)), textUnits.get(i), passage));
        }
        List<Query> optionalText = new ArrayList<>();
        List<Query> optionalPassage = new ArrayList<>();
        for (String word : prepared.optional()) {
            addIfAny(optionalText, textParser.word(word));
            addIfAny(optionalPassage, passageParser.word(word));
        }
        return new QueryPlan(text, units, excluded, optionalText, optionalPassage, textParser.applied(), textParser,
                passageParser);
    }

    private static void addIfAny(List<Query> queries, Query query) {
        if (query != null && !(query instanceof MatchNoDocsQuery)) {
            queries.add(query);
        }
    }

    /**
     * The units of a query: the clauses of a top-level conjunction, or the query itself (a typed word standing alone,
     * a disjunction); top-level exclusions apart.
     */
    private static void decompose(Query query, FrenchSimpleQueryParser parser, List<Query> units, List<Query> excluded) {
        if (query instanceof MatchNoDocsQuery) {
            return;
        }
        if (parser.wordOf(query) == null && query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
                && bool.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST || c.getOccur() == Occur.MUST_NOT)) {
            for (BooleanClause clause : bool.clauses()) {
                (clause.getOccur() == Occur.MUST ? units : excluded).add(clause.getQuery());
            }
        } else {
            units.add(query);
        }
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
