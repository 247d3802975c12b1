package org.kafo.realm;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The realm {@code kafo} as the file {@value #RESOURCE} describes it: the single source of truth for the
 * realm's name, clients, roles, organizations (the tenants) and demo users. Keycloak imports that file as
 * is; this class reads the same file for the code that needs its facts.
 *
 * <p>The file holds placeholders {@code ${NAME:default}} that Keycloak resolves from its environment
 * when it imports the realm (and only then): the portal URL and the client secrets.
 */
public final class KafoRealm {

    /** The realm name, also the last path segment of the issuer. */
    public static final String NAME = "kafo";
    /** The portal's confidential client: authorization code + PKCE for the pages; no password grant. */
    public static final String PORTAL_CLIENT = "kafo-portal";
    /** The public client of API users (scripts, tools): device authorization grant, tokens for the portal. */
    public static final String API_CLIENT = "kafo-api";
    /** The portal's service account for the admin REST API (onboarding of partners and members). */
    public static final String ADMIN_CLIENT = "kafo-admin";
    /** The claim of the access token that names the caller's organizations: a JSON array of aliases. */
    public static final String ORGANIZATION_CLAIM = "organization";
    /** The realm roles of the network, highest first. */
    public static final List<String> ROLES = List.of("network-admin", "tenant-admin", "member", "observer");

    /** Placeholder: the portal's base URL, from which redirect and post-logout URIs are built. */
    public static final String PORTAL_URL_VARIABLE = "KAFO_PORTAL_URL";
    /** Placeholder: the secret of {@value #PORTAL_CLIENT}. */
    public static final String PORTAL_SECRET_VARIABLE = "KAFO_OIDC_CLIENT_SECRET";
    /** Placeholder: the secret of {@value #ADMIN_CLIENT}. */
    public static final String ADMIN_SECRET_VARIABLE = "KAFO_ADMIN_CLIENT_SECRET";

    /** The class-path resource of the realm file. */
    public static final String RESOURCE = "/realm/kafo-realm.json";
    /** The name Keycloak's directory import requires: {@code <realm>-realm.json}. */
    public static final String FILE_NAME = NAME + "-realm.json";

    /** {@code ${NAME}} or {@code ${NAME:default}}, as Keycloak's StringPropertyReplacer reads them. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)(?::([^}]*))?}");

    private static final String TEXT = load();
    private static final JsonObject REPRESENTATION = Json.parseObject(TEXT);

    private KafoRealm() {
    }

    /** The realm file, byte for byte as Keycloak imports it (placeholders unresolved). */
    public static String json() {
        return TEXT;
    }

    /** The realm file parsed (placeholders unresolved). */
    public static JsonObject representation() {
        return REPRESENTATION;
    }

    /** Every placeholder of the realm file with its default value (empty when it has none), in file order. */
    public static Map<String, String> placeholders() {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = PLACEHOLDER.matcher(TEXT);
        while (m.find()) {
            found.putIfAbsent(m.group(1), m.group(2) == null ? "" : m.group(2));
        }
        return Collections.unmodifiableMap(found);
    }

    /** The default value that the realm file gives to a placeholder. */
    public static String placeholderDefault(String variable) {
        String value = placeholders().get(variable);
        if (value == null) {
            throw new NoSuchElementException("no placeholder ${" + variable + "} in " + RESOURCE);
        }
        return value;
    }

    /** The value Keycloak uses for a placeholder: the variable from the environment given, else the default. */
    static String resolve(String variable, Map<String, String> environment) {
        String value = environment.get(variable);
        return value != null ? value : placeholderDefault(variable);
    }

    /** The organizations of the realm file: the demo tenants. */
    public static List<Organization> organizations() {
        return Json.objects(REPRESENTATION, "organizations").stream().map(Organization::of).toList();
    }

    /** One organization of the realm file. */
    public static Optional<Organization> organization(String alias) {
        return organizations().stream().filter(o -> o.alias().equals(alias)).findFirst();
    }

    /**
     * An organization (a tenant) as the realm file declares it.
     *
     * @param alias       the tenant id
     * @param name        the association's name
     * @param attributes  {@code acronym}, {@code country} (ISO 3166 alpha-2), {@code city}, {@code kind}
     * @param members     usernames of its members
     */
    public record Organization(String alias, String name, String description, Map<String, String> attributes,
                               List<String> members) {

        public Organization {
            attributes = Map.copyOf(attributes);
            members = List.copyOf(members);
        }

        public Optional<String> attribute(String name) {
            return Optional.ofNullable(attributes.get(name));
        }

        static Organization of(JsonObject json) {
            Map<String, String> attributes = new LinkedHashMap<>();
            JsonValue raw = json.get("attributes");
            if (raw instanceof JsonObject object) {
                object.forEach((key, values) -> {
                    if (values instanceof JsonArray array && !array.isEmpty()) {
                        attributes.put(key, array.getString(0));
                    }
                });
            }
            List<String> members = Json.objects(json, "members").stream()
                    .map(m -> Json.string(m, "username").orElseThrow())
                    .toList();
            return new Organization(Json.string(json, "alias").orElseThrow(), Json.string(json, "name").orElseThrow(),
                    Json.string(json, "description").orElse(""), attributes, members);
        }
    }

    private static String load() {
        try (InputStream in = KafoRealm.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("realm file " + RESOURCE + " missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
