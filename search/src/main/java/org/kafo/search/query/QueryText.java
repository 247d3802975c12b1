package org.kafo.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites what the user typed into {@link FrenchSimpleQueryParser} syntax before parsing: French
 * quotes become straight ones, a quote without partner is dropped, the words OU/OR and ET/AND
 * become operators, and the last word gets a {@code *} so that it also matches as a prefix.
 */
final class QueryText {

    private static final Pattern OR_WORD = Pattern.compile("(?<=^|[\\s(])(?:OU|OR)(?=[\\s)]|$)");
    private static final Pattern AND_WORD = Pattern.compile("(?<=^|[\\s(])(?:ET|AND)(?=[\\s)]|$)");
    private static final Pattern EXCLUSION = Pattern.compile("(?:^|[\\s(|+])-+[^\\s\\-)]");
    private static final Pattern LAST_WORD = Pattern.compile("(\\S+?)(\\)*)\\s*$");

    private QueryText() {
    }

    static String prepare(String typed) {
        List<Piece> pieces = split(normalizeQuotes(typed));
        StringBuilder prepared = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.quoted()) {
                prepared.append('"').append(piece.text()).append('"');
            } else {
                String text = operators(piece.text());
                prepared.append(i == pieces.size() - 1 ? withPrefix(text) : text);
            }
        }
        return prepared.toString();
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
