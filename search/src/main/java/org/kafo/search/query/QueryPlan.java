package org.kafo.search.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.kafo.search.analysis.KafoFrenchAnalyzer;
import org.kafo.search.expansion.QueryExpansions.Expansion;
import org.kafo.search.schema.SearchFields;

/**
 * A typed query, parsed once for the records ({@link SearchFields#TEXT}) and once for their passages
 * ({@link SearchFields#PASSAGE}), cut into the units it requires (each word, phrase or group typed), so that a search
 * can require them all ({@link #strict()}), most of them ({@link #relaxed(int)}), or rank passages by how many they
 * hold ({@link #passages()}); a unit that matches nothing can be given the spellings the index holds
 * ({@link #corrected(Map)}). Question words are never required, only counted; words next to each other count more
 * when a passage holds them close together.
 */
final class QueryPlan {

    /** How much more a passage scores when it holds two consecutive typed words within a few words of each other. */
    static final float PROXIMITY_BOOST = 0.5f;
    /** Words between two consecutive typed words that still count as "together". */
    static final int PROXIMITY_SLOP = 3;
    /** A corrected spelling counts a little less than the typed word would have. */
    static final float CORRECTION_BOOST = 0.9f;
    /** A question word found in a text ("comment", "combien") counts this much: a hint, never a requirement. */
    static final float OPTIONAL_BOOST = 0.3f;
    /** Beyond this many distinct words, the title boost stops adding clauses (Lucene's clause limit). */
    private static final int MAX_TITLE_TERMS = 64;

    /**
     * One thing the query requires: a typed word (with its expansions), a phrase, a group.
     *
     * @param word the typed word, or {@code null} for a phrase or a group
     */
    record Unit(String word, Query text, Query passage) {
    }

    private final String typed;
    private final List<Unit> units;
    private final List<Query> excluded;
    private final List<Query> optionalText;
    private final List<Query> optionalPassage;
    private final List<Expansion> expansions;
    private final FrenchSimpleQueryParser textParser;
    private final FrenchSimpleQueryParser passageParser;

    QueryPlan(String typed, List<Unit> units, List<Query> excluded, List<Query> optionalText, List<Query> optionalPassage,
              List<Expansion> expansions, FrenchSimpleQueryParser textParser, FrenchSimpleQueryParser passageParser) {
        this.typed = typed;
        this.units = List.copyOf(units);
        this.excluded = List.copyOf(excluded);
        this.optionalText = List.copyOf(optionalText);
        this.optionalPassage = List.copyOf(optionalPassage);
        this.expansions = List.copyOf(expansions);
        this.textParser = textParser;
        this.passageParser = passageParser;
    }

    List<Unit> units() {
        return units;
    }

    /** The place spellings and translations this query also looks for. */
    List<Expansion> expansions() {
        return expansions;
    }

    /** Every unit required, question words and proximity counted, a title match ranked first. */
    Query strict() {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        units.forEach(unit -> query.add(unit.text(), Occur.MUST));
        return finish(query, true);
    }

    /** At least {@code minimum} units required; the more a record holds, the higher it ranks. */
    Query relaxed(int minimum) {
        BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minimum);
        units.forEach(unit -> any.add(unit.text(), Occur.SHOULD));
        return finish(new BooleanQuery.Builder().add(any.build(), Occur.MUST), true);
    }

    /** Passages that hold any unit, the ones that hold more of them, closer together, first. */
    Query passages() {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        units.forEach(unit -> query.add(unit.passage(), Occur.SHOULD));
        optionalPassage.forEach(q -> query.add(new BoostQuery(q, OPTIONAL_BOOST), Occur.SHOULD));
        proximity(SearchFields.PASSAGE, passageParser).forEach(q -> query.add(q, Occur.SHOULD));
        return query.build();
    }

    /**
     * The same plan where the units at these indexes also match the given words (spellings the index holds).
     *
     * @param corrections unit index to the words to look for besides the typed one
     */
    QueryPlan corrected(Map<Integer, List<String>> corrections) {
        List<Unit> changed = new ArrayList<>(units);
        corrections.forEach((index, words) -> {
            Unit unit = units.get(index);
            changed.set(index, new Unit(unit.word(), withWords(unit.text(), words, textParser),
                    withWords(unit.passage(), words, passageParser)));
        });
        return new QueryPlan(typed, changed, excluded, optionalText, optionalPassage, expansions, textParser, passageParser);
    }

    /** The typed text with each typed word replaced as asked: the query a "did you mean" link runs. */
    String typedWith(Map<String, String> replacements) {
        StringBuilder text = new StringBuilder();
        Matcher word = Pattern.compile("[\\p{L}\\p{N}'’-]+").matcher(typed);
        int last = 0;
        while (word.find()) {
            String replacement = replacements.get(KafoFrenchAnalyzer.fold(word.group()));
            text.append(typed, last, word.start()).append(replacement == null ? word.group() : replacement);
            last = word.end();
        }
        return text.append(typed.substring(last)).toString();
    }

    private static Query withWords(Query typed, List<String> words, FrenchSimpleQueryParser parser) {
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(typed, Occur.SHOULD);
        for (String word : words) {
            Query query = parser.word(word);
            if (query != null) {
                any.add(new BoostQuery(query, CORRECTION_BOOST), Occur.SHOULD);
            }
        }
        return any.build();
    }

    /**
     * Exclusions, question words and the title boost. Proximity is left to the passages (see {@link #passages()}):
     * they rank the records again with the passage that holds the words together, at a fraction of the cost of
     * scoring phrases over every matching record.
     */
    private Query finish(BooleanQuery.Builder query, boolean titleBoost) {
        excluded.forEach(q -> query.add(q, Occur.MUST_NOT));
        optionalText.forEach(q -> query.add(new BoostQuery(q, OPTIONAL_BOOST), Occur.SHOULD));
        if (titleBoost) {
            Query inTitle = inTitle();
            if (inTitle != null) {
                query.add(new BoostQuery(inTitle, UserQueryParser.TITLE_BOOST), Occur.SHOULD);
            }
        }
        return query.build();
    }

    /** Consecutive typed words that a passage holds close together: "accueil aéroport" in "accueil à l'aéroport". */
    private List<Query> proximity(String field, FrenchSimpleQueryParser parser) {
        List<Query> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < units.size(); i++) {
            String first = units.get(i).word();
            String second = units.get(i + 1).word();
            if (first != null && second != null && !expanded(first) && !expanded(second)) {
                Query phrase = parser.createPhraseQuery(field, first + " " + second, PROXIMITY_SLOP);
                if (phrase != null && !(phrase instanceof TermQuery)) {
                    pairs.add(new BoostQuery(phrase, PROXIMITY_BOOST));
                }
            }
        }
        return pairs;
    }

    private boolean expanded(String word) {
        return expansions.stream().anyMatch(e -> e.typed().equals(word));
    }

    /** The words the units look for, in the title: a record named after what one looks for comes first. */
    private Query inTitle() {
        Set<Term> wanted = new LinkedHashSet<>();
        for (Unit unit : units) {
            unit.text().visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query query, Term... terms) {
                    wanted.addAll(Arrays.asList(terms));
                }

                @Override
                public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                    return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
                }
            });
        }
        if (wanted.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder inTitle = new BooleanQuery.Builder();
        wanted.stream().filter(t -> t.field().equals(SearchFields.TEXT)).limit(MAX_TITLE_TERMS)
                .forEach(t -> inTitle.add(new TermQuery(new Term(SearchFields.TITLE, t.bytes())), Occur.SHOULD));
        BooleanQuery built = inTitle.build();
        return built.clauses().isEmpty() ? null : built;
    }
}
