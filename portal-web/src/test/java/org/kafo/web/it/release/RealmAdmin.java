package org.kafo.web.it.release;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * What the operator does in Keycloak's admin console after the import (the production realm has no account): the first
 * coordination account, through the admin API on the machine itself, as the master realm's administrator.
 */
final class RealmAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String username;
    private final String password;

    RealmAdmin(int keycloakPort, String username, String password) {
        this.base = "http://127.0.0.1:" + keycloakPort;
        this.username = username;
        this.password = password;
    }

    /** A person with a password and one network role; returns the account's id. */
    String createUser(String username, String firstName, String lastName, String email, String password, String role) {
        HttpResponse<String> created = send("POST", "/admin/realms/kafo/users", Json.createObjectBuilder().add("username", username)
                .add("firstName", firstName).add("lastName", lastName).add("email", email).add("emailVerified", true)
                .add("enabled", true).add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", password).add("temporary", false))).build().toString());
        expect(created, 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        JsonObject roleRepresentation = object(send("GET", "/admin/realms/kafo/roles/" + role, null));
        expect(send("POST", "/admin/realms/kafo/users/" + id + "/role-mappings/realm",
                Json.createArrayBuilder().add(roleRepresentation).build().toString()), 204);
        return id;
    }

    /** The accounts of the realm: username, e-mail, state, realm roles and kinds of credential, one line each. */
    java.util.List<String> accounts() {
        JsonArray users = array(send("GET", "/admin/realms/kafo/users?max=1000&briefRepresentation=false", null));
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (JsonObject u : users.getValuesAs(JsonObject.class)) {
            String id = u.getString("id");
            JsonArray roles = array(send("GET", "/admin/realms/kafo/users/" + id + "/role-mappings/realm", null));
            JsonArray credentials = array(send("GET", "/admin/realms/kafo/users/" + id + "/credentials", null));
            lines.add(id + " " + u.getString("username") + " " + u.getString("email", "") + " enabled=" + u.getBoolean("enabled")
                    + " roles=" + roles.getValuesAs(JsonObject.class).stream().map(r -> r.getString("name")).sorted().toList()
                    + " credentials=" + credentials.getValuesAs(JsonObject.class).stream()
                    .map(c -> c.getString("type") + ":" + c.getString("id")).sorted().toList());
        }
        java.util.Collections.sort(lines);
        return lines;
    }

    private String token() {
        HttpResponse<String> response = http(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
        expect(response, 200);
        return object(response).getString("access_token");
    }

    private HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http(request);
    }

    private static HttpResponse<String> http(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri() + ": " + response.statusCode() + " " + response.body());
        }
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
