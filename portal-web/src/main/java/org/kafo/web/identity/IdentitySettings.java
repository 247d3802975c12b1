package org.kafo.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.web.security.OidcSettings;

/**
 * How the portal reaches Keycloak's admin REST API: the {@code kafo-admin} service account (client
 * credentials, secret from {@code KAFO_ADMIN_CLIENT_SECRET}), at the issuer's server unless
 * {@code KAFO_ADMIN_URL} names another address for it (an internal one, say).
 */
@ApplicationScoped
public class IdentitySettings {

    @Inject
    OidcSettings oidc;

    @Inject
    @ConfigProperty(name = "kafo.admin.url")
    Optional<String> adminUrl;

    @Inject
    @ConfigProperty(name = "kafo.admin.client-id", defaultValue = "kafo-admin")
    String clientId;

    @Inject
    @ConfigProperty(name = "kafo.admin.client-secret")
    String clientSecret;

    /** {@code http://localhost:8180} for the issuer {@code http://localhost:8180/realms/kafo}. */
    public String serverUrl() {
        return adminUrl.filter(u -> !u.isBlank()).map(IdentitySettings::withoutSlash)
                .orElseGet(() -> oidc.issuer().substring(0, oidc.issuer().indexOf("/realms/")));
    }

    public String realm() {
        String issuer = withoutSlash(oidc.issuer());
        return issuer.substring(issuer.lastIndexOf('/') + 1);
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** The portal's client and address, for the link at the end of an invitation; empty if not configured. */
    public String portalClientId() {
        return oidc.clientId().getValue();
    }

    public Optional<String> portalUrl() {
        return oidc.portalUrl();
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
