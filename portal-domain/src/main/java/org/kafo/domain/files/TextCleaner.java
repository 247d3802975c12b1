package org.kafo.domain.files;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans text as extracted from a PDF or a word processor, once, when the file is kept: what search indexes, what
 * snippets and the document page show. Idempotent: cleaning clean text changes nothing.
 *
 * <ul>
 *   <li>line ends of every system become one {@code \n} ({@code \r\n}, {@code \r}, and {@code \r\r\n} as some converters
 *       write one line end, which otherwise doubles every line);</li>
 *   <li>invisible characters go: soft hyphens (U+00AD, a word cut at a line's end by one is whole again), zero-width
 *       spaces and joiners, byte-order marks; control characters too (PostgreSQL text cannot hold NUL);</li>
 *   <li>every kind of space (non-breaking U+00A0, narrow U+202F, thin, figure, em…: Unicode's space separators) and
 *       repeated spaces become one space;</li>
 *   <li>a word whose letters the PDF's layout set apart ("po ur", "Ba mako") is joined again when the text itself
 *       holds the whole word elsewhere and none of the pieces is a word of the text;</li>
 *   <li>a word cut at a line's end is joined again ("dévelop-" + "pement");</li>
 *   <li>lines that only hold a page number, and short lines repeated on many pages (headers, footers), go;</li>
 *   <li>a text whose every line is followed by a blank line (double-spaced) gets single line breaks back;</li>
 *   <li>lines cut by the page's width within a sentence are joined (the next line goes on in lower case, or the line
 *       ends on a word that cannot end one: "impliquant les" / "Maliens"), paragraphs stay apart.</li>
 * </ul>
 */
public final class TextCleaner {

    /** Stored with each text: texts cleaned by an older version are cleaned again at start-up. */
    public static final int VERSION = 2;

    /** A short line seen this many times is a page header or footer. */
    static final int REPEATED = 3;
    static final int HEADER_LENGTH = 80;
    /** A word is cut into this many pieces at most ("Ba ma ko"). */
    static final int MAX_PIECES = 4;

    private static final Pattern LINE_END = Pattern.compile("\\r+\\n|\\r");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");
    /** Soft hyphen at a line's end: the word goes on on the next line. */
    private static final Pattern SOFT_HYPHEN_AT_END = Pattern.compile("\\u00AD[ \\t]*\\n[ \\t]*");
    /** Soft hyphen, zero-width space, non-joiner, joiner, word joiner, byte-order mark: nothing to read. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("[\\t\\p{Zs}]+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern HYPHENATED = Pattern.compile("(\\p{L})-\\n(\\p{Ll})");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?:page\\s*)?\\d{1,4}(?:\\s*/\\s*\\d{1,4})?", Pattern.CASE_INSENSITIVE);
    /** A line that ends on a word that cannot end a sentence or a heading ("impliquant les" / "Maliens"): wrapped. */
    private static final Pattern WRAPPED_AFTER_LINK_WORD = Pattern.compile(
            "(?<![\\p{L}’'])(à|au|aux|de|des|du|en|et|la|le|les|par|pour|sur|dans|avec|un|une|entre|vers|chez)\\n(?=\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WRAPPED_AFTER_ELISION = Pattern.compile("(?<![\\p{L}])([dlDL][’'])\\n(?=\\p{L})");
    private static final Pattern WRAPPED = Pattern.compile("([\\p{L}\\p{N},;’'\\)])\\n(?=[\\p{Ll}(«])");

    private TextCleaner() {
    }

    public static String clean(String extracted) {
        if (extracted == null) {
            return "";
        }
        String text = LINE_END.matcher(extracted).replaceAll("\n").replace("\f", "\n\n");
        text = CONTROL.matcher(text).replaceAll("");
        text = SOFT_HYPHEN_AT_END.matcher(text).replaceAll("");
        text = INVISIBLE.matcher(text).replaceAll("");
        text = SPACES.matcher(text).replaceAll(" ");
        text = text.replaceAll("(?m)^ +| +$", "");
        text = withSplitWordsJoined(text);
        text = withoutPageFurniture(text);
        if (doubleSpaced(text)) {
            text = text.replaceAll("\\n\\n(?!\\n)", "\n").replaceAll("\\n{3,}", "\n\n");
        }
        text = HYPHENATED.matcher(text).replaceAll("$1$2");
        text = WRAPPED.matcher(text).replaceAll("$1 ");
        text = WRAPPED_AFTER_LINK_WORD.matcher(text).replaceAll("$1 ");
        text = WRAPPED_AFTER_ELISION.matcher(text).replaceAll("$1");
        return text.replaceAll("\\n{3,}", "\n\n").strip();
    }

    /**
     * Words the PDF's layout cut into pieces ("po ur", "Ba mako"): pieces one space apart are joined when the joined word is
     * written whole elsewhere in the same text and no piece is a word of its own there (a piece never seen but beside the
     * other pieces of that word). So "Ba mako" becomes "Bamako" where the text names Bamako, while "de venir" stays apart
     * where "devenir" is written elsewhere, "de" being a word.
     */
    private static String withSplitWordsJoined(String text) {
        List<int[]> tokens = new ArrayList<>();
        Map<String, Integer> whole = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            tokens.add(new int[] {word.start(), word.end()});
            whole.merge(word.group(), 1, Integer::sum);
            seen.merge(word.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        // how often each piece stands beside others that make a whole word with it: a piece seen only there is no word
        boolean[] inAJoin = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            for (int end = i + 2; end <= Math.min(tokens.size(), i + MAX_PIECES); end++) {
                if (!oneSpaceApart(text, tokens, end - 2)) {
                    break;
                }
                if (whole.containsKey(joined(text, tokens, i, end))) {
                    Arrays.fill(inAJoin, i, end, true);
                }
            }
        }
        Map<String, Integer> asPiece = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (inAJoin[i]) {
                asPiece.merge(piece(text, tokens, i), 1, Integer::sum);
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!inAJoin[i]) {
                continue;
            }
            for (int end = Math.min(tokens.size(), i + MAX_PIECES); end >= i + 2; end--) {
                if (joinable(text, tokens, i, end, whole, seen, asPiece)) {
                    out.append(text, copied, tokens.get(i)[0]).append(joined(text, tokens, i, end));
                    copied = tokens.get(end - 1)[1];
                    i = end - 1;
                    break;
                }
            }
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean joinable(String text, List<int[]> tokens, int from, int end, Map<String, Integer> whole,
                                    Map<String, Integer> seen, Map<String, Integer> asPiece) {
        for (int i = from; i < end; i++) {
            if (i > from && !oneSpaceApart(text, tokens, i - 1)) {
                return false;
            }
            String piece = piece(text, tokens, i);
            if (seen.get(piece) > asPiece.getOrDefault(piece, 0)) {
                return false; // a word of its own elsewhere
            }
        }
        return whole.containsKey(joined(text, tokens, from, end));
    }

    /** Whether token {@code i} and the next are one space apart, and not parts of a longer word (an apostrophe, a dash, a digit). */
    private static boolean oneSpaceApart(String text, List<int[]> tokens, int i) {
        if (i + 1 >= tokens.size() || tokens.get(i + 1)[0] != tokens.get(i)[1] + 1 || text.charAt(tokens.get(i)[1]) != ' ') {
            return false;
        }
        return !glued(text, tokens.get(i)[0] - 1) && !glued(text, tokens.get(i + 1)[1]);
    }

    /** A character that makes the letters beside it part of something longer than a word ("l’a", "2e", "Nord-Sud"). */
    private static boolean glued(String text, int at) {
        if (at < 0 || at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return Character.isDigit(c) || c == '\'' || c == '’' || c == '-';
    }

    private static String piece(String text, List<int[]> tokens, int i) {
        return text.substring(tokens.get(i)[0], tokens.get(i)[1]).toLowerCase(Locale.ROOT);
    }

    private static String joined(String text, List<int[]> tokens, int from, int end) {
        StringBuilder whole = new StringBuilder();
        for (int i = from; i < end; i++) {
            whole.append(text, tokens.get(i)[0], tokens.get(i)[1]);
        }
        return whole.toString();
    }

    /** Page numbers alone on their line, and short lines repeated on many pages. */
    private static String withoutPageFurniture(String text) {
        String[] lines = text.split("\n", -1);
        Map<String, Integer> seen = new HashMap<>();
        int pageNumbers = 0;
        for (String line : lines) {
            if (PAGE_NUMBER.matcher(line).matches()) {
                pageNumbers++;
            } else if (!line.isEmpty() && line.length() <= HEADER_LENGTH && line.chars().anyMatch(Character::isLetter)) {
                seen.merge(line, 1, Integer::sum);
            }
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean furniture = PAGE_NUMBER.matcher(line).matches() && pageNumbers >= 2
                    || seen.getOrDefault(line, 0) >= REPEATED && !line.endsWith(".") && !line.endsWith(":");
            if (!furniture) {
                kept.append(line);
            }
            if (i < lines.length - 1) {
                kept.append('\n');
            }
        }
        return kept.toString();
    }

    /**
     * Most lines of text followed by exactly one blank line, as some PDFs come out, and many of them cut within a sentence
     * (the next line goes on in lower case): a text of one-line paragraphs, each followed by a blank line, is not
     * double-spaced, and cleaning it twice must not join its paragraphs.
     */
    private static boolean doubleSpaced(String text) {
        String[] lines = text.split("\n", -1);
        int textLines = 0;
        int followedByBlank = 0;
        int cutInASentence = 0;
        for (int i = 0; i < lines.length - 2; i++) {
            if (!lines[i].isEmpty()) {
                textLines++;
                if (lines[i + 1].isEmpty() && !lines[i + 2].isEmpty()) {
                    followedByBlank++;
                    if (Character.isLowerCase(lines[i + 2].codePointAt(0))) {
                        cutInASentence++;
                    }
                }
            }
        }
        return textLines >= 6 && followedByBlank * 10 >= textLines * 6 && cutInASentence * 3 >= followedByBlank;
    }
}
