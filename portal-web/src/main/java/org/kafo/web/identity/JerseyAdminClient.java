package org.kafo.web.identity;


import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.proxy.WebResourceFactory;
import org.keycloak.admin.client.spi.ResteasyClientProvider;

/**
 * Runs Keycloak's admin client on Payara's own JAX-RS client (Jersey) instead of the RESTEasy client it
 * brings: a second JAX-RS implementation in the WAR would compete with Jersey for the JVM-wide
 * {@code RuntimeDelegate}. The admin client's resources are plain JAX-RS interfaces, which Jersey's proxy
 * client implements; its representations are Jackson beans, read and written by {@link AdminClientJson}.
 * Found through {@code META-INF/services}, as the
 * admin client looks for it.
 */
public class JerseyAdminClient implements ResteasyClientProvider {

    static final int CONNECT_TIMEOUT_SECONDS = 3;
    static final int READ_TIMEOUT_SECONDS = 20;

    @Override
    public Client newRestEasyClient(Object customJacksonProvider, SSLContext sslContext, boolean disableTrustManager) {
        ClientBuilder builder = ClientBuilder.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                // Jackson alone reads and writes JSON here: not the JSON-B, JSON-P or MOXy that Payara discovers.
                .property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE_CLIENT, true)
                .property(CommonProperties.JSON_BINDING_FEATURE_DISABLE_CLIENT, true)
                .property(CommonProperties.JSON_PROCESSING_FEATURE_DISABLE_CLIENT, true)
                .property(CommonProperties.MOXY_JSON_FEATURE_DISABLE_CLIENT, true)
                // Keycloak takes the role mappings to remove as the body of a DELETE.
                .property(ClientProperties.SUPPRESS_HTTP_COMPLIANCE_VALIDATION, true)
                .register(customJacksonProvider != null ? customJacksonProvider : new AdminClientJson());
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        return builder.build();
    }

    @Override
    public <R> R targetProxy(WebTarget target, Class<R> resource) {
        return WebResourceFactory.newResource(resource, target);
    }
}
