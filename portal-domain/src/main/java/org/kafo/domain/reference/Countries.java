package org.kafo.domain.reference;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kafo.domain.shared.DomainException;

/** The countries of ISO 3166-1 alpha-2, with their French names (from the JDK's locale data). */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    /** A country, as a list shows it. */
    public record Country(String code, String name) {
    }

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    /** The code, upper-cased, if it names a country; otherwise a French error naming the field. */
    public static String require(String code, String field) {
        String upper = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
        if (!isKnown(upper)) {
            throw DomainException.invalid(field, "Pays inconnu : « " + code + " » (code ISO 3166 à deux lettres, par exemple ML, FR, DZ).");
        }
        return upper;
    }

    /** The French names already asked for, by code (a list names the same few countries on every row). */
    private static final Map<String, String> FRENCH_NAMES = new ConcurrentHashMap<>();

    public static String frenchName(String code) {
        return isKnown(code)
                ? FRENCH_NAMES.computeIfAbsent(code, c -> new Locale("", c).getDisplayCountry(Locale.FRENCH))
                : new Locale("", code).getDisplayCountry(Locale.FRENCH);
    }

    /** Every country, by French name. */
    public static List<Country> all() {
        Collator french = Collator.getInstance(Locale.FRENCH);
        return Arrays.stream(Locale.getISOCountries()).map(c -> new Country(c, frenchName(c)))
                .sorted(Comparator.comparing(Country::name, french)).toList();
    }
}
