package org.kafo.web.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_ADMIN;
import static org.kafo.web.it.support.Demo.NETWORK_ADMIN;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KeycloakState;

/** A tenant admin manages its own association's members; the coordination invites participants. */
@KafoIT
class MembersApiIT {

    @Test
    void aTenantAdminInvitesAMemberGivesAndTakesRolesAndDisablesTheAccount() {
        String email = Onboard.unique("aminata") + "@ame.example";
        Api.Response invited = Api.post("/api/v1/partners/ame/members", AME_ADMIN, Onboard.personJson(email, "member"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.json().getBoolean("invitationSent")).isTrue();
        JsonObject member = invited.json().getJsonObject("member");
        assertThat(member.getString("role")).isEqualTo("member");
        assertThat(member.getBoolean("pending")).isTrue();
        String id = member.getString("id");
        assertThat(KeycloakState.organizationsOf(id)).containsExactly("ame");
        assertThat(Onboard.invitationTo(email)).isPresent();

        Api.Response again = Api.post("/api/v1/partners/ame/members", AME_ADMIN, Onboard.personJson(email.toUpperCase(), "observer"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("detail")).contains("est déjà membre de l'association");

        Api.Response promoted = Api.put("/api/v1/partners/ame/members/" + id + "/role", AME_ADMIN, "{\"role\":\"tenant-admin\"}");
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        assertThat(KeycloakState.realmRoles(id)).contains("tenant-admin").doesNotContain("member");
        assertThat(Api.put("/api/v1/partners/ame/members/" + id + "/role", AME_ADMIN, "{\"role\":\"observer\"}").json().getString("role"))
                .isEqualTo("observer");
        assertThat(KeycloakState.realmRoles(id)).contains("observer").doesNotContain("tenant-admin", "member");

        Api.Response disabled = Api.post("/api/v1/partners/ame/members/" + id + "/disable", AME_ADMIN, null);
        assertThat(disabled.json().getBoolean("enabled")).isFalse();
        assertThat(KeycloakState.userByEmail(email).orElseThrow().getBoolean("enabled")).isFalse();
        assertThat(Api.post("/api/v1/partners/ame/members/" + id + "/enable", AME_ADMIN, null).json().getBoolean("enabled")).isTrue();

        assertThat(Api.get("/api/v1/audit?targetType=member&targetId=" + id, AME_ADMIN).array().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .containsExactly("member.enable", "member.disable", "member.role", "member.role", "member.invite");
    }

    @Test
    void badInvitationsAreRefusedInFrenchAndCreateNoAccount() {
        Api.Response badEmail = Api.post("/api/v1/partners/ame/members", AME_ADMIN, Onboard.personJson("moussa@", "member"));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("email");

        String email = Onboard.unique("chef") + "@ame.example";
        Api.Response networkAdmin = Api.post("/api/v1/partners/ame/members", AME_ADMIN, Onboard.personJson(email, "network-admin"));
        assertThat(networkAdmin.status()).isEqualTo(400);
        assertThat(networkAdmin.json().getString("detail")).contains("coordination du réseau");
        assertThat(KeycloakState.userByEmail(email)).isEmpty();

        String member = KeycloakState.userByEmail("a.diallo@ame.example").orElseThrow().getString("id");
        assertThat(Api.put("/api/v1/partners/ame/members/" + member + "/role", AME_ADMIN, "{\"role\":\"network-admin\"}").status()).isEqualTo(400);
        assertThat(KeycloakState.realmRoles(member)).doesNotContain("network-admin");
    }

    @Test
    void theLastAdministratorOfAnAssociationKeepsTheRoleAndTheAccount() {
        String admin = Onboard.unique("seul") + "@seul.example";
        String alias = Onboard.partner(admin);
        String token = Onboard.tokenOfInvited(admin);
        String id = KeycloakState.userByEmail(admin).orElseThrow().getString("id");

        Api.Response demoted = Onboard.as(token, "PUT", "/api/v1/partners/" + alias + "/members/" + id + "/role", "{\"role\":\"member\"}");
        assertThat(demoted.status()).isEqualTo(409);
        assertThat(demoted.json().getString("detail")).contains("dernier administrateur");
        Api.Response disabled = Api.post("/api/v1/partners/" + alias + "/members/" + id + "/disable", NETWORK_ADMIN, null);
        assertThat(disabled.status()).isEqualTo(409);
        assertThat(KeycloakState.realmRoles(id)).contains("tenant-admin");
        assertThat(KeycloakState.userByEmail(admin).orElseThrow().getBoolean("enabled")).isTrue();
    }

    @Test
    void aTenantAdminCannotTouchTheCoordinationsAccountNorAnotherAssociationsMembers() {
        String coordination = KeycloakState.userByEmail("f.keita@ame.example").orElseThrow().getString("id");
        Api.Response refused = Api.post("/api/v1/partners/ame/members/" + coordination + "/disable", AME_ADMIN, null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("detail")).contains("coordination du réseau");

        String cimadeMember = KeycloakState.userByEmail("j.bernard@cimade.example").orElseThrow().getString("id");
        assertThat(Api.post("/api/v1/partners/ame/members/" + cimadeMember + "/disable", AME_ADMIN, null).status()).isEqualTo(404);
        assertThat(Api.post("/api/v1/partners/cimade/members/" + cimadeMember + "/disable", AME_ADMIN, null).status()).isEqualTo(403);
        assertThat(KeycloakState.userByEmail("j.bernard@cimade.example").orElseThrow().getBoolean("enabled")).isTrue();
    }

    @Test
    void theCoordinationInvitesSeminarParticipantsAsObserversOfAnAssociationOrOfNone() {
        String free = Onboard.unique("oim") + "@oim.example";
        Api.Response none = Api.post("/api/v1/observers", NETWORK_ADMIN,
                "{\"email\":\"" + free + "\",\"firstName\":\"Kadiatou\",\"lastName\":\"Touré\"}");
        assertThat(none.status()).as(none.toString()).isEqualTo(201);
        String id = none.json().getJsonObject("member").getString("id");
        assertThat(KeycloakState.realmRoles(id)).contains("observer");
        assertThat(KeycloakState.organizationsOf(id)).isEmpty();
        assertThat(Api.get("/api/v1/audit?targetType=member&targetId=" + id, NETWORK_ADMIN).array().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).containsExactly("observer.invite");

        String attached = Onboard.unique("cimade-obs") + "@cimade.example";
        Api.Response withAssociation = Api.post("/api/v1/observers", NETWORK_ADMIN,
                "{\"email\":\"" + attached + "\",\"firstName\":\"Paul\",\"lastName\":\"Durand\",\"association\":\"cimade\"}");
        assertThat(withAssociation.status()).isEqualTo(201);
        String attachedId = withAssociation.json().getJsonObject("member").getString("id");
        assertThat(KeycloakState.organizationsOf(attachedId)).containsExactly("cimade");
        assertThat(KeycloakState.realmRoles(attachedId)).contains("observer");

        assertThat(Api.post("/api/v1/observers", AME_ADMIN, "{\"email\":\"x@y.example\",\"firstName\":\"A\",\"lastName\":\"B\"}").status())
                .isEqualTo(403);
    }
}
