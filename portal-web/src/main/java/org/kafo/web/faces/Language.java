package org.kafo.web.faces;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The page language: French first, English second. A choice made with the language switch (a cookie)
 * wins; a browser that says nothing gets French, whatever the server's own locale.
 */
public final class Language {

    static final String COOKIE = "kafo-lang";
    static final Set<String> SUPPORTED = Set.of("fr", "en");
    public static final Locale DEFAULT = Locale.FRENCH;

    private Language() {
    }

    static Optional<Locale> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()) && SUPPORTED.contains(c.getValue()))
                .findFirst().map(c -> Locale.forLanguageTag(c.getValue()));
    }

    /** The supported language named by {@code lang=} in a query string, or {@code null}. */
    static String fromQuery(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("lang=") && SUPPORTED.contains(pair.substring(5))) {
                return pair.substring(5);
            }
        }
        return null;
    }

    /**
     * The language an API client asks for: the first of its {@code Accept-Language} (in order of preference) that the
     * portal speaks; French when it names none.
     */
    public static Locale ofClient(List<Locale> acceptable) {
        return acceptable.stream().map(Locale::getLanguage).filter(SUPPORTED::contains).findFirst()
                .map(Locale::forLanguageTag).orElse(DEFAULT);
    }

    /** The query string without its {@code lang=} parameters ({@code ""} when nothing else is left). */
    static String withoutLang(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : query.split("&")) {
            if (!pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang=")) {
                kept.add(pair);
            }
        }
        return kept.toString();
    }

    static boolean browserSaysNothing(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header == null || header.isBlank() || header.trim().equals("*");
    }
}
