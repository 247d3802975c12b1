package org.kafo.search.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record's body cut into paragraph-sized passages: the index ranks and highlights them one by one, so that a hit
 * shows the passage that answers, and the document page shows the same passages with the same numbers (an anchor
 * {@code #passage-N} opens it where the answer is). Paragraphs are the blank-line separated blocks of the text; short
 * ones are joined (a heading with its paragraph), long ones are cut at the end of a sentence.
 */
public final class Passages {

    /** Shorter paragraphs are joined with the next: a title alone says little. */
    static final int MIN_LENGTH = 250;
    /** Longer paragraphs are cut at a sentence's end once this long: about two phone screens. */
    static final int MAX_LENGTH = 800;
    /** A "sentence" without any full stop is cut at a space past this length. */
    static final int HARD_LENGTH = 1200;

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;:»])\\s+|\\n+");

    private Passages() {
    }

    /** One passage: its number from 0 and where it lies in the body. */
    public record Passage(int number, int start, int end, String text) {

        /**
         * The passage as the document page shows it (one HTML paragraph, line breaks kept): the paragraphs it joins each
         * on a line of its own, without the blank lines between them, which would show double-spaced.
         */
        public String shown() {
            return BLANK_LINES.matcher(text).replaceAll("\n");
        }
    }

    private static final Pattern BLANK_LINES = Pattern.compile("\\n(?:[ \\t\\u00A0]*\\n)+");

    /** The passages of a body, in order, covering all its non-blank text; none for a blank body. */
    public static List<Passage> split(String body) {
        List<int[]> pieces = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return List.of();
        }
        int from = 0;
        Matcher paragraphBreak = PARAGRAPH_BREAK.matcher(body);
        while (paragraphBreak.find()) {
            addParagraph(body, from, paragraphBreak.start(), pieces);
            from = paragraphBreak.end();
        }
        addParagraph(body, from, body.length(), pieces);
        List<Passage> passages = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int[] piece : pieces) {
            if (start >= 0 && (end - start >= MIN_LENGTH || piece[1] - start > MAX_LENGTH)) {
                passages.add(passage(body, passages.size(), start, end));
                start = -1;
            }
            if (start < 0) {
                start = piece[0];
            }
            end = piece[1];
        }
        if (start >= 0) {
            passages.add(passage(body, passages.size(), start, end));
        }
        return passages;
    }

    /** A paragraph, cut at sentence ends into pieces of at most {@link #MAX_LENGTH} (a longer sentence stays whole up to {@link #HARD_LENGTH}). */
    private static void addParagraph(String body, int from, int to, List<int[]> pieces) {
        int[] trimmed = trim(body, from, to);
        if (trimmed == null) {
            return;
        }
        int start = trimmed[0];
        int last = start;
        Matcher sentenceEnd = SENTENCE_END.matcher(body).region(trimmed[0], trimmed[1]);
        while (sentenceEnd.find()) {
            if (sentenceEnd.start() - start > MAX_LENGTH && last > start) {
                addTrimmed(body, start, last, pieces);
                start = last;
            }
            last = sentenceEnd.end();
        }
        int end = trimmed[1];
        if (end - start > MAX_LENGTH && last > start && last < end) {
            addTrimmed(body, start, last, pieces);
            start = last;
        }
        while (end - start > HARD_LENGTH) { // no sentence end at all: cut at a space
            int cut = body.lastIndexOf(' ', start + MAX_LENGTH);
            cut = cut <= start ? start + MAX_LENGTH : cut;
            addTrimmed(body, start, cut, pieces);
            start = cut;
        }
        addTrimmed(body, start, end, pieces);
    }

    private static void addTrimmed(String body, int from, int to, List<int[]> pieces) {
        int[] trimmed = trim(body, from, to);
        if (trimmed != null) {
            pieces.add(trimmed);
        }
    }

    private static int[] trim(String body, int from, int to) {
        while (from < to && isSpace(body.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(body.charAt(to - 1))) {
            to--;
        }
        return from < to ? new int[] {from, to} : null;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    private static Passage passage(String body, int number, int start, int end) {
        return new Passage(number, start, end, body.substring(start, end));
    }
}
