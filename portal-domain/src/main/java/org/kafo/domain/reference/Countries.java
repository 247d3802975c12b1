package org.kafo.domain.reference;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kafo.domain.shared.Checks;

/** The countries of ISO 3166-1 alpha-2, with their French names (from the JDK's locale data). */
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

    /** Every country, by French name. */
    public static List<Country> all() {
        Collator french = Collator.getInstance(Locale.FRENCH);
        return Arrays.stream(Locale.getISOCountries()).map(c -> new Country(c, frenchName(c)))
                .sorted(Comparator.comparing(Country::name, french)).toList();
    }
}
