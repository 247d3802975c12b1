package org.kafo.domain.reference;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kafo.domain.shared.Checks;

/** The countries of ISO 3166-1 alpha-2, with their names in French or the reader's language (the JDK's locale data). */
public final class Countries {

    /** A country, as a list shows it. */
    public record Country(String code, String name) {
    }

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return Checks.isCountry(code);
    }

    /** The code, upper-cased, if it names a country; otherwise a refusal naming the field. */
    public static String require(String code, String field) {
        Checks checks = Checks.start();
        String country = checks.country(field, "check.field.country", code).required();
        checks.throwIfAny();
        return country;
    }

    /** The French names already asked for, by code (a list names the same few countries on every row). */
    private static final Map<String, String> FRENCH_NAMES = new ConcurrentHashMap<>();

    public static String frenchName(String code) {
        return isKnown(code)
                ? FRENCH_NAMES.computeIfAbsent(code, c -> new Locale("", c).getDisplayCountry(Locale.FRENCH))
                : new Locale("", code).getDisplayCountry(Locale.FRENCH);
    }

    /** The name of the country in {@code language} ("Libye", "Libia", "Libya"). */
    public static String name(String code, Locale language) {
        return "fr".equals(language.getLanguage()) ? frenchName(code) : new Locale("", code).getDisplayCountry(language);
    }

    /**
     * The countries people are usually sent back from (the network's data: expulsions by air from France and Spain,
     * convoys and push-backs from Algeria, Libya, Niger, Mauritania, Morocco, Tunisia, flights from Saudi Arabia), as
     * a picker offers them first.
     */
    public static final List<String> USUAL_ORIGINS = List.of("FR", "ES", "DZ", "LY", "NE", "MR", "MA", "TN", "SA");

    /**
     * The countries whose French name or code holds what was typed (case and accents aside: "algerie" finds
     * "Algérie"), the usual origins first, then by name; a blank query gives the usual origins.
     */
    public static List<Country> matching(String typed) {
        return matching(typed, Locale.FRENCH);
    }

    /**
     * The same in {@code language}: its name, the French one or the code holds what was typed ("argelia" and
     * "algerie" both find Algeria for a Spanish reader), named in {@code language}.
     */
    public static List<Country> matching(String typed, Locale language) {
        String wanted = plain(typed);
        if (wanted.isEmpty()) {
            return USUAL_ORIGINS.stream().map(c -> new Country(c, name(c, language))).toList();
        }
        return all(language).stream()
                .filter(c -> plain(c.name()).contains(wanted) || plain(frenchName(c.code())).contains(wanted)
                        || c.code().equalsIgnoreCase(wanted))
                .sorted(Comparator.comparing((Country c) -> !USUAL_ORIGINS.contains(c.code()))
                        .thenComparing(c -> !plain(c.name()).startsWith(wanted)))
                .toList();
    }

    private static String plain(String text) {
        return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /** Every country, by French name. */
    public static List<Country> all() {
        return all(Locale.FRENCH);
    }

    /** The whole lists already asked for, by language (a form shows the same list on every visit). */
    private static final Map<String, List<Country>> ALL = new ConcurrentHashMap<>();

    /** Every country, named and sorted in {@code language}. */
    public static List<Country> all(Locale language) {
        return ALL.computeIfAbsent(language.getLanguage(), l -> {
            Locale in = Locale.forLanguageTag(l);
            Collator order = Collator.getInstance(in);
            return Arrays.stream(Locale.getISOCountries()).map(c -> new Country(c, name(c, in)))
                    .sorted(Comparator.comparing(Country::name, order)).toList();
        });
    }
}
