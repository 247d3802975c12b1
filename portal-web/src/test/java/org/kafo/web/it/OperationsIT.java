package org.kafo.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;

/** What operators and API clients rely on: health, OpenAPI, metrics. */
@KafoIT
class OperationsIT {

    @Test
    void healthReportsTheDatabaseTheIndexDirectoryAndTheIdentityProvider() {
        Api.Response health = Api.get("/health", null);
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.json().getString("status")).isEqualTo("UP");
        assertThat(health.json().getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("name") + "=" + c.getString("status"))
                .contains("database=UP", "index-directory=UP", "identity-provider=UP");
        // public: up or down, and nothing of the inside (paths, versions, addresses, error messages)
        assertThat(health.json().getJsonArray("checks").getValuesAs(JsonObject.class))
                .filteredOn(c -> java.util.Set.of("database", "index-directory", "identity-provider").contains(c.getString("name")))
                .hasSize(3).allSatisfy(c -> assertThat(c.containsKey("data") ? c.getJsonObject("data").keySet() : java.util.Set.of())
                        .as(c.toString()).isEmpty());
        assertThat(health.body()).doesNotContain("PostgreSQL", "http://", "it-data");
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        Api.Response openapi = Api.get("/openapi", null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("Kafo API", "/api/v1/me", "/api/v1/tenants", "bearer");
    }

    @Test
    void metricsAreExposed() {
        Api.Response metrics = Api.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(org.kafo.web.it.support.KafoStack.get().portalUrl() + "/metrics"))
                .header("Accept", "text/plain").GET().build());
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm");
    }
}
