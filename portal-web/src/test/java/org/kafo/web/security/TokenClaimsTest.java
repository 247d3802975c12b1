package org.kafo.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/** The tenant comes from the organization claim only, in the shapes Keycloak writes it. */
class TokenClaimsTest {

    private static JWTClaimsSet.Builder token() {
        return new JWTClaimsSet.Builder().subject("5c1e").claim("preferred_username", "accueil.ame")
                .claim("name", "Aïssata Diallo").claim("email", "a.diallo@ame.example")
                .claim("realm_access", Map.of("roles", List.of("offline_access", "member", "default-roles-kafo")));
    }

    @Test
    void readsTheCallerFromAKeycloakAccessToken() {
        Caller caller = TokenClaims.toCaller(token().claim("organization", List.of("ame")).build());
        assertThat(caller.userId()).isEqualTo("5c1e");
        assertThat(caller.username()).isEqualTo("accueil.ame");
        assertThat(caller.displayName()).isEqualTo("Aïssata Diallo");
        assertThat(caller.tenant()).isEqualTo("ame");
        assertThat(caller.roles()).containsExactly(Role.MEMBER);
    }

    @Test
    void acceptsTheOrganizationClaimAsAMapKeyedByAlias() {
        Caller caller = TokenClaims.toCaller(token().claim("organization", Map.of("cimade", Map.of("id", "x"))).build());
        assertThat(caller.tenant()).isEqualTo("cimade");
    }

    @Test
    void noOrganizationMeansNoTenant() {
        assertThat(TokenClaims.toCaller(token().build()).tenant()).isNull();
    }

    @Test
    void severalOrganizationsGiveNoTenantUntilTheClientNarrowsTheScope() {
        assertThat(TokenClaims.toCaller(token().claim("organization", List.of("ame", "cimade")).build()).tenant()).isNull();
    }

    @Test
    void anAliasThatIsNotOneIsIgnored() {
        assertThat(TokenClaims.toCaller(token().claim("organization", List.of("AME' OR 1=1")).build()).tenant()).isNull();
    }

    @Test
    void unknownRolesAreIgnoredAndTheUsernameStandsInForAMissingName() {
        Caller caller = TokenClaims.toCaller(new JWTClaimsSet.Builder().subject("s").claim("preferred_username", "x")
                .claim("realm_access", Map.of("roles", List.of("uma_authorization", "superuser"))).build());
        assertThat(caller.roles()).isEmpty();
        assertThat(caller.displayName()).isEqualTo("x");
    }
}
