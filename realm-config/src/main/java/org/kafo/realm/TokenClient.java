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
 * Gets access tokens from Keycloak's token endpoint for one client: by the password grant for a user
 * (tests, API examples) and by client credentials (service accounts). The JDK's HttpClient and JSON-P,
 * nothing else. The client authenticates with HTTP Basic ({@code client_secret_basic}).
 *
 * <pre>{@code
 * TokenClient portal = new TokenClient(server.issuer(), "kafo-portal", server.portalClientSecret());
 * AccessToken token = portal.password("accueil.ame", "kafo-demo");
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

    /** The password grant, with the client's default scopes. */
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
        return request(Map.of("grant_type", "client_credentials"));
    }

    /** Decodes the payload of a compact JWT, without verifying anything. */
    public static JsonObject decodeClaims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a compact JWT");
        }
        return Json.parseObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private AccessToken request(Map<String, String> form) {
        Map<String, String> body = new LinkedHashMap<>(form);
        HttpRequest.Builder request = HttpRequest.newBuilder(tokenEndpoint)
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
            throw new UncheckedIOException("token endpoint " + tokenEndpoint + " unreachable", e);
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
        if (response.statusCode() != 200 || !json.containsKey("access_token")) {
            throw new TokenRequestException(response.statusCode(), Json.string(json, "error").orElse("unknown"),
                    Json.string(json, "error_description").orElse(null));
        }
        String raw = json.getString("access_token");
        return new AccessToken(raw, decodeClaims(raw), json);
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
