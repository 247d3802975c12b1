package org.kafo.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_ADMIN;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;
import static org.kafo.web.it.support.Demo.OBSERVER;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;

/** The API's door: real Keycloak tokens for two tenants, 401 without one, 403 with the wrong role, problem+json. */
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
