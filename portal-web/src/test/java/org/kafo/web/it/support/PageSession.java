package org.kafo.web.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser session without a browser: signs a demo user in through the real Keycloak login form
 * (the code flow, cookies and all), then fetches pages as that user. Used where the pages' isolation
 * must be checked for many users quickly; the Selenium tests cover the real browser.
 */
public final class PageSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Map<String, PageSession> SESSIONS = new ConcurrentHashMap<>();

    private final HttpClient http;
    private final LocalhostCookies cookies = new LocalhostCookies();

    private PageSession() {
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A session for {@code user}, signed in once per run; {@code null} gives an anonymous one. */
    public static PageSession of(String user) {
        if (user == null) {
            return new PageSession();
        }
        return SESSIONS.computeIfAbsent(user, u -> new PageSession().signIn(u, org.kafo.realm.DemoAccounts.get(u).password()));
    }

    /** A new session of its own (never shared with other tests), signed in as {@code user} with {@code password}. */
    public static PageSession signedIn(String user, String password) {
        return new PageSession().signIn(user, password);
    }

    /** The session's cookies for the portal, as a {@code Cookie} header (for a websocket opened in this session). */
    public String cookieHeader() {
        try {
            return String.join("; ", cookies.get(URI.create(KafoStack.get().portalUrl() + "/"), Map.of()).getOrDefault("Cookie", List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PageSession signIn(String user, String password) {
        String portal = KafoStack.get().portalUrl();
        HttpResponse<String> toKeycloak = send(get(portal + "/login"));
        // With Organizations, Keycloak asks for the username first, then for the password.
        HttpResponse<String> usernamePage = send(get(location(toKeycloak)));
        HttpResponse<String> passwordPage = submit(usernamePage, Map.of("username", user));
        HttpResponse<String> toCallback = passwordPage.statusCode() == 302
                ? passwordPage
                : submit(passwordPage, Map.of("username", user, "password", password));
        if (toCallback.statusCode() != 302 || !location(toCallback).startsWith(portal)) {
            throw new IllegalStateException("Keycloak refused " + user + ": " + toCallback.statusCode());
        }
        HttpResponse<String> home = send(get(location(toCallback)));
        if (home.statusCode() != 302) {
            throw new IllegalStateException("the portal refused the callback for " + user + ": " + home.statusCode() + " " + home.body());
        }
        return this;
    }

    private HttpResponse<String> submit(HttpResponse<String> page, Map<String, String> fields) {
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (!form.find()) {
            throw new IllegalStateException("no Keycloak login form (" + page.statusCode() + ")");
        }
        return send(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formData(fields)))
                .build());
    }

    /** GETs a page of the portal (no redirect followed: a 302 to Keycloak means "not signed in"). */
    public Api.Response page(String path) {
        HttpResponse<String> response = send(get(KafoStack.get().portalUrl() + path));
        return new Api.Response(response.statusCode(), response.headers(), response.body());
    }

    /**
     * POSTs to a page of the portal in this session, as a browser submits a form ({@code contentType} says how
     * {@code body} is encoded); no redirect followed.
     */
    public Api.Response post(String path, String contentType, byte[] body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl() + path))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        return new Api.Response(response.statusCode(), response.headers(), response.body());
    }

    /** The value of one of this session's cookies for the portal (JSESSIONID…), if it has it. */
    public java.util.Optional<String> cookie(String name) {
        return cookies.cookies().getCookieStore().get(URI.create(KafoStack.get().portalUrl())).stream()
                .filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst();
    }

    /**
     * Browsers treat http://localhost as a secure context and send its "Secure" cookies (Keycloak's login
     * cookies are); the JDK's cookie manager does not, so the flag is dropped for this loopback client.
     */
    private static final class LocalhostCookies extends CookieHandler {
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        CookieManager cookies() {
            return cookies;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return cookies.get(uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> insecure = new java.util.HashMap<>();
            headers.forEach((name, values) -> insecure.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList()
                    : values));
            cookies.put(uri, insecure);
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("expected a redirect, got " + response.statusCode()));
    }

    private static String formData(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
