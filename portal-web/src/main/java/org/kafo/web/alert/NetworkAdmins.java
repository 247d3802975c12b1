package org.kafo.web.alert;

import static org.kafo.domain.shared.JsonApi.JSON;

import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.web.api.Roles;
import org.kafo.web.security.OidcSettings;

/**
 * The e-mail addresses of the network admins, asked of Keycloak's admin API with the {@code kafo-admin}
 * service account ({@code KAFO_ADMIN_CLIENT_SECRET}), kept ten minutes; plus any address in
 * {@code KAFO_ALERT_ESCALATION_TO}. When Keycloak cannot be asked, the configured addresses alone.
 */
@ApplicationScoped
public class NetworkAdmins {

    private static final Logger LOG = Logger.getLogger(NetworkAdmins.class.getName());
    private static final Duration KEEP = Duration.ofMinutes(10);

    @Inject
    OidcSettings oidc;

    @Inject
    @ConfigProperty(name = "kafo.admin.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "kafo.admin.client-secret")
    String clientSecret;

    /** Where Keycloak's admin API is reached, when not at the issuer's server. */
    @Inject
    @ConfigProperty(name = "kafo.admin.url")
    Optional<String> adminUrl;

    /** Extra addresses, comma-separated. */
    @Inject
    @ConfigProperty(name = "kafo.alert.escalation.to")
    Optional<String> extra;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private volatile List<String> cached = List.of();
    private volatile Instant fetched = Instant.EPOCH;

    public List<String> emails() {
        if (fetched.plus(KEEP).isBefore(Instant.now())) {
            try {
                cached = fromKeycloak();
                fetched = Instant.now();
            } catch (IOException | ParseException | RuntimeException e) {
                LOG.warning("Adresses de la coordination non obtenues de Keycloak : " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Set<String> all = new LinkedHashSet<>(cached);
        extra.ifPresent(list -> java.util.Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(all::add));
        return List.copyOf(all);
    }

    private List<String> fromKeycloak() throws IOException, ParseException, InterruptedException {
        String token = token();
        String issuer = oidc.issuer();
        int realms = issuer.indexOf("/realms/");
        String server = adminUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).orElse(issuer.substring(0, realms));
        String admin = server + "/admin" + issuer.substring(realms);
        HttpResponse<String> byRole = get(admin + "/roles/" + Roles.NETWORK_ADMIN + "/users?briefRepresentation=true&max=500", token);
        if (byRole.statusCode() == 200) {
            return emails(array(byRole.body()));
        }
        // Listing a realm role's members needs view-realm; manage-users alone reads each user's roles instead.
        HttpResponse<String> users = get(admin + "/users?briefRepresentation=true&enabled=true&max=1000", token);
        if (users.statusCode() != 200) {
            throw new IOException("Keycloak a répondu " + users.statusCode());
        }
        List<JsonObject> admins = new ArrayList<>();
        for (JsonObject user : array(users.body()).getValuesAs(JsonObject.class)) {
            HttpResponse<String> roles = get(admin + "/users/" + user.getString("id") + "/role-mappings/realm/composite", token);
            if (roles.statusCode() == 200 && array(roles.body()).getValuesAs(JsonObject.class).stream()
                    .anyMatch(r -> Roles.NETWORK_ADMIN.equals(r.getString("name", null)))) {
                admins.add(user);
            }
        }
        return emails(JSON.createArrayBuilder(admins).build());
    }

    private String token() throws IOException, ParseException {
        TokenResponse response = TokenResponse.parse(new TokenRequest(oidc.metadata().getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(clientId), new Secret(clientSecret)), new ClientCredentialsGrant())
                .toHTTPRequest().send());
        if (!response.indicatesSuccess()) {
            throw new IOException(response.toErrorResponse().getErrorObject().getDescription());
        }
        return response.toSuccessResponse().getTokens().getAccessToken().getValue();
    }

    private HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonArray array(String body) {
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    private static List<String> emails(JsonArray users) {
        return users.getValuesAs(JsonObject.class).stream().map(u -> u.getString("email", null))
                .filter(e -> e != null && !e.isBlank()).distinct().toList();
    }
}
