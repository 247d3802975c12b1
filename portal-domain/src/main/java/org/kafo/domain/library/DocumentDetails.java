package org.kafo.domain.library;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kafo.domain.shared.Checks;

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

    /** Checks raw input (as a form or the API gives it); the date as "2008", "2014-03" or "2014-03-18". */
    public static DocumentDetails of(String title, String kind, String authorOrganisation, String date, String place,
                                     String language, Collection<String> themes, String sourceUrl) {
        Checks checks = Checks.start();
        String cleanTitle = checks.line("title", "library.field.title", title).min(3).max(MAX_TITLE).required("library.title.missing");
        DocumentKind cleanKind = DocumentKind.read(kind, "kind", checks);
        String organisation = checks.line("authorOrganisation", "library.field.authorOrganisation", authorOrganisation)
                .max(MAX_ORGANISATION).optional();
        PublicationDate cleanDate = checks.collect(() -> PublicationDate.parse(date, "date"));
        String cleanPlace = checks.line("place", "library.field.place", place).max(MAX_PLACE).optional();
        String cleanLanguage = checks.language("language", "library.field.language", language).orElse("fr");
        List<String> cleanThemes = themes(checks, themes);
        String url = checks.url("sourceUrl", "library.field.sourceUrl", sourceUrl, MAX_URL).optional();
        checks.throwIfAny();
        return new DocumentDetails(cleanTitle, cleanKind, organisation, cleanDate, cleanPlace, cleanLanguage,
                cleanThemes, url);
    }

    /** Themes typed in one field, separated by commas or semicolons. */
    public static List<String> splitThemes(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,;\\n]")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
    }

    private static List<String> themes(Checks checks, Collection<String> themes) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String theme : themes == null ? List.<String>of() : themes) {
            String clean = checks.line("themes", "library.field.theme", theme).optional();
            if (clean == null) {
                continue;
            }
            if (!checks.check(clean.length() <= MAX_THEME, "themes", "library.theme.tooLong", clean.substring(0, Math.min(20, clean.length())), MAX_THEME)) {
                return List.of();
            }
            unique.putIfAbsent(clean.toLowerCase(Locale.FRENCH), clean);
        }
        checks.check(unique.size() <= MAX_THEMES, "themes", "library.themes.tooMany", MAX_THEMES);
        return List.copyOf(unique.values());
    }
}
