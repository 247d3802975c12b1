package org.kafo.realm;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The realm a server imports: the demo realm's settings and clients, no account, no demo secret or address. */
class ProductionRealmTest {

    private static final String TEXT = ProductionRealm.json();
    private static final JsonObject REALM = Json.parseObject(TEXT);

    @Test
    void hasNoAccountButTheServiceAccountAndNoOrganization() {
        assertThat(Json.objects(REALM, "users")).extracting(u -> u.getString("username"))
                .containsExactly("service-account-kafo-admin");
        assertThat(Json.objects(REALM, "users").get(0).containsKey("credentials")).isFalse();
        assertThat(REALM.containsKey("organizations")).isFalse();
        assertThat(TEXT).doesNotContain("kafo-demo", "demo-secret", ".example", "localhost");
    }

    @Test
    void everySecretAndAddressIsAPlaceholderWithoutDefault() {
        assertThat(ProductionRealm.requiredVariables()).containsExactlyInAnyOrder("KAFO_PORTAL_URL", "KAFO_OIDC_CLIENT_SECRET",
                "KAFO_ADMIN_CLIENT_SECRET", "KAFO_SMTP_HOST", "KAFO_SMTP_PORT", "KAFO_SMTP_FROM");
        assertThat(client("kafo-portal").getString("secret")).isEqualTo("${KAFO_OIDC_CLIENT_SECRET}");
        assertThat(client("kafo-admin").getString("secret")).isEqualTo("${KAFO_ADMIN_CLIENT_SECRET}");
        assertThat(client("kafo-portal").getString("rootUrl")).isEqualTo("${KAFO_PORTAL_URL}");
        assertThat(Json.strings(client("kafo-portal"), "redirectUris")).containsExactly("${KAFO_PORTAL_URL}/*");
        JsonObject smtp = REALM.getJsonObject("smtpServer");
        assertThat(smtp.getString("starttls")).isEqualTo("${KAFO_SMTP_STARTTLS:true}");
        assertThat(smtp.getString("auth")).isEqualTo("${KAFO_SMTP_AUTH:true}");
        assertThat(smtp.getString("password")).isEqualTo("${KAFO_SMTP_PASSWORD:}");
    }

    @Test
    void keepsTheDemoRealmsSettingsClientsAndRoles() {
        JsonObject demo = KafoRealm.representation();
        for (String setting : List.of("verifyEmail", "duplicateEmailsAllowed", "registrationAllowed", "bruteForceProtected",
                "organizationsEnabled", "sslRequired", "passwordPolicy", "accessTokenLifespan", "defaultLocale")) {
            assertThat(REALM.get(setting)).as(setting).isEqualTo(demo.get(setting));
        }
        assertThat(REALM.getBoolean("verifyEmail")).isTrue();
        assertThat(REALM.get("requiredActions")).isEqualTo(demo.get("requiredActions"));
        assertThat(REALM.get("roles")).isEqualTo(demo.get("roles"));
        assertThat(Json.objects(REALM, "clients")).extracting(c -> c.getString("clientId"))
                .containsExactly("kafo-portal", "kafo-api", "kafo-admin");
        assertThat(client("kafo-portal").getBoolean("directAccessGrantsEnabled")).isFalse();
        assertThat(client("kafo-api").getBoolean("publicClient")).isTrue();
    }

    @Test
    void theBuildWritesItOnTheClassPath() throws IOException {
        try (InputStream in = ProductionRealm.class.getResourceAsStream(ProductionRealm.RESOURCE)) {
            assertThat(in).as(ProductionRealm.RESOURCE).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(TEXT);
        }
    }

    private static JsonObject client(String clientId) {
        return Json.objects(REALM, "clients").stream().filter(c -> c.getString("clientId").equals(clientId)).findFirst().orElseThrow();
    }
}
