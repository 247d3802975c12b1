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

/** Keycloak answers its discovery document: without it nobody can sign in. */
@Readiness
@ApplicationScoped
public class IdentityProviderCheck implements HealthCheck {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    OidcSettings settings;

    @Override
    public HealthCheckResponse call() {
        String discovery = settings.issuer() + "/.well-known/openid-configuration";
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(discovery))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return HealthCheckResponse.named("identity-provider").status(response.statusCode() == 200)
                    .withData("issuer", settings.issuer()).withData("status", response.statusCode()).build();
        } catch (java.io.IOException e) {
            return HealthCheckResponse.named("identity-provider").down().withData("issuer", settings.issuer())
                    .withData("error", String.valueOf(e.getMessage())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("identity-provider").down().build();
        }
    }
}
