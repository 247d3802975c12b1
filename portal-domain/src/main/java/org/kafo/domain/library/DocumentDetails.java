package org.kafo.domain.library;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.DomainException.FieldError;

/**
 * What a person says about a document, checked: every field that is wrong is named at once, in French,
 * so a form on a phone is corrected in one go.
 *
 * @param themes in the order given, without duplicates (ignoring case)
 * @param date {@code null} when unknown
 * @param language ISO 639-1 code, "fr" when not said
 */
public record DocumentDetails(String title, DocumentKind kind, String authorOrganisation, PublicationDate date,
                              String place, String language, List<String> themes, String sourceUrl) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_ORGANISATION = 200;
    public static final int MAX_PLACE = 120;
    public static final int MAX_THEMES = 12;
    public static final int MAX_THEME = 80;
    public static final int MAX_URL = 2000;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    /** Checks raw input (as a form or the API gives it); the date as "2008", "2014-03" or "2014-03-18". */
    public static DocumentDetails of(String title, String kind, String authorOrganisation, String date, String place,
                                     String language, Collection<String> themes, String sourceUrl) {
        List<FieldError> errors = new ArrayList<>();
        String cleanTitle = text(title);
        if (cleanTitle == null || cleanTitle.length() < 3) {
            errors.add(new FieldError("title", "Donnez un titre au document (3 caractères au moins)."));
        } else if (cleanTitle.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "Le titre est trop long : " + MAX_TITLE + " caractères au plus."));
        }
        DocumentKind cleanKind = collect(errors, () -> DocumentKind.require(kind, "kind"));
        String organisation = limited(errors, "authorOrganisation", authorOrganisation, MAX_ORGANISATION,
                "Le nom de l'organisation autrice");
        PublicationDate cleanDate = collect(errors, () -> PublicationDate.parse(date, "date"));
        String cleanPlace = limited(errors, "place", place, MAX_PLACE, "Le lieu");
        String cleanLanguage = text(language) == null ? "fr" : text(language).toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(cleanLanguage)) {
            errors.add(new FieldError("language", "Langue inconnue : « " + language
                    + " ». Indiquez son code à deux lettres (fr, en, es, ar, bm…)."));
        }
        List<String> cleanThemes = themes(errors, themes);
        String url = url(errors, sourceUrl);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return new DocumentDetails(cleanTitle, cleanKind, organisation, cleanDate, cleanPlace, cleanLanguage,
                cleanThemes, url);
    }

    /** Themes typed in one field, separated by commas or semicolons. */
    public static List<String> splitThemes(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,;\\n]")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
    }

    private static List<String> themes(List<FieldError> errors, Collection<String> themes) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String theme : themes == null ? List.<String>of() : themes) {
            String clean = text(theme);
            if (clean == null) {
                continue;
            }
            if (clean.length() > MAX_THEME) {
                errors.add(new FieldError("themes", "Le thème « " + clean.substring(0, 20) + "… » est trop long : "
                        + MAX_THEME + " caractères au plus."));
                return List.of();
            }
            unique.putIfAbsent(clean.toLowerCase(Locale.FRENCH), clean);
        }
        if (unique.size() > MAX_THEMES) {
            errors.add(new FieldError("themes", MAX_THEMES + " thèmes au plus : gardez les plus parlants."));
        }
        return List.copyOf(unique.values());
    }

    private static String url(List<FieldError> errors, String sourceUrl) {
        String url = text(sourceUrl);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (url.length() <= MAX_URL && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        errors.add(new FieldError("sourceUrl", "L'adresse de la source doit être un lien web complet (https://…)."));
        return null;
    }

    private static String limited(List<FieldError> errors, String field, String value, int max, String what) {
        String clean = text(value);
        if (clean != null && clean.length() > max) {
            errors.add(new FieldError(field, what + " est trop long : " + max + " caractères au plus."));
        }
        return clean;
    }

    private static <T> T collect(List<FieldError> errors, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (DomainException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** Trimmed, single-spaced, without control characters; {@code null} when blank. */
    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String clean = value.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
        return clean.isEmpty() ? null : clean;
    }
}
