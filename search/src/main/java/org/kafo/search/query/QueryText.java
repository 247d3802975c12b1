package org.kafo.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kafo.search.expansion.FunctionWords;
import org.kafo.search.expansion.QueryExpansions;

/**
 * Rewrites what the user typed into {@link FrenchSimpleQueryParser} syntax before parsing: French
 * quotes become straight ones, a quote without partner is dropped, the words OU/OR and ET/AND
 * become operators, and the last word gets a {@code *} so that it also matches as a prefix.
 *
 * <p>With {@link QueryExpansions}, two more steps prepare a query typed as a sentence: a name or phrase the gazetteer
 * or a lexicon knows ("Tin Zaouaten", "legal aid") is quoted so that it is looked up whole, and the words a question
 * is made of are taken out (see {@link FunctionWords}): French question words are handed back as optional, English
 * and Spanish function words are dropped.
 */
final class QueryText {

    private static final Pattern OR_WORD = Pattern.compile("(?<=^|[\\s(])(?:OU|OR)(?=[\\s)]|$)");
    private static final Pattern AND_WORD = Pattern.compile("(?<=^|[\\s(])(?:ET|AND)(?=[\\s)]|$)");
    private static final Pattern EXCLUSION = Pattern.compile("(?:^|[\\s(|+])-+[^\\s\\-)]");
    private static final Pattern LAST_WORD = Pattern.compile("(\\S+?)(\\)*)\\s*$");

    /** Characters that make a word part of the query syntax rather than plain text. */
    private static final Pattern SYNTAX = Pattern.compile("[-+|()*~]");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[¿¡?!.,;:]+|[¿¡?!.,;:]+$");

    private QueryText() {
    }

    /**
     * The text for the parser, and the question words taken out of it.
     *
     * @param optional French question words taken out, to be matched if present
     */
    record Prepared(String text, List<String> optional) {
    }

    static String prepare(String typed) {
        return prepare(typed, QueryExpansions.none(), false).text();
    }

    /**
     * @param sentence whether to take out the words of a question (false: every word counts, as typed)
     */
    static Prepared prepare(String typed, QueryExpansions expansions, boolean sentence) {
        List<Piece> pieces = split(normalizeQuotes(typed));
        List<String> optional = new ArrayList<>();
        List<Piece> rewritten = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.quoted()) {
                rewritten.add(piece);
            } else {
                rewritten.addAll(phrases(operators(piece.text()), expansions, sentence, optional));
            }
        }
        StringBuilder prepared = new StringBuilder();
        for (int i = 0; i < rewritten.size(); i++) {
            Piece piece = rewritten.get(i);
            if (piece.quoted()) {
                prepared.append('"').append(piece.text()).append('"');
            } else {
                prepared.append(i == rewritten.size() - 1 ? withPrefix(piece.text()) : piece.text());
            }
        }
        return new Prepared(prepared.toString(), optional);
    }

    /**
     * An unquoted piece with the names and phrases the expansions know quoted (the longest first), and without the
     * words of a question.
     */
    private static List<Piece> phrases(String text, QueryExpansions expansions, boolean sentence, List<String> optional) {
        String[] words = text.split("(?<=\\s)(?=\\S)");
        List<Piece> pieces = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < words.length) {
            int length = longestPhrase(words, i, expansions);
            if (length > 1) {
                flush(plain, pieces);
                StringBuilder phrase = new StringBuilder();
                for (int j = i; j < i + length; j++) {
                    phrase.append(phrase.length() == 0 ? "" : " ").append(bare(words[j]));
                }
                pieces.add(new Piece(phrase.toString(), true));
                plain.append(' ');
                i += length;
                continue;
            }
            String word = words[i];
            String bare = bare(word);
            if (sentence && isPlain(word) && !bare.isEmpty() && expansions.expand(bare, (a, b) -> false).isEmpty()) {
                if (FunctionWords.isQuestionWord(bare)) {
                    optional.add(bare);
                    plain.append(' ');
                    i++;
                    continue;
                }
                if (FunctionWords.isForeign(bare)) {
                    plain.append(' ');
                    i++;
                    continue;
                }
            }
            plain.append(word);
            i++;
        }
        flush(plain, pieces);
        return pieces;
    }

    /** How many words from {@code from} make a known phrase (2 or more), or 1. */
    private static int longestPhrase(String[] words, int from, QueryExpansions expansions) {
        for (int length = Math.min(expansions.longestKey(), words.length - from); length > 1; length--) {
            StringBuilder phrase = new StringBuilder();
            boolean plain = true;
            for (int j = from; j < from + length; j++) {
                plain &= isPlain(words[j]);
                phrase.append(' ').append(bare(words[j]));
            }
            if (plain && expansions.isPhraseKey(phrase.toString())) {
                return length;
            }
        }
        return 1;
    }

    private static void flush(StringBuilder plain, List<Piece> pieces) {
        if (plain.length() > 0) {
            pieces.add(new Piece(plain.toString(), false));
            plain.setLength(0);
        }
    }

    /** A word without operators, so that it may be taken out or joined into a phrase. */
    private static boolean isPlain(String word) {
        String stripped = word.strip();
        return !stripped.isEmpty() && !SYNTAX.matcher(stripped.substring(0, 1)).matches()
                && !stripped.endsWith("*") && !stripped.contains("(") && !stripped.contains(")") && !stripped.contains("|");
    }

    /** A word without the spaces around it nor the punctuation at its ends ("¿cuántos", "Mediterráneo?"). */
    private static String bare(String word) {
        return EDGE_PUNCTUATION.matcher(word.strip()).replaceAll("");
    }

    /** Whether the prepared text excludes something with a leading minus outside quotes. */
    static boolean hasExclusion(String prepared) {
        return split(prepared).stream()
                .anyMatch(piece -> !piece.quoted() && EXCLUSION.matcher(piece.text()).find());
    }

    private static String normalizeQuotes(String typed) {
        StringBuilder text = new StringBuilder(typed.length());
        int quotes = 0;
        for (char c : typed.toCharArray()) {
            if (c == '«' || c == '»' || c == '“' || c == '”' || c == '„' || c == '"') {
                text.append('"');
                quotes++;
            } else {
                text.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        if (quotes % 2 == 1) { // the parser would ignore the unpaired last quote; so do we, explicitly
            text.setCharAt(text.lastIndexOf("\""), ' ');
        }
        return text.toString();
    }

    private static List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        String[] parts = text.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean quoted = i % 2 == 1;
            if (quoted || !parts[i].isEmpty()) {
                pieces.add(new Piece(parts[i], quoted));
            }
        }
        return pieces;
    }

    private static String operators(String text) {
        String or = OR_WORD.matcher(text).replaceAll("|");
        return AND_WORD.matcher(or).replaceAll("+");
    }

    private static String withPrefix(String text) {
        Matcher last = LAST_WORD.matcher(text);
        if (!last.find()) {
            return text;
        }
        String word = last.group(1);
        String core = word.replaceFirst("^[(+|]+", "");
        if (core.isEmpty() || core.startsWith("-") || core.endsWith("*")
                || !Character.isLetterOrDigit(core.charAt(core.length() - 1))) {
            return text;
        }
        return text.substring(0, last.end(1)) + "*" + text.substring(last.end(1));
    }

    private record Piece(String text, boolean quoted) {
    }
}
