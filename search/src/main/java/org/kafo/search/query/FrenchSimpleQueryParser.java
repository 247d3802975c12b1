package org.kafo.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.kafo.search.analysis.KafoFrenchAnalyzer;
import org.kafo.search.expansion.QueryExpansions;
import org.kafo.search.expansion.QueryExpansions.Expansion;

/**
 * Lucene's lenient {@link SimpleQueryParser} with a French-aware prefix: {@code word*} matches the
 * word itself (analyzed and stemmed, so it scores like any word) or any word starting with it.
 *
 * <p>The index holds stemmed terms, so the prefix is tried twice: as typed (folded) and as the
 * stemmer sees it. "expulse" then finds "expulsés" (indexed "expuls") and "l'aér" finds
 * "l'aéroport" (indexed "aeroport").
 *
 * <p>A word or a quoted phrase that the {@link QueryExpansions} know also looks for its other spellings (a place) or
 * its French equivalents (an English or Spanish word): either matches. Each plain word's query is remembered, so that
 * the plan can tell which top-level clause stands for which typed word, and which words were expanded.
 */
final class FrenchSimpleQueryParser extends SimpleQueryParser {

    /** Shorter prefixes match half the dictionary and tell nothing. */
    static final int MIN_PREFIX_LENGTH = 2;

    private static final int FLAGS = AND_OPERATOR | OR_OPERATOR | NOT_OPERATOR | PHRASE_OPERATOR
            | PRECEDENCE_OPERATORS | PREFIX_OPERATOR | WHITESPACE_OPERATOR | NEAR_OPERATOR;

    private final KafoFrenchAnalyzer analyzer;
    private final QueryExpansions expansions;
    /** The plain word each query built for one was built from. */
    private final Map<Query, String> words = new IdentityHashMap<>();
    /** The expansions applied, by typed text. */
    private final Map<String, Expansion> applied = new LinkedHashMap<>();

    FrenchSimpleQueryParser(KafoFrenchAnalyzer analyzer, Map<String, Float> weights) {
        this(analyzer, weights, QueryExpansions.none());
    }

    FrenchSimpleQueryParser(KafoFrenchAnalyzer analyzer, Map<String, Float> weights, QueryExpansions expansions) {
        super(analyzer, weights, FLAGS);
        this.analyzer = analyzer;
        this.expansions = expansions;
        setDefaultOperator(Occur.MUST);
    }

    /** The typed word a query was built for, or {@code null} when it was built for something else (a phrase, a group). */
    String wordOf(Query query) {
        return words.get(query);
    }

    /** The expansions applied while parsing, in the order of the query. */
    List<Expansion> applied() {
        return List.copyOf(applied.values());
    }

    /** A word as the user could have typed it: with its expansions, not remembered as a typed word. */
    Query word(String text) {
        return expanded(text).orElseGet(() -> super.newDefaultQuery(text));
    }

    @Override
    protected Query newDefaultQuery(String text) {
        Query query = word(text);
        if (query != null) {
            words.put(query, text);
        }
        return query;
    }

    @Override
    protected Query newPhraseQuery(String text, int slop) {
        if (expansions.isPhraseKey(text)) {
            Optional<Query> expanded = expanded(text);
            if (expanded.isPresent()) {
                return expanded.get();
            }
        }
        return super.newPhraseQuery(text, slop);
    }

    /** The typed text or any of its expansions, in every field; empty when the expansions know nothing of it. */
    private Optional<Query> expanded(String text) {
        Optional<Expansion> expansion = expansions.expand(text, this::sameInFrench);
        if (expansion.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String alternative : concat(text, expansion.get().alternatives())) {
            for (Map.Entry<String, Float> field : weights.entrySet()) {
                Query query = createPhraseQuery(field.getKey(), alternative, 0);
                if (query != null) {
                    any.add(field.getValue() == 1f ? query : new BoostQuery(query, field.getValue()), Occur.SHOULD);
                    clauses++;
                }
            }
        }
        if (clauses == 0) {
            return Optional.empty();
        }
        applied.putIfAbsent(text, expansion.get());
        return Optional.of(any.build());
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** Whether two texts give the same terms once analyzed as French ("migrantes" and "migrants"). */
    boolean sameInFrench(String a, String b) {
        List<String> left = analyze(a).stream().map(Token::term).toList();
        return !left.isEmpty() && left.equals(analyze(b).stream().map(Token::term).toList());
    }

    /**
     * Whatever starts with the word matches (the prefix decides); a whole-word match adds to the score. The
     * whole word is always among the prefixes, so its matches are a subset and need no disjunction of their own.
     * A word the expansions know (a place, a translated word) is looked for whole, with its expansions.
     */
    @Override
    protected Query newPrefixQuery(String text) {
        if (expansions.expand(text, this::sameInFrench).isPresent()) {
            return newDefaultQuery(text);
        }
        Query whole = super.newDefaultQuery(text);
        Query prefix = lastWordAsPrefix(text);
        Query query = prefix == null || whole == null ? (prefix == null ? whole : prefix)
                : new BooleanQuery.Builder().add(prefix, Occur.MUST).add(whole, Occur.SHOULD).build();
        if (query != null) {
            words.put(query, text);
        }
        return query;
    }

    /** The words before the last one as usual, the last one as a prefix; null if nothing to expand. */
    private Query lastWordAsPrefix(String text) {
        List<Token> tokens = analyze(text);
        if (tokens.isEmpty()) {
            return null; // only stop words: expanding "de" to every word starting with "de" would mislead
        }
        Token last = tokens.get(tokens.size() - 1);
        if (analyzer.isProtected(last.term())) {
            return null; // "AME" is a whole acronym, not the start of "améliorer"
        }
        List<String> prefixes = shortest(List.of(last.term(), KafoFrenchAnalyzer.fold(afterElision(text.substring(last.start())))));
        if (prefixes.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : weights.entrySet()) {
            for (String prefix : prefixes) {
                Query startsWith = new PrefixQuery(new Term(field.getKey(), prefix));
                anyField.add(field.getValue() == 1f ? startsWith : new BoostQuery(startsWith, field.getValue()), Occur.SHOULD);
            }
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(simplify(anyField.build()), Occur.MUST);
        String head = text.substring(0, last.start());
        Query headQuery = head.isBlank() ? null : newDefaultQuery(head);
        if (headQuery != null) {
            all.add(headQuery, Occur.MUST);
        }
        return simplify(all.build());
    }

    /**
     * The prefixes worth searching: long enough, and none that starts with another (the stem "exterieu"
     * already covers what the typed "exterieur" would).
     */
    private static List<String> shortest(List<String> candidates) {
        List<String> kept = new ArrayList<>();
        candidates.stream().filter(prefix -> prefix.length() >= MIN_PREFIX_LENGTH).distinct().sorted(
                Comparator.comparingInt(String::length)).forEach(prefix -> {
                    if (kept.stream().noneMatch(prefix::startsWith)) {
                        kept.add(prefix);
                    }
                });
        return kept;
    }

    private static String afterElision(String word) {
        int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('\u2019'));
        return word.substring(apostrophe + 1);
    }

    private List<Token> analyze(String text) {
        List<Token> tokens = new ArrayList<>();
        String field = weights.keySet().iterator().next();
        try (TokenStream stream = getAnalyzer().tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a String
        }
        return tokens;
    }

    private record Token(String term, int start) {
    }
}
