package org.kafo.realm;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * An access token as the token endpoint returned it: the raw JWT and its claims, decoded but not
 * verified (the caller got it straight from Keycloak; a resource server must verify the signature).
 *
 * @param raw      the compact JWT, to send as {@code Authorization: Bearer <raw>}
 * @param claims   the decoded payload
 * @param response the whole token response ({@code expires_in}, {@code refresh_token}, {@code scope} …)
 */
public record AccessToken(String raw, JsonObject claims, JsonObject response) {

    public String authorizationHeader() {
        return "Bearer " + raw;
    }

    public String subject() {
        return claim("sub").orElseThrow();
    }

    public Optional<String> username() {
        return claim("preferred_username");
    }

    public Optional<String> name() {
        return claim("name");
    }

    public Optional<String> email() {
        return claim("email");
    }

    public Optional<String> claim(String name) {
        return Json.string(claims, name);
    }

    /** {@code realm_access.roles}, empty when absent. */
    public List<String> realmRoles() {
        JsonValue access = claims.get("realm_access");
        return access instanceof JsonObject object ? Json.strings(object, "roles") : List.of();
    }

    /** {@code resource_access.<client>.roles}, empty when absent. */
    public List<String> clientRoles(String clientId) {
        JsonValue access = claims.get("resource_access");
        if (access instanceof JsonObject object && object.get(clientId) instanceof JsonObject client) {
            return Json.strings(client, "roles");
        }
        return List.of();
    }

    /** Whether the token has an {@code organization} claim at all (users of no organization get none). */
    public boolean hasOrganizationClaim() {
        return claims.containsKey(KafoRealm.ORGANIZATION_CLAIM);
    }

    /** The aliases of the {@code organization} claim (a JSON array), empty when absent. */
    public List<String> organizations() {
        return Json.strings(claims, KafoRealm.ORGANIZATION_CLAIM);
    }
}
