package org.kafo.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.kafo.web.security.OidcSettings;

/** Keycloak answers its discovery document: without it nobody can sign in. Why not goes to the log, not to callers. */
@Readiness
@ApplicationScoped
public class IdentityProviderCheck implements HealthCheck {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(IdentityProviderCheck.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    OidcSettings settings;

    @Override
    public HealthCheckResponse call() {
        String discovery = settings.issuer() + "/.well-known/openid-configuration";
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(discovery))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                LOG.warning("health: " + discovery + " answered " + response.statusCode());
            }
            return HealthCheckResponse.named("identity-provider").status(response.statusCode() == 200).build();
        } catch (java.io.IOException e) {
            LOG.log(java.util.logging.Level.WARNING, "health: " + discovery + " does not answer", e);
            return HealthCheckResponse.named("identity-provider").down().build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("identity-provider").down().build();
        }
    }
}
