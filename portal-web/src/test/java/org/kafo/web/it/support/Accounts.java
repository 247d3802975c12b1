package org.kafo.web.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.kafo.realm.SignInPages;
import org.kafo.realm.TokenClient;

/**
 * People the tests create for themselves, so that taking their rights away disturbs no other test: a partner onboarded
 * by the coordination, its first administrator and the members it invites, each with a password; and what an
 * administrator does to them straight in Keycloak's admin API (disable an account, change its role, take it out of its
 * association), as the portal's {@code kafo-admin} service account would, not through the portal.
 */
public final class Accounts {

    public static final String PASSWORD = "Kafo-essai-2026";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Accounts() {
    }

    /** An association of the tests: its alias, its Keycloak organization, its first administrator. */
    public record Partner(String alias, String organizationId, Person admin) {
    }

    /** An account of the tests. */
    public record Person(String id, String email) {

        /** A fresh access token, as an API user gets one (the device authorization grant of {@code kafo-api}). */
        public String token() {
            return KafoStack.get().keycloak().userToken(email, PASSWORD).raw();
        }

        /**
         * An access token that lives {@code seconds} only, from a client of the tests whose tokens are short (created once,
         * by Keycloak's bootstrap administrator, with the device grant and the portal as audience, like {@code kafo-api}):
         * for what must end with the token.
         */
        public String shortToken(int seconds) {
            var keycloak = KafoStack.get().keycloak();
            TokenClient client = new TokenClient(keycloak.issuer(), shortLivedClient(seconds), null);
            TokenClient.DeviceAuthorization device = client.startDevice(null);
            new SignInPages().approveDevice(device, email, PASSWORD);
            return client.deviceToken(device).raw();
        }

        /** A browser session of its own, signed in through Keycloak's form. */
        public PageSession session() {
            return PageSession.signedIn(email, PASSWORD);
        }

        /** Calls the API with a fresh token of this person. */
        public Api.Response call(String method, String path, String json) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl() + path))
                    .header("Accept", "application/json").header("Authorization", "Bearer " + token())
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            return Api.send(request.build());
        }
    }

    /** A new partner, onboarded by the coordination through the API; its first administrator has chosen a password. */
    public static Partner partner(String prefix) {
        String alias = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        String adminEmail = "admin@" + alias + ".example";
        String json = Json.createObjectBuilder().add("alias", alias).add("name", "Association " + alias).add("acronym", alias.toUpperCase())
                .add("country", "ML").add("city", "Kayes").add("kind", "association-de-migrants")
                .add("contactEmail", "contact@" + alias + ".example").add("adminEmail", adminEmail)
                .add("adminFirstName", "Awa").add("adminLastName", "Traoré").build().toString();
        Api.Response created = Api.post("/api/v1/partners", Demo.NETWORK_ADMIN, json);
        if (created.status() != 201) {
            throw new AssertionError("could not onboard " + alias + ": " + created);
        }
        String organizationId = KeycloakState.organizations(alias).get(0).getString("id");
        return new Partner(alias, organizationId, withPassword(created.json().getString("adminId"), adminEmail));
    }

    /** A new person of the partner with {@code role} (member, observer, tenant-admin), invited by its administrator. */
    public static Person member(Partner partner, String role) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 6) + "@" + partner.alias() + ".example";
        Api.Response invited = partner.admin().call("POST", "/api/v1/partners/" + partner.alias() + "/members",
                Json.createObjectBuilder().add("email", email).add("firstName", "Oumar").add("lastName", "Sangaré")
                        .add("role", role).build().toString());
        if (invited.status() != 201) {
            throw new AssertionError("could not invite " + email + ": " + invited);
        }
        return withPassword(invited.json().getJsonObject("member").getString("id"), email);
    }

    /** Disables the account in Keycloak and signs it out everywhere, as an administrator does in Keycloak's console. */
    public static void disable(Person person) {
        enabled(person, false);
        admin("POST", "/users/" + person.id() + "/logout", null);
    }

    public static void enable(Person person) {
        enabled(person, true);
    }

    /** Replaces the account's role {@code from} by {@code to}, straight in Keycloak. */
    public static void changeRole(Person person, String from, String to) {
        removeRole(person, from);
        addRole(person, to);
    }

    /** Takes the realm role {@code name} away from the account (it may be left with none). */
    public static void removeRole(Person person, String name) {
        admin("DELETE", "/users/" + person.id() + "/role-mappings/realm", "[" + role(person, name, "") + "]");
    }

    /** Gives the account the realm role {@code name}. */
    public static void addRole(Person person, String name) {
        admin("POST", "/users/" + person.id() + "/role-mappings/realm", "[" + role(person, name, "/available") + "]");
    }

    /** Takes the person out of the partner's organization: they no longer belong to the association. */
    public static void leave(Partner partner, Person person) {
        admin("DELETE", "/organizations/" + partner.organizationId() + "/members/" + person.id(), null);
    }

    /** Suspends the association through the API, as the coordination does. */
    public static void suspend(Partner partner) {
        Api.Response r = Api.post("/api/v1/partners/" + partner.alias() + "/suspend", Demo.NETWORK_ADMIN, null);
        if (r.status() != 200) {
            throw new AssertionError("could not suspend " + partner.alias() + ": " + r);
        }
    }

    public static void reactivate(Partner partner) {
        Api.Response r = Api.post("/api/v1/partners/" + partner.alias() + "/reactivate", Demo.NETWORK_ADMIN, null);
        if (r.status() != 200) {
            throw new AssertionError("could not reactivate " + partner.alias() + ": " + r);
        }
    }

    /** A public client of the realm whose access tokens live {@code seconds}, with the portal's scopes and audience; its id. */
    private static synchronized String shortLivedClient(int seconds) {
        String clientId = "kafo-essai-" + seconds + "s";
        var keycloak = KafoStack.get().keycloak();
        String master = new TokenClient(keycloak.baseUri() + "/realms/master", "admin-cli", null)
                .password(keycloak.bootstrapAdminUsername(), keycloak.bootstrapAdminPassword()).raw();
        String json = Json.createObjectBuilder().add("clientId", clientId).add("publicClient", true)
                .add("directAccessGrantsEnabled", false).add("standardFlowEnabled", false)
                .add("attributes", Json.createObjectBuilder().add("access.token.lifespan", String.valueOf(seconds))
                        .add("oauth2.device.authorization.grant.enabled", "true"))
                .add("protocolMappers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "audience kafo-portal")
                        .add("protocol", "openid-connect").add("protocolMapper", "oidc-audience-mapper")
                        .add("config", Json.createObjectBuilder().add("included.client.audience", "kafo-portal")
                                .add("access.token.claim", "true").add("id.token.claim", "false"))))
                .add("defaultClientScopes", Json.createArrayBuilder().add("basic").add("profile").add("email").add("roles").add("organization"))
                .build().toString();
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(keycloak.baseUri() + "/admin/realms/kafo/clients"))
                .header("Authorization", "Bearer " + master).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new AssertionError("could not create the client " + clientId + ": " + created.statusCode() + " " + created.body());
        }
        return clientId;
    }

    /** The language Keycloak keeps for the account (its {@code locale} attribute), or {@code null}. */
    public static String language(Person person) {
        JsonObject user = admin("GET", "/users/" + person.id(), null).asJsonObject();
        JsonObject attributes = user.getJsonObject("attributes");
        return attributes == null || !attributes.containsKey("locale") ? null : attributes.getJsonArray("locale").getString(0);
    }

    private static void enabled(Person person, boolean enabled) {
        JsonObject user = admin("GET", "/users/" + person.id(), null).asJsonObject();
        admin("PUT", "/users/" + person.id(), Json.createObjectBuilder(user).add("enabled", enabled).build().toString());
    }

    /** The realm role {@code name} as the account holds it ({@code ""}) or may be given it ({@code "/available"}). */
    private static String role(Person person, String name, String which) {
        JsonArray roles = admin("GET", "/users/" + person.id() + "/role-mappings/realm" + which, null).asJsonArray();
        return roles.getValuesAs(JsonObject.class).stream().filter(r -> name.equals(r.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no role " + name + " " + which + " for " + person.email())).toString();
    }

    /** What the invited person does with the link, done through the admin API: a password of their own, the address verified. */
    private static Person withPassword(String id, String email) {
        admin("PUT", "/users/" + id + "/reset-password", "{\"type\":\"password\",\"value\":\"" + PASSWORD + "\",\"temporary\":false}");
        JsonObject user = admin("GET", "/users/" + id, null).asJsonObject();
        admin("PUT", "/users/" + id, Json.createObjectBuilder(user).add("requiredActions", Json.createArrayBuilder())
                .add("emailVerified", true).build().toString());
        return new Person(id, email);
    }

    private static JsonValue admin(String method, String path, String json) {
        var keycloak = KafoStack.get().keycloak();
        String token = keycloak.adminTokens().clientCredentials().raw();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloak.baseUri() + "/admin/realms/kafo" + path))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() >= 300) {
            throw new AssertionError(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isBlank() ? JsonValue.NULL : Json.createReader(new StringReader(response.body())).readValue();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
