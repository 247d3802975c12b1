package org.kafo.search.expansion;

import java.util.Locale;
import java.util.regex.Pattern;
import org.kafo.search.analysis.KafoFrenchAnalyzer;

/** How a name or a word is compared with the entries of a gazetteer or a lexicon: folded, one space between words. */
final class Keys {

    private static final Pattern ELISION = Pattern.compile("(?<![\\p{L}])(?:l|d|qu|j|m|n|s|t|c|jusqu|lorsqu|puisqu)'(?=\\p{L})");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Keys() {
    }

    /** "Tin-Zaouatine" and "tin zaouatine", "Aguel'hoc" and "aguel hoc", "Sénou" and "senou" give the same key. */
    static String of(String text) {
        String folded = KafoFrenchAnalyzer.fold(text.replace('\u2019', '\''));
        String withoutElision = ELISION.matcher(folded).replaceAll(""); // l'aéroport: aéroport
        return NOT_A_WORD.matcher(withoutElision).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** The number of words of a key. */
    static int words(String key) {
        return key.isEmpty() ? 0 : key.split(" ").length;
    }
}
