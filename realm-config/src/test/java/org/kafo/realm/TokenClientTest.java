package org.kafo.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The token client against a fake token endpoint (the real one is in {@link KeycloakIT}). */
class TokenClientTest {

    private static final String CLAIMS = """
            {"sub":"u-1","preferred_username":"accueil.ame","name":"Aïssata Diallo","email":"a.diallo@ame.example",\
            "realm_access":{"roles":["default-roles-kafo","member"]},"organization":["ame"],\
            "resource_access":{"realm-management":{"roles":["manage-users"]}}}""";

    private HttpServer server;
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String answer;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/realms/kafo/protocol/openid-connect/", exchange -> {
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        answer = "{\"access_token\":\"" + jwt(CLAIMS) + "\",\"token_type\":\"Bearer\",\"expires_in\":300}";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void getsATokenByThePasswordGrantWithBasicClientAuthentication() {
        AccessToken token = client().password("accueil.ame", "kafo-demo", "organization:ame");

        assertThat(decodeForm(body.get())).containsExactly("grant_type=password", "username=accueil.ame",
                "password=kafo-demo", "scope=organization:ame");
        assertThat(authorization.get()).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("kafo-portal:s3cr%C3%A9t".getBytes(StandardCharsets.UTF_8)));
        assertThat(token.subject()).isEqualTo("u-1");
        assertThat(token.username()).hasValue("accueil.ame");
        assertThat(token.name()).hasValue("Aïssata Diallo");
        assertThat(token.realmRoles()).containsExactly("default-roles-kafo", "member");
        assertThat(token.organizations()).containsExactly("ame");
        assertThat(token.hasOrganizationClaim()).isTrue();
        assertThat(token.clientRoles("realm-management")).containsExactly("manage-users");
        assertThat(token.authorizationHeader()).startsWith("Bearer ey");
        assertThat(token.response().getInt("expires_in")).isEqualTo(300);
    }

    @Test
    void aPublicClientStartsADeviceAuthorizationThenFetchesItsTokenNamingItselfWithoutSecret() {
        String device = answer;
        answer = "{\"device_code\":\"dc-1\",\"user_code\":\"ABCD-EFGH\",\"verification_uri\":\"http://kc/realms/kafo/device\","
                + "\"verification_uri_complete\":\"http://kc/realms/kafo/device?user_code=ABCD-EFGH\",\"expires_in\":600,\"interval\":5}";
        TokenClient api = new TokenClient("http://localhost:" + server.getAddress().getPort() + "/realms/kafo", "kafo-api", null);
        TokenClient.DeviceAuthorization started = api.startDevice(null);
        assertThat(decodeForm(body.get())).containsExactly("client_id=kafo-api");
        assertThat(authorization.get()).isNull();
        assertThat(started.userCode()).isEqualTo("ABCD-EFGH");
        assertThat(started.verificationUriComplete()).hasToString("http://kc/realms/kafo/device?user_code=ABCD-EFGH");
        assertThat(started.interval()).isEqualTo(5);

        status = 400;
        answer = "{\"error\":\"authorization_pending\",\"error_description\":\"The authorization request is still pending\"}";
        assertThatThrownBy(() -> api.deviceToken(started))
                .isInstanceOfSatisfying(TokenRequestException.class, e -> assertThat(e.error()).isEqualTo("authorization_pending"));

        status = 200;
        answer = device;
        assertThat(api.deviceToken(started).username()).hasValue("accueil.ame");
        assertThat(decodeForm(body.get())).containsExactly("grant_type=urn:ietf:params:oauth:grant-type:device_code",
                "device_code=dc-1", "client_id=kafo-api");
    }

    @Test
    void getsATokenByClientCredentials() {
        client().clientCredentials();
        assertThat(body.get()).isEqualTo("grant_type=client_credentials");
    }

    @Test
    void reportsARefusalWithItsOAuthError() {
        status = 401;
        answer = "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}";
        assertThatThrownBy(() -> client().password("accueil.ame", "wrong"))
                .isInstanceOfSatisfying(TokenRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.error()).isEqualTo("invalid_grant");
                    assertThat(e).hasMessageContaining("Invalid user credentials");
                });
    }

    @Test
    void tokenWithoutOrganizationHasNone() {
        AccessToken token = new AccessToken("x", Json.parseObject("{\"sub\":\"s\"}"), Json.parseObject("{}"));
        assertThat(token.hasOrganizationClaim()).isFalse();
        assertThat(token.organizations()).isEmpty();
        assertThat(token.realmRoles()).isEmpty();
    }

    @Test
    void decodesUnpaddedBase64UrlPayloads() {
        assertThat(TokenClient.decodeClaims(jwt("{\"name\":\"Maïga ?>\"}")).getString("name")).isEqualTo("Maïga ?>");
        assertThatThrownBy(() -> TokenClient.decodeClaims("nodots")).isInstanceOf(IllegalArgumentException.class);
    }

    private TokenClient client() {
        return new TokenClient("http://localhost:" + server.getAddress().getPort() + "/realms/kafo/", "kafo-portal", "s3crét");
    }

    private static List<String> decodeForm(String form) {
        return List.of(form.split("&")).stream().map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8)).toList();
    }

    static String jwt(String claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
