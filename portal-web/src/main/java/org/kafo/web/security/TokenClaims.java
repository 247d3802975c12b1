package org.kafo.web.security;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.PartnerTenants;
import org.kafo.domain.tenancy.Role;

/**
 * Reads a {@link Caller} from Keycloak's access-token claims: realm roles from {@code realm_access},
 * the tenant from {@code organization}. Keycloak writes the organization claim as a list of aliases,
 * or as an object keyed by alias when attributes are added; both are accepted. A token naming several
 * organizations gives no tenant: the client must narrow it with the {@code organization:<alias>} scope.
 */
public final class TokenClaims {

    static final String ORGANIZATION = "organization";

    private TokenClaims() {
    }

    public static Caller toCaller(JWTClaimsSet claims) {
        try {
            String username = firstNonBlank(claims.getStringClaim("preferred_username"), claims.getSubject());
            String displayName = firstNonBlank(claims.getStringClaim("name"), username);
            return new Caller(claims.getSubject(), username, displayName, claims.getStringClaim("email"),
                    tenant(claims.getClaim(ORGANIZATION)), roles(claims.getJSONObjectClaim("realm_access")));
        } catch (ParseException e) {
            throw new IllegalArgumentException("malformed claims: " + e.getMessage(), e);
        }
    }

    /**
     * The tenant of an account that belongs to these organizations, by the same rule as the token's claim: exactly one
     * organization, or none. For checks made outside a request (an e-mail, a live stream), from Keycloak's admin API.
     */
    public static String tenantOf(Collection<String> organizations) {
        return tenant(List.copyOf(organizations));
    }

    static String tenant(Object organization) {
        List<String> aliases = new ArrayList<>();
        if (organization instanceof Collection<?> list) {
            list.forEach(a -> aliases.add(String.valueOf(a)));
        } else if (organization instanceof Map<?, ?> map) {
            map.keySet().forEach(a -> aliases.add(String.valueOf(a)));
        } else if (organization instanceof String single) {
            aliases.add(single);
        }
        if (aliases.size() != 1 || !PartnerTenants.isAlias(aliases.get(0))) {
            return null;
        }
        return aliases.get(0);
    }

    static Set<Role> roles(Map<String, Object> realmAccess) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> names) {
            names.forEach(n -> Role.fromClaim(String.valueOf(n)).ifPresent(roles::add));
        }
        return roles;
    }

    private static String firstNonBlank(String a, String b) {
        return a == null || a.isBlank() ? b : a;
    }
}
