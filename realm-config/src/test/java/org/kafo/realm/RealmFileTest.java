package org.kafo.realm;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The realm file is valid and consistent, without starting Keycloak. */
class RealmFileTest {

    private static final JsonObject REALM = KafoRealm.representation();
    /** The default role that Keycloak creates with every realm. */
    private static final String DEFAULT_ROLE = "default-roles-kafo";

    @Test
    void isTheRealmKafoWithOrganizationsEnabled() {
        assertThat(REALM.getString("realm")).isEqualTo(KafoRealm.NAME);
        assertThat(REALM.getBoolean("enabled")).isTrue();
        assertThat(REALM.getBoolean("organizationsEnabled")).isTrue();
    }

    @Test
    void speaksFrenchFirstThenEnglishAndSpanish() {
        assertThat(REALM.getBoolean("internationalizationEnabled")).isTrue();
        assertThat(REALM.getString("defaultLocale")).isEqualTo("fr");
        assertThat(Json.strings(REALM, "supportedLocales")).containsExactlyInAnyOrder("fr", "en", "es");
    }

    @Test
    void protectsPasswordsAgainstGuessing() {
        assertThat(REALM.getBoolean("bruteForceProtected")).isTrue();
        assertThat(REALM.getBoolean("permanentLockout")).isFalse();
        assertThat(REALM.getInt("failureFactor")).isBetween(3, 30);
        assertThat(REALM.getString("passwordPolicy")).contains("length(8)");
        assertThat(REALM.getBoolean("registrationAllowed")).isFalse();
        assertThat(REALM.getString("sslRequired")).isEqualTo("external");
    }

    @Test
    void keepsTokensShortAndSessionsToAWorkingDay() {
        assertThat(REALM.getInt("accessTokenLifespan")).isBetween(60, 900);
        assertThat(REALM.getInt("ssoSessionIdleTimeout")).isBetween(900, 7200);
        assertThat(REALM.getInt("ssoSessionMaxLifespan")).isBetween(3600, 43200);
    }

    @Test
    void declaresExactlyTheNetworkRoles() {
        List<String> roles = Json.objects(REALM.getJsonObject("roles"), "realm").stream()
                .map(r -> r.getString("name")).toList();
        assertThat(roles).containsExactlyInAnyOrderElementsOf(KafoRealm.ROLES);
    }

    @Test
    void everyUserRoleExists() {
        Set<String> known = new HashSet<>(KafoRealm.ROLES);
        known.add(DEFAULT_ROLE);
        for (JsonObject user : users()) {
            assertThat(Json.strings(user, "realmRoles")).as(user.getString("username")).isSubsetOf(known);
        }
    }

    @Test
    void everyMemberOfAnOrganizationIsAUserOfTheFile() {
        Set<String> usernames = users().stream().map(u -> u.getString("username")).collect(Collectors.toSet());
        for (KafoRealm.Organization organization : KafoRealm.organizations()) {
            assertThat(organization.members()).as(organization.alias()).isNotEmpty().isSubsetOf(usernames);
        }
    }

    @Test
    void organizationsAreTheDemoTenantsOfTheSources() {
        assertThat(KafoRealm.organizations()).extracting(KafoRealm.Organization::alias)
                .containsExactlyInAnyOrder("ame", "cimade", "apdha", "mission-catholique-gao");
        for (KafoRealm.Organization organization : KafoRealm.organizations()) {
            assertThat(organization.alias()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(organization.attribute("country")).as(organization.alias()).hasValueSatisfying(
                    c -> assertThat(c).matches("[A-Z]{2}"));
            assertThat(organization.attribute("city")).isPresent();
            assertThat(organization.attribute("kind")).isPresent();
        }
        assertThat(KafoRealm.organization("ame").orElseThrow().attributes())
                .containsEntry("country", "ML").containsEntry("city", "Bamako").containsEntry("acronym", "AME");
        assertThat(KafoRealm.organizations()).extracting(KafoRealm.Organization::name).doesNotHaveDuplicates();
    }

    @Test
    void everyUserHasANetworkRoleAndANameAndAnEmail() {
        for (JsonObject user : users()) {
            if (user.containsKey("serviceAccountClientId")) {
                continue;
            }
            String username = user.getString("username");
            assertThat(Json.strings(user, "realmRoles")).as(username).containsAnyElementsOf(KafoRealm.ROLES)
                    .contains(DEFAULT_ROLE);
            assertThat(user.getString("firstName")).as(username).isNotBlank();
            assertThat(user.getString("lastName")).as(username).isNotBlank();
            assertThat(user.getString("email")).as(username).endsWith(".example");
            assertThat(user.getBoolean("emailVerified")).isTrue();
        }
    }

    @Test
    void portalClientIsConfidentialWithCodeFlowAndPkceAndRefusesThePasswordGrant() {
        JsonObject portal = client(KafoRealm.PORTAL_CLIENT);
        assertThat(portal.getBoolean("publicClient")).isFalse();
        assertThat(portal.getBoolean("standardFlowEnabled")).isTrue();
        assertThat(portal.getBoolean("implicitFlowEnabled")).isFalse();
        assertThat(portal.getBoolean("directAccessGrantsEnabled")).isFalse();
        assertThat(portal.getBoolean("serviceAccountsEnabled")).isFalse();
        assertThat(portal.getBoolean("frontchannelLogout")).isFalse();
        JsonObject attributes = portal.getJsonObject("attributes");
        assertThat(attributes.getString("pkce.code.challenge.method")).isEqualTo("S256");
        assertThat(portal.getString("secret")).isEqualTo("${KAFO_OIDC_CLIENT_SECRET:kafo-portal-demo-secret}");
        assertThat(Json.strings(portal, "redirectUris")).isNotEmpty()
                .allSatisfy(uri -> assertThat(uri).startsWith("${KAFO_PORTAL_URL:"));
        assertThat(attributes.getString("post.logout.redirect.uris")).startsWith("${KAFO_PORTAL_URL:");
        assertThat(Json.strings(portal, "defaultClientScopes"))
                .contains("organization", "profile", "email", "roles", "basic");
    }

    @Test
    void apiClientIsPublicWithTheDeviceGrantOnlyAndTokensForThePortal() {
        JsonObject api = client(KafoRealm.API_CLIENT);
        assertThat(api.getBoolean("publicClient")).isTrue();
        assertThat(api.getBoolean("standardFlowEnabled")).isFalse();
        assertThat(api.getBoolean("implicitFlowEnabled")).isFalse();
        assertThat(api.getBoolean("directAccessGrantsEnabled")).isFalse();
        assertThat(api.getBoolean("serviceAccountsEnabled")).isFalse();
        assertThat(api.containsKey("secret")).isFalse();
        assertThat(api.getJsonObject("attributes").getString("oauth2.device.authorization.grant.enabled")).isEqualTo("true");
        assertThat(Json.objects(api, "protocolMappers")).anySatisfy(m -> {
            assertThat(m.getString("protocolMapper")).isEqualTo("oidc-audience-mapper");
            assertThat(m.getJsonObject("config").getString("included.client.audience")).isEqualTo(KafoRealm.PORTAL_CLIENT);
            assertThat(m.getJsonObject("config").getString("access.token.claim")).isEqualTo("true");
        });
        assertThat(Json.strings(api, "defaultClientScopes")).containsExactlyInAnyOrderElementsOf(
                Json.strings(client(KafoRealm.PORTAL_CLIENT), "defaultClientScopes"));
    }

    @Test
    void emailIsVerifiedAndChangedOnlyThroughItsVerification() {
        assertThat(REALM.getBoolean("verifyEmail")).isTrue();
        assertThat(REALM.getBoolean("duplicateEmailsAllowed")).isFalse();
        assertThat(Json.objects(REALM, "requiredActions")).anySatisfy(a -> {
            assertThat(a.getString("alias")).isEqualTo("UPDATE_EMAIL");
            assertThat(a.getBoolean("enabled")).isTrue();
        });
    }

    @Test
    void adminClientIsAServiceAccountWithTheLeastRealmManagementRoles() {
        JsonObject admin = client(KafoRealm.ADMIN_CLIENT);
        assertThat(admin.getBoolean("publicClient")).isFalse();
        assertThat(admin.getBoolean("serviceAccountsEnabled")).isTrue();
        assertThat(admin.getBoolean("standardFlowEnabled")).isFalse();
        assertThat(admin.getBoolean("directAccessGrantsEnabled")).isFalse();
        assertThat(admin.getString("secret")).isEqualTo("${KAFO_ADMIN_CLIENT_SECRET:kafo-admin-demo-secret}");
        JsonObject account = users().stream()
                .filter(u -> KafoRealm.ADMIN_CLIENT.equals(Json.string(u, "serviceAccountClientId").orElse(null)))
                .findFirst().orElseThrow();
        assertThat(Json.strings(account.getJsonObject("clientRoles"), "realm-management"))
                .containsExactlyInAnyOrder("manage-organizations", "query-organizations", "manage-users", "query-users");
        assertThat(account.containsKey("realmRoles")).isFalse();
    }

    @Test
    void secretsAreOnlyPlaceholdersWithDemoDefaults() {
        for (JsonObject client : Json.objects(REALM, "clients")) {
            if (client.get("secret") instanceof JsonString secret) {
                assertThat(secret.getString()).matches("\\$\\{KAFO_[A-Z_]+:[a-z-]+-demo-secret}");
            }
        }
    }

    @Test
    void everyPlaceholderHasADefaultAndIsDocumented() throws IOException {
        Map<String, String> placeholders = KafoRealm.placeholders();
        assertThat(placeholders).containsKeys(KafoRealm.PORTAL_URL_VARIABLE, KafoRealm.PORTAL_SECRET_VARIABLE,
                KafoRealm.ADMIN_SECRET_VARIABLE);
        assertThat(placeholders.values()).allSatisfy(value -> assertThat(value).isNotEmpty());
        String readme = Files.readString(Path.of("README.md"));
        assertThat(placeholders.keySet()).allSatisfy(name -> assertThat(readme).contains("`" + name + "`"));
        assertThat(KafoRealm.placeholderDefault(KafoRealm.PORTAL_URL_VARIABLE)).isEqualTo("http://localhost:8080");
    }

    private static List<JsonObject> users() {
        return Json.objects(REALM, "users");
    }

    private static JsonObject client(String clientId) {
        return Json.objects(REALM, "clients").stream().filter(c -> c.getString("clientId").equals(clientId))
                .findFirst().orElseThrow();
    }
}
