package org.kafo.web.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What Keycloak holds, read straight from its admin API (not through the portal, nor the cuttable link)
 * with the same service account: so that a test can check that the portal and Keycloak agree.
 */
public final class KeycloakState {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakState() {
    }

    /** The organizations of that alias (0 or 1 when all is well). */
    public static List<JsonObject> organizations(String alias) {
        return get("/organizations?search=&first=0&max=1000").getValuesAs(JsonObject.class).stream()
                .filter(o -> alias.equals(o.getString("alias", null))).toList();
    }

    public static Optional<JsonObject> userByEmail(String email) {
        return get("/users?exact=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)).getValuesAs(JsonObject.class)
                .stream().findFirst();
    }

    /** The realm roles mapped to the user directly. */
    public static List<String> realmRoles(String userId) {
        return get("/users/" + userId + "/role-mappings/realm").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("name")).toList();
    }

    public static List<String> organizationsOf(String userId) {
        return get("/organizations/members/" + userId + "/organizations").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("alias")).toList();
    }

    private static JsonArray get(String path) {
        var keycloak = KafoStack.get().keycloak();
        String token = keycloak.adminTokens().clientCredentials().raw();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.baseUri() + "/admin/realms/kafo" + path))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
            }
            JsonValue value = Json.createReader(new StringReader(response.body())).readValue();
            return value.asJsonArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
