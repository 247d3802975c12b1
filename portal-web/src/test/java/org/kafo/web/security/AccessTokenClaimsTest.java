package org.kafo.web.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which claims make an access token the portal's: the shapes Keycloak writes for its clients. */
class AccessTokenClaimsTest {

    private static final String ISSUER = "https://id.kafo.example/realms/kafo";
    private final AccessTokenClaims rules = new AccessTokenClaims(ISSUER, "kafo-portal");

    private static JWTClaimsSet.Builder keycloak() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("5c1e").issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300))).claim("typ", "Bearer");
    }

    @Test
    void acceptsTheTokensOfThePortalAndOfTheApiClient() {
        // the pages' own tokens: azp kafo-portal, aud kafo-portal (audience mapper) and account
        assertThatCode(() -> rules.verify(keycloak().claim("azp", "kafo-portal").audience(List.of("kafo-portal", "account")).build(), null))
                .doesNotThrowAnyException();
        // an API user's token (device grant of kafo-api): the audience mapper names the portal
        assertThatCode(() -> rules.verify(keycloak().claim("azp", "kafo-api").audience(List.of("kafo-portal", "account")).build(), null))
                .doesNotThrowAnyException();
        // issued to the portal with no audience mapper at all
        assertThatCode(() -> rules.verify(keycloak().claim("azp", "kafo-portal").build(), null)).doesNotThrowAnyException();
    }

    @Test
    void refusesATokenIssuedToAnotherClientOfTheRealm() {
        // admin-cli's password grant: no audience; the kafo-admin service account: realm-management
        assertThatThrownBy(() -> rules.verify(keycloak().claim("azp", "admin-cli").build(), null)).isInstanceOf(BadJWTException.class)
                .hasMessageContaining("not issued for kafo-portal");
        assertThatThrownBy(() -> rules.verify(keycloak().claim("azp", "kafo-admin").audience("realm-management").build(), null))
                .isInstanceOf(BadJWTException.class);
        assertThatThrownBy(() -> rules.verify(keycloak().claim("azp", "account-console").audience("account").build(), null))
                .isInstanceOf(BadJWTException.class);
    }

    @Test
    void refusesAnIdTokenARefreshTokenAndATokenWithoutType() {
        // an ID token of the portal has aud = azp = kafo-portal: only its typ tells it apart
        assertThatThrownBy(() -> rules.verify(keycloak().claim("typ", "ID").claim("azp", "kafo-portal").audience("kafo-portal").build(), null))
                .isInstanceOf(BadJWTException.class);
        assertThatThrownBy(() -> rules.verify(keycloak().claim("typ", "Refresh").claim("azp", "kafo-portal").audience(ISSUER).build(), null))
                .isInstanceOf(BadJWTException.class);
        JWTClaimsSet untyped = new JWTClaimsSet.Builder(keycloak().claim("azp", "kafo-portal").build()).claim("typ", null).build();
        assertThatThrownBy(() -> rules.verify(untyped, null)).isInstanceOf(BadJWTException.class);
    }

    @Test
    void refusesAnotherIssuerAndAnExpiredToken() {
        assertThatThrownBy(() -> rules.verify(keycloak().issuer("https://id.kafo.example/realms/master").claim("azp", "kafo-portal").build(), null))
                .isInstanceOf(BadJWTException.class);
        assertThatThrownBy(() -> rules.verify(keycloak().claim("azp", "kafo-portal")
                .expirationTime(Date.from(Instant.now().minusSeconds(600))).build(), null)).isInstanceOf(BadJWTException.class);
    }
}
