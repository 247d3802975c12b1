package org.kafo.web.security;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import java.util.List;
import java.util.Set;

/**
 * What an access token must say to be accepted by the portal, beyond its signature: issued by the realm
 * ({@code iss}), not expired, of type {@code Bearer} (Keycloak writes {@code typ}: an ID token says {@code ID},
 * a refresh token {@code Refresh}), and issued <em>for the portal</em>: the portal's client is in its audience
 * ({@code aud}, which the realm's audience mappers put there for {@code kafo-portal} and {@code kafo-api}) or is the
 * party it was issued to ({@code azp}). A token another client of the realm obtained (the admin console, a service
 * account, {@code admin-cli}) is refused, although Keycloak signed it.
 */
final class AccessTokenClaims extends DefaultJWTClaimsVerifier<SecurityContext> {

    static final String BEARER = "Bearer";

    private final String clientId;

    AccessTokenClaims(String issuer, String clientId) {
        super(null, new JWTClaimsSet.Builder().issuer(issuer).claim("typ", BEARER).build(), Set.of("sub", "exp", "iat", "typ"), null);
        this.clientId = clientId;
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
        super.verify(claims, context);
        List<String> audience = claims.getAudience();
        Object azp = claims.getClaim("azp");
        if (!audience.contains(clientId) && !clientId.equals(azp)) {
            throw new BadJWTException("token not issued for " + clientId + " (aud " + audience + ", azp " + azp + ")");
        }
    }
}
