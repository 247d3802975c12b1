package org.kafo.domain.files;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cleans text as extracted from a PDF or a word processor, once, when the file is kept: what search indexes, what
 * snippets and the document page show. Idempotent: cleaning clean text changes nothing.
 *
 * <ul>
 *   <li>non-breaking and repeated spaces become one space; control characters go (PostgreSQL text cannot hold NUL);</li>
 *   <li>a word cut at a line's end is joined again ("dévelop-" + "pement");</li>
 *   <li>lines that only hold a page number, and short lines repeated on many pages (headers, footers), go;</li>
 *   <li>a text whose every line is followed by a blank line (double-spaced) gets single line breaks back;</li>
 *   <li>lines cut by the page's width within a sentence are joined, paragraphs stay apart.</li>
 * </ul>
 */
public final class TextCleaner {

    /** Stored with each text: texts cleaned by an older version are cleaned again at start-up. */
    public static final int VERSION = 1;

    /** A short line seen this many times is a page header or footer. */
    static final int REPEATED = 3;
    static final int HEADER_LENGTH = 80;

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F\\u2009]+");
    private static final Pattern HYPHENATED = Pattern.compile("(\\p{L})-\\n(\\p{Ll})");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?:page\\s*)?\\d{1,4}(?:\\s*/\\s*\\d{1,4})?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WRAPPED = Pattern.compile("([\\p{L}\\p{N},;’'\\)])\\n(?=[\\p{Ll}(«])");

    private TextCleaner() {
    }

    public static String clean(String extracted) {
        if (extracted == null) {
            return "";
        }
        String text = extracted.replace("\r\n", "\n").replace('\r', '\n').replace("\f", "\n\n");
        text = CONTROL.matcher(text).replaceAll("");
        text = SPACES.matcher(text).replaceAll(" ");
        text = text.replaceAll("(?m)^ +| +$", "");
        text = withoutPageFurniture(text);
        if (doubleSpaced(text)) {
            text = text.replaceAll("\\n\\n(?!\\n)", "\n").replaceAll("\\n{3,}", "\n\n");
        }
        text = HYPHENATED.matcher(text).replaceAll("$1$2");
        text = WRAPPED.matcher(text).replaceAll("$1 ");
        return text.replaceAll("\\n{3,}", "\n\n").strip();
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

    /** Most lines of text followed by exactly one blank line, as some PDFs come out. */
    private static boolean doubleSpaced(String text) {
        String[] lines = text.split("\n", -1);
        int textLines = 0;
        int followedByBlank = 0;
        for (int i = 0; i < lines.length - 2; i++) {
            if (!lines[i].isEmpty()) {
                textLines++;
                if (lines[i + 1].isEmpty() && !lines[i + 2].isEmpty()) {
                    followedByBlank++;
                }
            }
        }
        return textLines >= 6 && followedByBlank * 10 >= textLines * 6;
    }
}
