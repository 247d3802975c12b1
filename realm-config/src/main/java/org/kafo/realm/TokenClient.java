package org.kafo.realm;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Gets tokens from Keycloak's endpoints for one client: by the device authorization grant for a person
 * using a script or a tool (RFC 8628, the public client {@value KafoRealm#API_CLIENT}), by refresh, by an
 * authorization code, and by client credentials (service accounts). The password grant is kept only to prove
 * that the realm's clients refuse it. The JDK's HttpClient and JSON-P, nothing else. A confidential client
 * authenticates with HTTP Basic ({@code client_secret_basic}); a public one names itself.
 *
 * <pre>{@code
 * TokenClient api = new TokenClient(server.issuer(), "kafo-api", null);
 * DeviceAuthorization device = api.startDevice(null);   // the person opens device.verificationUriComplete()
 * AccessToken token = api.deviceToken(device);           // once they signed in and agreed
 * token.organizations();   // ["ame"]
 * }</pre>
 */
public final class TokenClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient http;

    /**
     * @param issuer       the realm's issuer, {@code http://host:port/realms/kafo}
     * @param clientSecret the client's secret, or {@code null} for a public client
     */
    public TokenClient(String issuer, String clientId, String clientSecret) {
        this.tokenEndpoint = URI.create(stripSlash(Objects.requireNonNull(issuer, "issuer")) + "/protocol/openid-connect/token");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = clientSecret;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    public URI tokenEndpoint() {
        return tokenEndpoint;
    }

    /**
     * Starts the device authorization grant: the code and the address where the person signs in and agrees.
     *
     * @param scope {@code null} for the client's default scopes, or e.g. {@code organization:cimade}
     */
    public DeviceAuthorization startDevice(String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        if (scope != null) {
            form.put("scope", scope);
        }
        JsonObject json = post(deviceEndpoint(), form);
        return new DeviceAuthorization(json.getString("device_code"), json.getString("user_code"),
                URI.create(json.getString("verification_uri")), URI.create(json.getString("verification_uri_complete")),
                json.getInt("interval", 5), json.getInt("expires_in", 600));
    }

    /**
     * The token of a device authorization, asked once: {@link TokenRequestException} with
     * {@code authorization_pending} while the person has not agreed yet (a script asks again every
     * {@link DeviceAuthorization#interval()} seconds), {@code access_denied} when they refused.
     */
    public AccessToken deviceToken(DeviceAuthorization device) {
        return request(form("grant_type", "urn:ietf:params:oauth:grant-type:device_code", "device_code", device.deviceCode()));
    }

    /**
     * Polls for the token of a device authorization as RFC 8628 says: every {@code interval} seconds, five more
     * after each {@code slow_down}, until the person agreed (or refused: the exception), or {@code timeout}.
     */
    public AccessToken awaitDeviceToken(DeviceAuthorization device, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long interval = device.interval();
        while (true) {
            try {
                return deviceToken(device);
            } catch (TokenRequestException e) {
                boolean wait = e.error().equals("authorization_pending") || e.error().equals("slow_down");
                if (!wait || System.nanoTime() + interval * 1_000_000_000L > deadline) {
                    throw e;
                }
                if (e.error().equals("slow_down")) {
                    interval += 5;
                }
            }
            try {
                Thread.sleep(interval * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the device authorization", e);
            }
        }
    }

    /** A new access token from a refresh token (the refresh token may be replaced: see the response). */
    public AccessToken refresh(String refreshToken) {
        return request(form("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    /** The tokens of an authorization code (with its PKCE verifier), as the portal's callback gets them. */
    public AccessToken authorizationCode(String code, URI redirectUri, String codeVerifier) {
        return request(form("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri.toString(),
                "code_verifier", codeVerifier));
    }

    /**
     * The device authorization grant's first answer.
     *
     * @param verificationUriComplete where the person signs in, the user code already filled in
     * @param interval                seconds to wait between two token requests
     */
    public record DeviceAuthorization(String deviceCode, String userCode, URI verificationUri, URI verificationUriComplete,
                                      int interval, int expiresIn) {
    }

    /** The password grant, with the client's default scopes: the realm's own clients refuse it. */
    public AccessToken password(String username, String password) {
        return password(username, password, null);
    }

    /**
     * The password grant with a {@code scope} parameter, e.g. {@code organization:cimade} to narrow the
     * organization claim of a user who belongs to several organizations.
     */
    public AccessToken password(String username, String password, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("username", username);
        form.put("password", password);
        if (scope != null) {
            form.put("scope", scope);
        }
        return request(form);
    }

    /** The client credentials grant: a token for the client's service account. */
    public AccessToken clientCredentials() {
        return request(form("grant_type", "client_credentials"));
    }

    /** Decodes the payload of a compact JWT, without verifying anything. */
    public static JsonObject decodeClaims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a compact JWT");
        }
        return Json.parseObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    public URI deviceEndpoint() {
        return URI.create(tokenEndpoint.toString().replace("/token", "/auth/device"));
    }

    private AccessToken request(Map<String, String> form) {
        JsonObject json = post(tokenEndpoint, form);
        String raw = json.getString("access_token");
        return new AccessToken(raw, decodeClaims(raw), json);
    }

    private JsonObject post(URI endpoint, Map<String, String> form) {
        Map<String, String> body = new LinkedHashMap<>(form);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        if (clientSecret != null) {
            String credentials = encode(clientId) + ":" + encode(clientSecret);
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        } else {
            body.put("client_id", clientId);
        }
        String encoded = body.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response;
        try {
            response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(encoded)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("token endpoint " + endpoint + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        JsonObject json;
        try {
            json = Json.parseObject(response.body());
        } catch (RuntimeException e) {
            throw new TokenRequestException(response.statusCode(), "invalid_response", truncate(response.body()));
        }
        if (response.statusCode() != 200 || json.containsKey("error")) {
            throw new TokenRequestException(response.statusCode(), Json.string(json, "error").orElse("unknown"),
                    Json.string(json, "error_description").orElse(null));
        }
        return json;
    }

    /** Form fields in the order given (the tests read them back). */
    private static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String truncate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
