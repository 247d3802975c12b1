package org.kafo.web.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identity provider as the portal sees it: issuer, client, and what its discovery document says.
 * The discovery document is fetched on first use, so the portal starts even while Keycloak does not.
 */
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "kafo.oidc.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "kafo.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "kafo.oidc.client-secret")
    String clientSecret;

    /** The portal's public address (behind a proxy, what users type); else taken from the request. */
    @Inject
    @ConfigProperty(name = "kafo.portal.url")
    Optional<String> portalUrl;

    private volatile OIDCProviderMetadata metadata;
    private volatile ConfigurableJWTProcessor<SecurityContext> accessTokenProcessor;

    public String issuer() {
        return issuer;
    }

    public ClientID clientId() {
        return new ClientID(clientId);
    }

    public ClientSecretBasic clientAuthentication() {
        return new ClientSecretBasic(clientId(), new Secret(clientSecret));
    }

    public Optional<String> portalUrl() {
        return portalUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    /**
     * Keycloak's account page where a person changes their password ("signing in" of the account console, under the
     * configured issuer), with the way back to {@code returnTo} named for the portal's client (Keycloak shows "back to
     * Kafo" only for a client it knows, and only to a URI that client may redirect to).
     */
    public URI passwordPage(String returnTo) {
        String realm = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        return URI.create(realm + "/account/account-security/signing-in?referrer="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&referrer_uri=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
    }

    public OIDCProviderMetadata metadata() {
        OIDCProviderMetadata m = metadata;
        if (m == null) {
            try {
                m = OIDCProviderMetadata.resolve(new Issuer(issuer), 3000, 5000);
            } catch (GeneralException | IOException e) {
                throw new IdentityProviderUnavailable(issuer, e);
            }
            metadata = m;
        }
        return m;
    }

    /**
     * Verifies signature (keys from the provider's JWKS, cached), the JOSE type, and the claims: issuer, expiry,
     * {@code typ} Bearer, and issued for the portal ({@link AccessTokenClaims}).
     */
    public ConfigurableJWTProcessor<SecurityContext> accessTokenProcessor() {
        ConfigurableJWTProcessor<SecurityContext> p = accessTokenProcessor;
        if (p == null) {
            JWKSource<SecurityContext> keys;
            try {
                keys = JWKSourceBuilder.create(metadata().getJWKSetURI().toURL()).retrying(true).build();
            } catch (MalformedURLException e) {
                throw new IdentityProviderUnavailable(issuer, e);
            }
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                    Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256), keys));
            processor.setJWTClaimsSetVerifier(new AccessTokenClaims(issuer, clientId));
            accessTokenProcessor = p = processor;
        }
        return p;
    }

    public URI endSessionEndpoint() {
        return metadata().getEndSessionEndpointURI();
    }

    /** Keycloak cannot be reached, or answers nonsense. */
    public static class IdentityProviderUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        IdentityProviderUnavailable(String issuer, Exception cause) {
            super("Le service d'identité (" + issuer + ") ne répond pas.", cause);
        }
    }
}
