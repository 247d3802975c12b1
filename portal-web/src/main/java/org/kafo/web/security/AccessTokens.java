package org.kafo.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;

/** Checks an access token from Keycloak: signature, issuer, expiry ({@link TokenClaims} reads the caller from it). */
@ApplicationScoped
public class AccessTokens {

    @Inject
    OidcSettings settings;

    public JWTClaimsSet verify(String token) throws OidcFlow.SignInFailed {
        try {
            return settings.accessTokenProcessor().process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new OidcFlow.SignInFailed("jeton d'accès refusé (" + e.getMessage() + ")", e);
        }
    }
}
