package org.kafo.realm;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at Keycloak's own pages, played by an HTTP client with a cookie jar: the sign-in (username, then
 * password: the realm's organizations make it identity-first) and the consent a device authorization asks for.
 * What a script's user does in a browser, for the tests, without the password grant that the realm refuses.
 *
 * <pre>{@code
 * TokenClient api = keycloak.apiTokens();
 * TokenClient.DeviceAuthorization device = api.startDevice(null);
 * new SignInPages().approveDevice(device, "accueil.ame", "kafo-demo");
 * AccessToken token = api.deviceToken(device);
 * }</pre>
 */
public final class SignInPages {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern ERROR = Pattern.compile(
            "id=\"input-error[^\"]*\"[^>]*>\\s*([^<\\s][^<]*)|class=\"[^\"]*kc-feedback-text[^\"]*\"[^>]*>\\s*([^<\\s][^<]*)");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>", Pattern.CASE_INSENSITIVE);
    private static final int MAX_STEPS = 12;

    private final HttpClient http;

    public SignInPages() {
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in at the device's address and agrees to give the script access: its token can then be fetched. */
    public void approveDevice(TokenClient.DeviceAuthorization device, String username, String password) {
        walk(device.verificationUriComplete(), username, password, uri -> uri.getPath().endsWith("/device/status"));
    }

    /**
     * Signs in from an authorization request and returns where Keycloak sends the browser back: the
     * {@code redirectUri} with its {@code code} (or {@code error}) parameter.
     */
    public URI authorize(URI authorizationRequest, String username, String password, URI redirectUri) {
        return walk(authorizationRequest, username, password, uri -> uri.toString().startsWith(redirectUri.toString()));
    }

    private URI walk(URI start, String username, String password, Predicate<URI> done) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(start).GET());
        URI at = start;
        for (int step = 0; step < MAX_STEPS; step++) {
            if (response.statusCode() / 100 == 3) {
                at = at.resolve(response.headers().firstValue("Location").orElseThrow());
                if (done.test(at)) {
                    if (!at.toString().contains("code=") && at.getPath().endsWith("/device/status")) {
                        send(HttpRequest.newBuilder(at).GET());
                    }
                    return at;
                }
                response = send(HttpRequest.newBuilder(at).GET());
                continue;
            }
            if (done.test(at)) {
                return at;
            }
            Map<String, String> form = form(response.body());
            String action = form.remove("#action");
            if (action == null) {
                throw new SignInRefused(username, response.statusCode(), explain(response.body()));
            }
            if (form.containsKey("password")) {
                form.put("username", username);
                form.put("password", password);
            } else if (form.containsKey("username")) {
                form.put("username", username);
            } else if (form.containsKey("accept")) {
                form.put("accept", "yes");
                form.remove("cancel");
            } else {
                throw new SignInRefused(username, response.statusCode(), explain(response.body()));
            }
            URI target = at.resolve(action);
            if (form.containsKey("password") && form.get("#error") != null) {
                throw new SignInRefused(username, response.statusCode(), form.get("#error"));
            }
            form.remove("#error");
            response = send(HttpRequest.newBuilder(target).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
            at = target;
        }
        throw new SignInRefused(username, response.statusCode(), "no end after " + MAX_STEPS + " pages");
    }

    /** The page's form: its action under {@code #action}, its fields with their values, a shown error under {@code #error}. */
    private static Map<String, String> form(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher form = FORM.matcher(page);
        while (form.find()) {
            Matcher action = ACTION.matcher(form.group(1));
            if (!action.find()) {
                continue;
            }
            Map<String, String> candidate = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                Matcher name = NAME.matcher(input.group(1));
                if (name.find()) {
                    Matcher value = VALUE.matcher(input.group(1));
                    candidate.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
                }
            }
            if (candidate.keySet().stream().anyMatch(k -> k.equals("username") || k.equals("password") || k.equals("accept"))
                    || form.group(2).contains("name=\"accept\"")) {
                if (form.group(2).contains("name=\"accept\"")) {
                    candidate.put("accept", "yes");
                }
                fields.putAll(candidate);
                fields.put("#action", unescape(action.group(1)));
                break;
            }
        }
        String error = message(page);
        if (error != null) {
            fields.put("#error", error);
        }
        return fields;
    }

    private static String message(String page) {
        Matcher m = ERROR.matcher(page);
        if (m.find()) {
            return (m.group(1) != null ? m.group(1) : m.group(2)).trim();
        }
        return null;
    }

    /** What a refusal says: Keycloak's message, else the page's title. */
    private static String explain(String page) {
        String error = message(page);
        if (error != null) {
            return error;
        }
        Matcher title = TITLE.matcher(page);
        return title.find() ? "page « " + title.group(1).trim() + " »" : page.substring(0, Math.min(200, page.length()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }

    /** Keycloak said no, or showed a page this client does not know; the message is Keycloak's. */
    public static final class SignInRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SignInRefused(String username, int status, String message) {
            super("sign-in of " + username + " did not complete (HTTP " + status + "): " + message);
        }
    }

    /**
     * Browsers treat http://localhost as a secure context and send its {@code Secure} cookies (Keycloak's login
     * cookies are); the JDK's cookie manager does not, so the flag is dropped for loopback addresses only.
     */
    private static final class LoopbackCookies extends CookieHandler {
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return cookies.get(uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            boolean loopback = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
            Map<String, List<String>> kept = new HashMap<>();
            headers.forEach((name, values) -> kept.put(name, loopback && name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList()
                    : values));
            cookies.put(uri, kept);
        }
    }
}
