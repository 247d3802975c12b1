package org.kafo.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The languages of the portal: French first, then English and Spanish (APDHA, in Spain). A page's language: a choice
 * made with the language switch (a cookie) wins; a browser that says nothing gets French, whatever the server's own
 * locale. The API's refusals are said in the first supported language of {@code Accept-Language} ({@link #ofClient}). Each
 * language has its bundles ({@code messages_<lang>}, {@code faces_<lang>}) and a {@code supported-locale} in
 * {@code faces-config.xml}: {@code ThreeLanguagesTest} checks both.
 */
public final class Language {

    static final String COOKIE = "kafo-lang";
    public static final List<String> SUPPORTED = List.of("fr", "en", "es");
    public static final Locale DEFAULT = Locale.FRENCH;

    private Language() {
    }

    /** The language chosen with the switch, if any. */
    public static Optional<Locale> chosen(HttpServletRequest request) {
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
     * The first supported language among {@code acceptable} (a client's {@code Accept-Language}, best first: JAX-RS'
     * {@code HttpHeaders.getAcceptableLanguages()}), French when none is ({@code *}, nothing said, or only others).
     */
    public static Locale ofClient(List<Locale> acceptable) {
        return acceptable.stream().map(Locale::getLanguage).filter(SUPPORTED::contains).findFirst()
                .map(Locale::forLanguageTag).orElse(DEFAULT);
    }

    /** The language of the page being rendered (French outside a page). */
    public static Locale ofPage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? DEFAULT : faces.getViewRoot().getLocale();
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
