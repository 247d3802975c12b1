package org.kafo.web.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.Demo;
import org.kafo.web.it.support.KafoStack;
import org.kafo.web.it.support.KeycloakState;

/** Partners and people the onboarding tests create, each with names of its own so that tests do not meet. */
final class Onboard {

    static final String PASSWORD = "Kafo-essai-2026";

    private Onboard() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    static String partnerJson(String alias, String name, String adminEmail) {
        return Json.createObjectBuilder().add("alias", alias).add("name", name).add("acronym", alias.toUpperCase())
                .add("country", "ML").add("city", "Gao").add("kind", "association-de-migrants")
                .add("contactEmail", "contact@" + alias + ".example").add("adminEmail", adminEmail)
                .add("adminFirstName", "Awa").add("adminLastName", "Traoré").build().toString();
    }

    static String personJson(String email, String role) {
        return Json.createObjectBuilder().add("email", email).add("firstName", "Oumar").add("lastName", "Sangaré")
                .add("role", role).build().toString();
    }

    /** A new partner, onboarded by the coordination; returns its alias. */
    static String partner(String adminEmail) {
        String alias = unique("asso");
        Api.Response created = Api.post("/api/v1/partners", Demo.NETWORK_ADMIN, partnerJson(alias, "Association " + alias, adminEmail));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return alias;
    }

    /** The invitation e-mail Keycloak sent to {@code address}, if any. */
    static Optional<MimeMessage> invitationTo(String address) {
        KafoStack.get().mail().waitForIncomingEmail(10_000, 1);
        return Arrays.stream(KafoStack.get().mail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).reduce((a, b) -> b);
    }

    /** The link of an invitation: where the person chooses a password. */
    static String link(MimeMessage message) {
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
        int start = body.indexOf("http");
        int key = body.indexOf("action-token", start);
        assertThat(key).as("an action-token link in " + body).isPositive();
        int end = start;
        while (end < body.length() && !Character.isWhitespace(body.charAt(end)) && body.charAt(end) != '"' && body.charAt(end) != '<') {
            end++;
        }
        return body.substring(start, end).replace("&amp;", "&");
    }

    /** What the invited person would do with the link, done through the admin API: a password of their own. */
    static String tokenOfInvited(String email) {
        String id = KeycloakState.userByEmail(email).orElseThrow().getString("id");
        var keycloak = KafoStack.get().keycloak();
        String admin = keycloak.adminTokens().clientCredentials().raw();
        try {
            HttpResponse<String> reset = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(keycloak.baseUri() + "/admin/realms/kafo/users/" + id + "/reset-password"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"type\":\"password\",\"value\":\"" + PASSWORD + "\",\"temporary\":false}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reset.statusCode()).as(reset.body()).isEqualTo(204);
            jakarta.json.JsonObject user = KeycloakState.userByEmail(email).orElseThrow();
            // the link also proves the address: Keycloak marks it verified
            String withoutActions = Json.createObjectBuilder(user).add("requiredActions", Json.createArrayBuilder())
                    .add("emailVerified", true).build().toString();
            HttpResponse<String> noActions = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(keycloak.baseUri() + "/admin/realms/kafo/users/" + id))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(withoutActions)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(noActions.statusCode()).as(noActions.body()).isEqualTo(204);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return keycloak.userToken(email, PASSWORD).raw();
    }

    /** Sets whether the account's address counts as proved (what clicking Keycloak's verification link does). */
    static void emailVerified(String email, boolean verified) {
        jakarta.json.JsonObject user = KeycloakState.userByEmail(email).orElseThrow();
        var keycloak = KafoStack.get().keycloak();
        String admin = keycloak.adminTokens().clientCredentials().raw();
        try {
            HttpResponse<String> updated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(keycloak.baseUri() + "/admin/realms/kafo/users/" + user.getString("id")))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder(user).add("emailVerified", verified).build().toString()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(updated.statusCode()).as(updated.body()).isEqualTo(204);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Api.Response as(String token, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl() + path))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return Api.send(request.build());
    }
}
