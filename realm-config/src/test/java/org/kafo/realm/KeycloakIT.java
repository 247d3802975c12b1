package org.kafo.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonArray;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The real Keycloak with the realm file: started once for the whole class (ephemeral), plus one
 * persistent start and restart at the end. Needs {@code -Dkafo.keycloak.dist} (the pom sets it).
 */
class KeycloakIT {

    private static final String PORTAL_URL = "http://localhost:18080";

    private static KeycloakServer keycloak;

    @BeforeAll
    static void start() {
        keycloak = KeycloakServer.ephemeral().portalUrl(PORTAL_URL).start();
        System.out.printf("Keycloak ephemeral: prepare %d ms (unpacked: %s), start %d ms (re-augmented: %s); log %s%n",
                keycloak.timings().prepare().toMillis(), keycloak.timings().unpacked(),
                keycloak.timings().start().toMillis(), keycloak.timings().augmented(), keycloak.logFile());
    }

    @AfterAll
    static void stop() {
        if (keycloak != null) {
            keycloak.close();
            assertThat(keycloak.isRunning()).isFalse();
            assertThat(keycloak.home()).doesNotExist();
        }
    }

    @Test
    void discoveryDocumentNamesTheIssuer() throws Exception {
        assertThat(keycloak.issuer()).isEqualTo("http://localhost:" + keycloak.httpPort() + "/realms/kafo");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(Json.parseObject(response.body()).getString("issuer")).isEqualTo(keycloak.issuer());
    }

    /** A laptop's Keycloak listens on loopback only (Quarkus says where it listens; nothing is sent elsewhere to check). */
    @Test
    void listensOnLoopbackOnly() throws Exception {
        String log = Files.readString(keycloak.logFile());
        assertThat(log).contains("Listening on: http://127.0.0.1:" + keycloak.httpPort()).doesNotContain("Listening on: http://0.0.0.0");
    }

    static Stream<DemoAccount> demoAccounts() {
        return DemoAccounts.all().stream();
    }

    @ParameterizedTest
    @MethodSource("demoAccounts")
    void everyDemoUserGetsATokenWithTheirTenantRoleAndName(DemoAccount account) {
        AccessToken token = keycloak.userToken(account.username(), account.password());

        assertThat(token.claim("iss")).hasValue(keycloak.issuer());
        assertThat(token.claim("azp")).hasValue(KafoRealm.API_CLIENT);
        assertThat(token.claim("typ")).hasValue("Bearer");
        assertThat(token.subject()).isNotBlank();
        assertThat(token.username()).hasValue(account.username());
        assertThat(token.name()).hasValue(account.displayName());
        assertThat(token.email()).hasValue(account.email());
        assertThat(token.claims().get("aud").toString()).contains("\"kafo-portal\"");
        assertThat(token.realmRoles()).containsAll(account.roles());
        assertThat(token.realmRoles().stream().filter(KafoRealm.ROLES::contains)).containsExactlyElementsOf(account.roles());
        if (account.tenant() == null) {
            assertThat(token.hasOrganizationClaim()).isFalse();
        } else {
            assertThat(token.organizations()).containsExactly(account.tenant());
        }
    }

    @Test
    void organizationClaimIsAJsonArrayOfAliasesThatSeparatesTenants() {
        AccessToken ame = keycloak.userToken("accueil.ame", "kafo-demo");
        AccessToken cimade = keycloak.userToken("membre.cimade", "kafo-demo");

        // Pinned: a JSON array of aliases, present without asking for the scope (a default client scope).
        assertThat(ame.claims().get("organization")).isInstanceOf(JsonArray.class);
        assertThat(ame.claims().get("organization").toString()).isEqualTo("[\"ame\"]");
        assertThat(cimade.claims().get("organization").toString()).isEqualTo("[\"cimade\"]");
        assertThat(ame.claim("scope").orElseThrow().split(" ")).contains("organization");
        assertThat(ame.subject()).isNotEqualTo(cimade.subject());
        System.out.println("Access token of accueil.ame: " + ame.claims());
    }

    @Test
    void browserSignInRequiresPkceAndAsksTheUsernameFirstInFrench() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String authorize = keycloak.issuer() + "/protocol/openid-connect/auth?client_id=kafo-portal&response_type=code"
                + "&scope=openid&redirect_uri=" + PORTAL_URL + "/callback&state=s1";

        HttpResponse<String> withoutPkce = http.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutPkce.statusCode()).isEqualTo(302);
        assertThat(withoutPkce.headers().firstValue("Location").orElseThrow())
                .startsWith(PORTAL_URL + "/callback").contains("error=invalid_request").contains("code_challenge_method");

        String challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(authorize
                + "&code_challenge=" + challenge + "&code_challenge_method=S256")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        // Organizations make the login identity-first: the username alone, then the password on a second page.
        assertThat(login.body()).contains("lang=\"fr\"", "name=\"username\"", "id=\"kc-login\"")
                .doesNotContain("name=\"password\"");

        HttpResponse<String> elsewhere = http.send(HttpRequest.newBuilder(URI.create(authorize.replace(PORTAL_URL, "http://evil.example")
                + "&code_challenge=" + challenge + "&code_challenge_method=S256")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.statusCode()).as("a redirect URI outside KAFO_PORTAL_URL").isEqualTo(400);
    }

    @Test
    void anApiUserGetsATokenForThePortalByTheDeviceGrantAndRefreshesIt() {
        TokenClient api = keycloak.apiTokens();
        TokenClient.DeviceAuthorization device = api.startDevice(null);
        assertThatThrownBy(() -> api.deviceToken(device)).as("before the person agreed")
                .isInstanceOfSatisfying(TokenRequestException.class, e -> assertThat(e.error()).isEqualTo("authorization_pending"));
        assertThat(device.verificationUriComplete().toString()).startsWith(keycloak.issuer() + "/device").contains(device.userCode());

        new SignInPages().approveDevice(device, "membre.apdha", "kafo-demo");
        AccessToken token = api.awaitDeviceToken(device, Duration.ofSeconds(30));
        assertThat(token.claims().get("aud").toString()).contains("\"kafo-portal\"");
        assertThat(token.claim("azp")).hasValue(KafoRealm.API_CLIENT);
        assertThat(token.organizations()).containsExactly("apdha");

        AccessToken refreshed = api.refresh(token.response().getString("refresh_token"));
        assertThat(refreshed.subject()).isEqualTo(token.subject());
        assertThat(refreshed.raw()).isNotEqualTo(token.raw());
        assertThatThrownBy(() -> api.deviceToken(device)).as("a device code is used once")
                .isInstanceOf(TokenRequestException.class);
    }

    @Test
    void theRealmsClientsRefuseThePasswordGrant() {
        for (TokenClient client : List.of(keycloak.portalTokens(), keycloak.apiTokens(), keycloak.adminTokens())) {
            assertThatThrownBy(() -> client.password("accueil.ame", "kafo-demo")).as(client.toString())
                    .isInstanceOfSatisfying(TokenRequestException.class, e -> assertThat(e.error()).isIn("unauthorized_client", "invalid_client"));
        }
        assertThatThrownBy(() -> keycloak.apiTokens().clientCredentials()).as("a public client has no service account")
                .isInstanceOf(TokenRequestException.class);
    }

    @Test
    void theUsersMayNotChangeTheirEmailWithoutVerifyingIt() throws Exception {
        AccessToken token = keycloak.userToken("membre.gao", "kafo-demo");
        HttpResponse<String> changed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/account/"))
                .header("Authorization", token.authorizationHeader()).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"membre.gao\",\"email\":\"coordination@ame.example\","
                        + "\"firstName\":\"Abdoulaye\",\"lastName\":\"Maïga\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(400);
        assertThat(changed.body()).contains("read-only");
        assertThat(keycloak.userToken("membre.gao", "kafo-demo").email()).hasValue("a.maiga@mission-catholique-gao.example");
    }

    @Test
    void observerBelongsToNoOrganization() {
        AccessToken token = keycloak.userToken("observateur", "kafo-demo");
        assertThat(token.hasOrganizationClaim()).isFalse();
        assertThat(token.realmRoles()).contains("observer").doesNotContain("member", "tenant-admin", "network-admin");
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> keycloak.userToken("membre.gao", "not-the-password"))
                .isInstanceOf(SignInPages.SignInRefused.class);
        assertThatThrownBy(() -> new TokenClient(keycloak.issuer(), KafoRealm.PORTAL_CLIENT, "wrong-secret")
                .authorizationCode("not-a-code", URI.create(PORTAL_URL + "/oidc/callback"), "verifier"))
                .isInstanceOfSatisfying(TokenRequestException.class, e -> assertThat(e.error()).isEqualTo("unauthorized_client"));
    }

    @Test
    void adminServiceAccountGetsATokenWithOnlyItsRealmManagementRoles() {
        AccessToken token = keycloak.adminTokens().clientCredentials();
        assertThat(token.clientRoles("realm-management"))
                .containsExactlyInAnyOrder("manage-organizations", "query-organizations", "manage-users", "query-users");
        assertThat(token.hasOrganizationClaim()).isFalse();
    }

    @Test
    void adminServiceAccountOnboardsAPartnerAndItsFirstAdmin() {
        try (Keycloak admin = adminClient(keycloak)) {
            RealmResource realm = admin.realm(KafoRealm.NAME);
            String alias = "droits-devant-" + shortId();
            OrganizationRepresentation partner = new OrganizationRepresentation();
            partner.setName("Droits devant !! " + alias);
            partner.setAlias(alias);
            partner.setEnabled(true);
            partner.singleAttribute("country", "FR");
            String organizationId;
            try (Response created = realm.organizations().create(partner)) {
                organizationId = CreatedResponseUtil.getCreatedId(created);
            }
            String userId = createUser(realm, "admin." + alias, "Awa", "Traoré", "kafo-demo-2");
            try (Response added = realm.organizations().get(organizationId).members().addMember(userId)) {
                assertThat(added.getStatus()).isEqualTo(201);
            }
            // Realm roles are mapped by representation (with id): find them among the available ones,
            // which needs no view-realm.
            List<RoleRepresentation> tenantAdmin = realm.users().get(userId).roles().realmLevel().listAvailable().stream()
                    .filter(r -> r.getName().equals("tenant-admin")).toList();
            realm.users().get(userId).roles().realmLevel().add(tenantAdmin);

            AccessToken token = keycloak.userToken("admin." + alias, "kafo-demo-2");
            assertThat(token.organizations()).containsExactly(alias);
            assertThat(token.realmRoles()).contains("tenant-admin");
            assertThat(token.name()).hasValue("Awa Traoré");

            // least privilege: no clients, no realm settings
            ClientRepresentation client = new ClientRepresentation();
            client.setClientId("intrus-" + alias);
            try (Response refused = realm.clients().create(client)) {
                assertThat(refused.getStatus()).isEqualTo(403);
            }
            assertThatThrownBy(() -> realm.clients().findAll()).isInstanceOf(ForbiddenException.class);
            RealmRepresentation settings = new RealmRepresentation();
            settings.setRegistrationAllowed(true);
            assertThatThrownBy(() -> realm.update(settings)).isInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void organizationScopeNarrowsAUserOfSeveralOrganizations() {
        String username = "double." + shortId();
        try (Keycloak admin = adminClient(keycloak)) {
            RealmResource realm = admin.realm(KafoRealm.NAME);
            String userId = createUser(realm, username, "Oumar", "Sangaré", "kafo-demo-2");
            for (String alias : List.of("ame", "cimade")) {
                String organizationId = realm.organizations().getAll().stream()
                        .filter(o -> o.getAlias().equals(alias)).findFirst().orElseThrow().getId();
                realm.organizations().get(organizationId).members().addMember(userId).close();
            }
        }
        assertThat(keycloak.userToken(username, "kafo-demo-2").hasOrganizationClaim())
                .as("several organizations and no choice: no claim").isFalse();
        assertThat(keycloak.userToken(username, "kafo-demo-2", "organization:cimade").organizations()).containsExactly("cimade");
        assertThat(keycloak.userToken(username, "kafo-demo-2", "organization:*").organizations())
                .containsExactlyInAnyOrder("ame", "cimade");
        assertThat(keycloak.userToken(username, "kafo-demo-2", "organization:apdha").hasOrganizationClaim())
                .as("an organization the user is not a member of").isFalse();
    }

    @Test
    void portalClientIsBuiltFromThePlaceholders() {
        try (Keycloak master = Keycloak.getInstance(keycloak.baseUri().toString(), "master",
                keycloak.bootstrapAdminUsername(), keycloak.bootstrapAdminPassword(), "admin-cli")) {
            RealmResource realm = master.realm(KafoRealm.NAME);
            ClientRepresentation client = realm.clients().findByClientId(KafoRealm.PORTAL_CLIENT).get(0);
            assertThat(client.getRedirectUris()).containsExactly(PORTAL_URL + "/*");
            assertThat(client.getAttributes()).containsEntry("post.logout.redirect.uris", PORTAL_URL + "/*")
                    .containsEntry("pkce.code.challenge.method", "S256");
            assertThat(client.getRootUrl()).isEqualTo(PORTAL_URL);
            assertThat(realm.clients().get(client.getId()).getSecret().getValue()).isEqualTo("kafo-portal-demo-secret");
            RealmRepresentation settings = realm.toRepresentation();
            assertThat(settings.isOrganizationsEnabled()).isTrue();
            assertThat(settings.getDefaultLocale()).isEqualTo("fr");
            assertThat(settings.isBruteForceProtected()).isTrue();
            assertThat(settings.getSmtpServer()).containsEntry("host", "localhost").containsEntry("port", "25");
        }
    }

    @Test
    void persistentModeKeepsAccountsAcrossARestart() throws Exception {
        Path dataDir = Path.of(System.getProperty("kafo.it.dir", "target/it")).resolve("persistent-" + shortId());
        String username = "apres.redemarrage";
        long t0 = System.nanoTime();
        try (KeycloakServer first = KeycloakServer.persistent(dataDir).httpPort(0).managementPort(0)
                .portalUrl("http://localhost:18081").start()) {
            assertThat(first.timings().unpacked()).isTrue();
            assertThat(first.home()).startsWith(dataDir.resolve("keycloak").toAbsolutePath());
            try (Keycloak admin = adminClient(first)) {
                createUser(admin.realm(KafoRealm.NAME), username, "Kadiatou", "Touré", "kafo-demo-3");
            }
            assertThat(first.userToken(username, "kafo-demo-3").username()).hasValue(username);
            System.out.printf("Keycloak persistent, first start: prepare %d ms (unpack), start %d ms (re-augmented: %s)%n",
                    first.timings().prepare().toMillis(), first.timings().start().toMillis(), first.timings().augmented());
        }
        long t1 = System.nanoTime();
        try (KeycloakServer again = KeycloakServer.persistent(dataDir).httpPort(0).managementPort(0)
                .portalUrl("http://localhost:18082").start()) {
            assertThat(again.timings().unpacked()).isFalse();
            assertThat(again.portalUrl()).as("what the realm holds: the first import's").isEqualTo("http://localhost:18081");
            assertThat(again.timings().augmented()).isFalse();
            assertThat(again.userToken(username, "kafo-demo-3").username()).hasValue(username);
            assertThat(again.userToken("accueil.ame", "kafo-demo").organizations()).containsExactly("ame");
            assertThat(Files.readString(again.logFile())).contains("Realm 'kafo' already exists. Import skipped");
            System.out.printf("Keycloak persistent, restart: start %d ms; first run %d ms, restart %d ms in all%n",
                    again.timings().start().toMillis(), Duration.ofNanos(t1 - t0).toMillis(),
                    Duration.ofNanos(System.nanoTime() - t1).toMillis());
        } finally {
            FileTrees.deleteQuietly(dataDir);
        }
    }

    private static Keycloak adminClient(KeycloakServer server) {
        return KeycloakBuilder.builder()
                .serverUrl(server.baseUri().toString())
                .realm(KafoRealm.NAME)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(KafoRealm.ADMIN_CLIENT)
                .clientSecret(server.adminClientSecret())
                .build();
    }

    private static String createUser(RealmResource realm, String username, String firstName, String lastName,
                                     String password) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(username + "@test.example");
        user.setEmailVerified(true);
        user.setEnabled(true);
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        try (Response created = realm.users().create(user)) {
            return CreatedResponseUtil.getCreatedId(created);
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
