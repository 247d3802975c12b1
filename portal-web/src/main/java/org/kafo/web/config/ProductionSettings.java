package org.kafo.web.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a portal outside the run command's embedded mode must be given: every secret, none of them the demo's, and its
 * public address. The run command's embedded servers (and the tests' stack) take the demo realm's secrets and say so
 * with {@code kafo.embedded=true}; nothing else may.
 */
public final class ProductionSettings {

    /** The secrets, by configuration key, with the demo values that ship in the repository. */
    static final Map<String, Set<String>> DEMO_SECRETS = Map.of(
            "kafo.oidc.client-secret", Set.of("kafo-demo-portal-secret", "kafo-portal-demo-secret"),
            "kafo.admin.client-secret", Set.of("kafo-admin-demo-secret"),
            "kafo.db.password", Set.of("kafo"));

    /** A secret made by Keycloak or by {@code openssl rand -hex 16} is longer; a shorter one is a typed password. */
    static final int MIN_SECRET_LENGTH = 16;

    private ProductionSettings() {
    }

    /**
     * The problems of a configuration, in French, each naming its environment variable; empty when the portal may start.
     *
     * @param values the configuration's values by key ({@code null} or absent: not set)
     */
    public static List<String> problems(Map<String, String> values) {
        List<String> problems = new ArrayList<>();
        DEMO_SECRETS.keySet().stream().sorted().forEach(key -> {
            String value = values.get(key);
            String variable = variable(key);
            if (value == null || value.isBlank()) {
                problems.add(variable + " n'est pas défini (secret obligatoire hors du mode embarqué de la commande de démonstration).");
            } else if (DEMO_SECRETS.get(key).contains(value)) {
                // the defaults of microprofile-config.properties are the demo's: unset and demo look the same
                problems.add(variable + " n'est pas défini ou vaut la valeur de démonstration « " + value + " » : donnez le vrai secret.");
            } else if (!key.equals("kafo.db.password") && value.length() < MIN_SECRET_LENGTH) {
                problems.add(variable + " est trop court (" + value.length() + " caractères, " + MIN_SECRET_LENGTH
                        + " au moins) : donnez le secret que Keycloak a généré pour ce client.");
            }
        });
        String url = values.get("kafo.portal.url");
        if (url == null || url.isBlank()) {
            problems.add("KAFO_PORTAL_URL n'est pas défini : donnez l'adresse publique du portail (https://…), celle des redirections de connexion.");
        }
        return problems;
    }

    /** {@code kafo.oidc.client-secret} → {@code KAFO_OIDC_CLIENT_SECRET}, as MicroProfile Config maps them. */
    static String variable(String key) {
        return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
