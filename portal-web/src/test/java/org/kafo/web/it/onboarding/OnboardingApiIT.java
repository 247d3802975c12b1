package org.kafo.web.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_ADMIN;
import static org.kafo.web.it.support.Demo.NETWORK_ADMIN;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;
import org.kafo.web.it.support.KeycloakState;

/** The coordination onboards, suspends and reactivates partners through the API; Keycloak and the portal agree. */
@KafoIT
class OnboardingApiIT {

    @AfterEach
    void linkUp() {
        KafoStack.get().adminLink().restore();
    }

    @Test
    void aPartnerIsOnboardedInKeycloakAndThePortalAndItsFirstAdminIsInvitedByEmail() throws Exception {
        String alias = Onboard.unique("aracem");
        String admin = alias + "@aracem.example";
        Api.Response created = Api.post("/api/v1/partners", NETWORK_ADMIN, Onboard.partnerJson(alias, "ARACEM " + alias, admin));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/partners/" + alias));
        assertThat(created.json().getJsonObject("partner").getString("status")).isEqualTo("ACTIVE");
        assertThat(created.json().getJsonObject("partner").getString("kind")).isEqualTo("association-de-migrants");
        assertThat(created.json().getBoolean("invitationSent")).isTrue();

        assertThat(Api.get("/api/v1/tenants/" + alias, null).status()).isEqualTo(200);
        assertThat(KeycloakState.organizations(alias)).hasSize(1);
        JsonObject user = KeycloakState.userByEmail(admin).orElseThrow();
        assertThat(user.getString("id")).isEqualTo(created.json().getString("adminId"));
        assertThat(KeycloakState.realmRoles(user.getString("id"))).contains("tenant-admin");
        assertThat(KeycloakState.organizationsOf(user.getString("id"))).containsExactly(alias);

        var mail = Onboard.invitationTo(admin).orElseThrow();
        assertThat(Onboard.link(mail)).startsWith(KafoStack.get().keycloak().baseUri().toString()).contains("action-token");

        Api.Response audit = Api.get("/api/v1/audit?targetType=partner&targetId=" + alias, NETWORK_ADMIN);
        assertThat(audit.array().getValuesAs(JsonObject.class)).extracting(e -> e.getString("action") + " by " + e.getString("actor"))
                .containsExactly("partner.onboard by coordination");

        // The invited admin, with a password chosen, signs in with the new association in the token and manages it.
        String token = Onboard.tokenOfInvited(admin);
        Api.Response members = Onboard.as(token, "GET", "/api/v1/partners/" + alias + "/members", null);
        assertThat(members.status()).as(members.toString()).isEqualTo(200);
        assertThat(members.array().getValuesAs(JsonObject.class)).extracting(m -> m.getString("email") + "=" + m.getString("role"))
                .containsExactly(admin + "=tenant-admin");
        assertThat(Onboard.as(token, "GET", "/api/v1/me", null).json().getString("tenant")).isEqualTo(alias);
    }

    @Test
    void badInputGetsAFrenchMessagePerFieldAndCreatesNothing() {
        String alias = Onboard.unique("mauvais");
        Api.Response bad = Api.post("/api/v1/partners", NETWORK_ADMIN, "{\"alias\":\"" + alias + "\",\"name\":\"\",\"country\":\"ZZ\","
                + "\"kind\":\"club\",\"adminEmail\":\"pas-une-adresse\",\"adminFirstName\":\"Awa\",\"adminLastName\":\"Traoré\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactly("name", "country", "kind", "adminEmail");
        assertThat(bad.body()).contains("« pas-une-adresse » n'est pas une adresse électronique valide");
        assertThat(KeycloakState.organizations(alias)).isEmpty();

        Api.Response aliasTaken = Api.post("/api/v1/partners", NETWORK_ADMIN, Onboard.partnerJson("cimade", "Autre Cimade", "x@autre.example"));
        assertThat(aliasTaken.status()).isEqualTo(400);
        assertThat(aliasTaken.json().getString("detail")).contains("« cimade » est déjà");
        Api.Response nameTaken = Api.post("/api/v1/partners", NETWORK_ADMIN, Onboard.partnerJson(alias, "la cimade", "x@autre.example"));
        assertThat(nameTaken.status()).isEqualTo(400);
        assertThat(nameTaken.json().getString("detail")).contains("porte déjà le nom");
        assertThat(KeycloakState.organizations(alias)).isEmpty();
        assertThat(KeycloakState.organizations("cimade")).hasSize(1);
        assertThat(KeycloakState.userByEmail("x@autre.example")).isEmpty();
    }

    @Test
    void keycloakUnreachableMidwayLeavesNoHalfCreatedPartnerAndTheRetrySucceeds() {
        String alias = Onboard.unique("coupure");
        String admin = alias + "@coupure.example";
        String json = Onboard.partnerJson(alias, "Coupure " + alias, admin);

        // The organization is created, then Keycloak goes away before the account (and the clean-up) can be made.
        KafoStack.get().adminLink().cutFrom(r -> r.startsWith("POST /admin/realms/kafo/users"));
        Api.Response failed = Api.post("/api/v1/partners", NETWORK_ADMIN, json);
        assertThat(failed.status()).as(failed.toString()).isEqualTo(503);
        assertThat(failed.json().getString("detail")).contains("ne répond pas", "rien n'a été enregistré");
        assertThat(KafoStack.get().adminLink().requests()).anyMatch(r -> r.startsWith("POST /admin/realms/kafo/organizations"));
        assertThat(Api.get("/api/v1/tenants/" + alias, null).status()).as("no tenant in the portal").isEqualTo(404);
        assertThat(KeycloakState.userByEmail(admin)).as("no account").isEmpty();
        assertThat(Api.get("/api/v1/audit?targetType=partner&targetId=" + alias, NETWORK_ADMIN).array()).isEmpty();

        // Keycloak back: the same request completes, taking over the organization left behind.
        KafoStack.get().adminLink().restore();
        Api.Response retried = Api.post("/api/v1/partners", NETWORK_ADMIN, json);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(KeycloakState.organizations(alias)).hasSize(1);
        assertThat(KeycloakState.organizationsOf(KeycloakState.userByEmail(admin).orElseThrow().getString("id"))).containsExactly(alias);
    }

    @Test
    void keycloakUnreachableFromTheStartChangesNothing() {
        String alias = Onboard.unique("panne");
        KafoStack.get().adminLink().cutFrom(r -> true);
        Api.Response failed = Api.post("/api/v1/partners", NETWORK_ADMIN, Onboard.partnerJson(alias, "Panne " + alias, alias + "@panne.example"));
        assertThat(failed.status()).isEqualTo(503);
        KafoStack.get().adminLink().restore();
        assertThat(KeycloakState.organizations(alias)).isEmpty();
        assertThat(Api.get("/api/v1/tenants/" + alias, null).status()).isEqualTo(404);
    }

    @Test
    void aSuspendedPartnersMembersAreShutOutNothingIsDeletedAndReactivationLetsThemBackIn() {
        String admin = Onboard.unique("suspendu") + "@suspendu.example";
        String alias = Onboard.partner(admin);
        String token = Onboard.tokenOfInvited(admin);
        assertThat(Onboard.as(token, "GET", "/api/v1/me", null).status()).isEqualTo(200);

        Api.Response suspended = Api.post("/api/v1/partners/" + alias + "/suspend", NETWORK_ADMIN, null);
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(suspended.json().getString("status")).isEqualTo("SUSPENDED");

        Api.Response shutOut = Onboard.as(token, "GET", "/api/v1/me", null);
        assertThat(shutOut.status()).isEqualTo(403);
        assertThat(shutOut.json().getString("detail")).contains("suspendue", "Rien de ce qu'elle a publié n'est supprimé");
        assertThat(Onboard.as(token, "POST", "/api/v1/partners/" + alias + "/members", Onboard.personJson("x@" + alias + ".example", "member"))
                .status()).as("no posting").isEqualTo(403);
        assertThat(Api.get("/api/v1/tenants/" + alias, null).json().getString("status")).isEqualTo("SUSPENDED");
        assertThat(KeycloakState.organizations(alias)).hasSize(1);
        assertThat(Api.post("/api/v1/partners/" + alias + "/suspend", NETWORK_ADMIN, null).status()).as("already suspended").isEqualTo(409);

        assertThat(Api.post("/api/v1/partners/" + alias + "/reactivate", NETWORK_ADMIN, null).status()).isEqualTo(200);
        assertThat(Onboard.as(token, "GET", "/api/v1/me", null).status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/audit?targetType=partner&targetId=" + alias, NETWORK_ADMIN).array().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).containsExactly("partner.reactivate", "partner.suspend", "partner.onboard");
    }

    @Test
    void onlyTheCoordinationManagesPartnersAndNotItsOwnAssociationsSuspension() {
        assertThat(Api.post("/api/v1/partners/ame/suspend", NETWORK_ADMIN, null).json().getString("detail")).contains("propre association");
        assertThat(Api.post("/api/v1/partners/cimade/suspend", AME_ADMIN, null).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/partners", AME_ADMIN).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/partners", null).status()).isEqualTo(401);
        assertThat(Api.get("/api/v1/partners", NETWORK_ADMIN).array().getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("alias")).contains("ame", "cimade", "apdha");
    }
}
