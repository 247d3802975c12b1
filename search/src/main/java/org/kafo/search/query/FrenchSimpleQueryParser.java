package org.kafo.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

/**
 * Lucene's lenient {@link SimpleQueryParser} with a French-aware prefix: {@code word*} matches the
 * word itself (analyzed and stemmed, so it scores like any word) or any word starting with it.
 *
 * <p>The index holds stemmed terms, so the prefix is tried twice: as typed (folded) and as the
 * stemmer sees it. "expulse" then finds "expulsés" (indexed "expuls") and "l'aér" finds
 * "l'aéroport" (indexed "aeroport").
 */
final class FrenchSimpleQueryParser extends SimpleQueryParser {

    /** Shorter prefixes match half the dictionary and tell nothing. */
    static final int MIN_PREFIX_LENGTH = 2;

    private static final int FLAGS = AND_OPERATOR | OR_OPERATOR | NOT_OPERATOR | PHRASE_OPERATOR
            | PRECEDENCE_OPERATORS | PREFIX_OPERATOR | WHITESPACE_OPERATOR | NEAR_OPERATOR;

    private final KafoFrenchAnalyzer analyzer;

    FrenchSimpleQueryParser(KafoFrenchAnalyzer analyzer, Map<String, Float> weights) {
        super(analyzer, weights, FLAGS);
        this.analyzer = analyzer;
        setDefaultOperator(Occur.MUST);
    }

    /**
     * Whatever starts with the word matches (the prefix decides); a whole-word match adds to the score. The
     * whole word is always among the prefixes, so its matches are a subset and need no disjunction of their own.
     */
    @Override
    protected Query newPrefixQuery(String text) {
        Query whole = newDefaultQuery(text);
        Query prefix = lastWordAsPrefix(text);
        if (prefix == null || whole == null) {
            return prefix == null ? whole : prefix;
        }
        return new BooleanQuery.Builder().add(prefix, Occur.MUST).add(whole, Occur.SHOULD).build();
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
