package org.kafo.search.expansion;

import java.util.Locale;
import org.kafo.search.analysis.KafoFrenchAnalyzer;

/** How a name or a word is compared with the entries of a gazetteer or a lexicon: folded, one space between words. */
final class Keys {

    private Keys() {
    }

    /** "Tin-Zaouatine" and "tin zaouatine", "Aguel'hoc" and "aguel hoc", "Sénou" and "senou" give the same key. */
    static String of(String text) {
        return KafoFrenchAnalyzer.fold(text.replace('\u2019', '\''))
                .replaceAll("(?<![\\p{L}])(?:l|d|qu|j|m|n|s|t|c|jusqu|lorsqu|puisqu)'(?=\\p{L})", "") // l'aéroport: aéroport
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The number of words of a key. */
    static int words(String key) {
        return key.isEmpty() ? 0 : key.split(" ").length;
    }
}
