package org.kafo.domain.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kafo.domain.reference.Countries;
import org.kafo.domain.shared.DomainException;

/**
 * The directory's rules for single fields (text lengths, e-mail, phone, web address, coordinates,
 * language codes), in one place for the forms, the API and the HSDS import. Errors are collected, so a
 * form or a file shows every field to correct at once; each message names the record and the field.
 */
public final class Fields {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
    /** International or local numbers: digits, spaces, dots, dashes, parentheses, an optional leading +. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{5,24}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final String record;
    private final String prefix;
    private final List<DomainException.FieldError> errors;

    private Fields(String record, String prefix, List<DomainException.FieldError> errors) {
        this.record = record;
        this.prefix = prefix;
        this.errors = errors;
    }

    /** Checks for one record; {@code record} names it in messages ("Organisation « AME »"), or is null. */
    public static Fields of(String record) {
        return new Fields(record, "", new ArrayList<>());
    }

    /** The checks of a record inside this one: its fields are named {@code prefix.field}; errors are shared. */
    public Fields nested(String nestedRecord, String nestedPrefix) {
        String label = record == null ? nestedRecord : nestedRecord == null ? record : record + ", " + nestedRecord;
        return new Fields(label, prefix + nestedPrefix + ".", errors);
    }

    public void error(String field, String message) {
        String name = field.isEmpty() && prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix + field;
        errors.add(new DomainException.FieldError(name, record == null ? message : record + " : " + message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<DomainException.FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Refuses the whole change when any field was wrong. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    /** A required text, trimmed, at most {@code max} characters. */
    public String required(String field, String label, String value, int max) {
        String text = optional(field, label, value, max);
        if (text == null) {
            error(field, "« " + label + " » est obligatoire.");
        }
        return text;
    }

    /** An optional text, trimmed (blank gives {@code null}), at most {@code max} characters. */
    public String optional(String field, String label, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            error(field, "« " + label + " » : " + max + " caractères au plus.");
        }
        return text;
    }

    public String email(String field, String value) {
        String text = optional(field, "courriel", value, NAME_MAX);
        if (text != null && !EMAIL.matcher(text).matches()) {
            error(field, "Adresse de courriel invalide : « " + text + " ».");
        }
        return text;
    }

    public String phone(String field, String value) {
        String text = optional(field, "téléphone", value, 40);
        if (text != null && !(PHONE.matcher(text).matches() && text.chars().filter(Character::isDigit).count() >= 6)) {
            error(field, "Numéro de téléphone invalide : « " + text + " » (chiffres, espaces, un + au début, par exemple +223 20 00 00 00).");
        }
        return text;
    }

    /** A web address: http or https, with a host. */
    public String url(String field, String value) {
        String text = optional(field, "site web", value, 500);
        if (text != null) {
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    error(field, "Adresse web invalide : « " + text + " » (elle commence par http:// ou https://).");
                }
            } catch (URISyntaxException e) {
                error(field, "Adresse web invalide : « " + text + " ».");
            }
        }
        return text;
    }

    public String country(String field, String value) {
        if (value == null || value.isBlank()) {
            error(field, "« pays » est obligatoire.");
            return null;
        }
        try {
            return Countries.require(value, field);
        } catch (DomainException e) {
            error(field, e.getMessage());
            return null;
        }
    }

    /** Latitude and longitude: both or neither, inside the world. */
    public void coordinates(String latitudeField, Double latitude, String longitudeField, Double longitude) {
        if ((latitude == null) != (longitude == null)) {
            error(latitude == null ? latitudeField : longitudeField, "Donnez la latitude et la longitude, ou aucune des deux.");
            return;
        }
        if (latitude != null && (latitude.isNaN() || latitude < -90 || latitude > 90)) {
            error(latitudeField, "Latitude hors du monde : " + latitude + " (entre -90 et 90).");
        }
        if (longitude != null && (longitude.isNaN() || longitude < -180 || longitude > 180)) {
            error(longitudeField, "Longitude hors du monde : " + longitude + " (entre -180 et 180).");
        }
    }

    /** An ISO 639-1 or 639-3 code the JDK knows by name ("fr", "bm", "snk", "tmh" …), lower case. */
    public String language(String field, String value) {
        String code = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!isLanguage(code)) {
            error(field, "Langue inconnue : « " + value + " » (code ISO 639, par exemple fr, bm, ar, snk).");
            return null;
        }
        return code;
    }

    public static boolean isLanguage(String code) {
        return code != null && LANGUAGE.matcher(code).matches()
                && !Locale.forLanguageTag(code).getDisplayLanguage(Locale.FRENCH).equalsIgnoreCase(code);
    }

    /** The French name of a language code ("bm" → "bambara"). */
    public static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.FRENCH);
        return name.isEmpty() ? code : name;
    }
}
