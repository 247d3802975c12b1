package org.kafo.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_ADMIN;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;
import static org.kafo.web.it.support.Demo.OBSERVER;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.realm.AccessToken;
import org.kafo.realm.DemoAccounts;
import org.kafo.realm.KeycloakServer;
import org.kafo.realm.SignInPages;
import org.kafo.realm.TokenClient;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;

/**
 * The API's door: real Keycloak tokens for two tenants, 401 without one or with a token that is not the portal's
 * (another client's, an ID or refresh token), 403 with the wrong role, problem+json.
 */
@KafoIT
class ApiSecurityIT {

    @Test
    void aTokenOfEachTenantGivesItsOwnIdentityAndAssociation() {
        Api.Response ame = Api.get("/api/v1/me", AME_MEMBER);
        assertThat(ame.status()).isEqualTo(200);
        assertThat(ame.json().getString("tenant")).isEqualTo("ame");
        assertThat(ame.json().getString("tenantName")).isEqualTo("Association Malienne des Expulsés");
        assertThat(ame.json().getJsonArray("roles").getString(0)).isEqualTo("member");

        Api.Response cimade = Api.get("/api/v1/me", CIMADE_MEMBER);
        assertThat(cimade.status()).isEqualTo(200);
        assertThat(cimade.json().getString("tenant")).isEqualTo("cimade");
        assertThat(cimade.json().getString("username")).isEqualTo(CIMADE_MEMBER);
    }

    @Test
    void anObserverOfNoAssociationHasNoTenant() {
        Api.Response me = Api.get("/api/v1/me", OBSERVER);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().isNull("tenant")).isTrue();
    }

    @Test
    void withoutATokenTheApiSays401AsProblemJson() {
        Api.Response response = Api.get("/api/v1/me", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.json().getInt("status")).isEqualTo(401);
        assertThat(response.json().getString("detail")).contains("Connectez-vous");
    }

    @Test
    void aForgedOrMangledTokenIsRefusedWith401() {
        String token = KafoStack.get().token(AME_MEMBER);
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        for (String bad : new String[] {"not-a-jwt", tampered}) {
            Api.Response response = Api.send(HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl() + "/api/v1/me"))
                    .header("Authorization", "Bearer " + bad).GET().build());
            assertThat(response.status()).as(bad).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aTokenThatAnotherClientOfTheRealmObtainedIsRefused() {
        KeycloakServer keycloak = KafoStack.get().keycloak();
        // admin-cli (Keycloak's own, public, password grant on): a real token of a real user, signed by the realm
        AccessToken adminCli = new TokenClient(keycloak.issuer(), "admin-cli", null).password(AME_MEMBER, DemoAccounts.get(AME_MEMBER).password());
        assertThat(adminCli.claim("azp")).hasValue("admin-cli");
        // the portal's own service account for Keycloak's admin API
        AccessToken serviceAccount = keycloak.adminTokens().clientCredentials();
        for (AccessToken other : List.of(adminCli, serviceAccount)) {
            Api.Response response = bearer(other.raw());
            assertThat(response.status()).as(other.claim("azp").orElseThrow()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void anIdTokenOrARefreshTokenOfThePortalIsNotAnAccessToken() {
        KeycloakServer keycloak = KafoStack.get().keycloak();
        // the portal's own code flow: its ID token names kafo-portal as audience and authorised party
        URI callback = URI.create(KafoStack.get().portalUrl() + "/oidc/callback");
        String verifier = "v".repeat(50);
        String challenge = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        URI authorize = URI.create(keycloak.issuer() + "/protocol/openid-connect/auth?client_id=kafo-portal&response_type=code"
                + "&scope=openid&redirect_uri=" + callback + "&state=s&nonce=n&code_challenge=" + challenge + "&code_challenge_method=S256");
        URI back = new SignInPages().authorize(authorize, AME_MEMBER, DemoAccounts.get(AME_MEMBER).password(), callback);
        String code = back.getQuery().replaceAll(".*\\bcode=([^&]+).*", "$1");
        AccessToken tokens = keycloak.portalTokens().authorizationCode(code, callback, verifier);
        String idToken = tokens.response().getString("id_token");
        assertThat(TokenClient.decodeClaims(idToken).getString("aud")).isEqualTo("kafo-portal");

        assertThat(bearer(tokens.raw()).status()).as("the access token of the same exchange").isEqualTo(200);
        assertThat(bearer(idToken).status()).as("its ID token").isEqualTo(401);
        assertThat(bearer(tokens.response().getString("refresh_token")).status()).as("its refresh token").isEqualTo(401);
    }

    private static Api.Response bearer(String token) {
        return Api.send(HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl() + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build());
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theWrongRoleGets403AsProblemJson() {
        Api.Response response = Api.get("/api/v1/audit", AME_MEMBER);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().getString("title")).isEqualTo("Action non autorisée");
    }

    @Test
    void badPagingIsRefusedWithTheFieldNamed() {
        Api.Response tooMany = Api.get("/api/v1/audit?max=5000", AME_ADMIN);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("max");

        Api.Response notANumber = Api.get("/api/v1/audit?first=abc", AME_ADMIN);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownThingsAre404AsProblemJson() {
        Api.Response tenant = Api.get("/api/v1/tenants/inconnue", null);
        assertThat(tenant.status()).isEqualTo(404);
        assertThat(tenant.json().getString("detail")).contains("inconnue");

        Api.Response path = Api.get("/api/v1/nulle-part", AME_MEMBER);
        assertThat(path.status()).isEqualTo(404);
        assertThat(path.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theMemberAssociationsArePublic() {
        Api.Response tenants = Api.get("/api/v1/tenants", null);
        assertThat(tenants.status()).isEqualTo(200);
        assertThat(tenants.array().getValuesAs(jakarta.json.JsonObject.class)).extracting(t -> t.getString("alias"))
                .contains("ame", "cimade", "apdha", "mission-catholique-gao");
    }
}
