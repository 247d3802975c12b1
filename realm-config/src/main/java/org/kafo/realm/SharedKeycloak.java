package org.kafo.realm;

/**
 * One ephemeral Keycloak per JVM, started on first use and stopped when the JVM exits: how a test run
 * starts Keycloak once, however many test classes need it. Configured by system properties:
 * {@code kafo.keycloak.dist} (the zip, required), {@code kafo.keycloak.cache}, {@code kafo.portal.url}
 * (the portal's base URL for the redirect URIs, default {@code http://localhost:8080}),
 * {@code kafo.keycloak.http-port} (default: a free port).
 */
public final class SharedKeycloak {

    private static KeycloakServer instance;

    private SharedKeycloak() {
    }

    public static synchronized KeycloakServer get() {
        if (instance == null || !instance.isRunning()) {
            KeycloakServer.Builder builder = KeycloakServer.ephemeral()
                    .httpPort(Integer.getInteger("kafo.keycloak.http-port", 0));
            String portalUrl = System.getProperty("kafo.portal.url");
            if (portalUrl != null && !portalUrl.isBlank()) {
                builder.portalUrl(portalUrl);
            }
            instance = builder.start();
        }
        return instance;
    }
}
