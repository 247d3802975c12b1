package org.kafo.realm;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The realm a server imports, made from the demo realm ({@link KafoRealm}) so that the two never drift apart:
 * the same settings, roles, clients and required actions, without the demo users (the service account of
 * {@code kafo-admin} stays) and the demo organizations, and with every secret and address an environment
 * placeholder <em>without</em> a default: an import with a variable unset is refused by the release's
 * {@code kafo import-realm} (see {@link #requiredVariables()}). The mail server must speak STARTTLS and
 * authenticate unless the operator says otherwise ({@code KAFO_SMTP_STARTTLS}, {@code KAFO_SMTP_AUTH}).
 *
 * <p>The build writes it to {@value #RESOURCE} (class path) and the release puts it in {@code realm/}.
 */
public final class ProductionRealm {

    /** Where the build writes the production realm on the class path. */
    public static final String RESOURCE = "/realm/production/kafo-realm.json";

    /** The placeholders that lose their demo default: secrets and addresses. */
    static final List<String> NO_DEFAULT = List.of(KafoRealm.PORTAL_URL_VARIABLE, KafoRealm.PORTAL_SECRET_VARIABLE,
            KafoRealm.ADMIN_SECRET_VARIABLE, "KAFO_SMTP_HOST", "KAFO_SMTP_PORT", "KAFO_SMTP_FROM");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)(?::([^}]*))?}");

    private ProductionRealm() {
    }

    /** The production realm's JSON, pretty-printed. */
    public static String json() {
        JsonObject demo = KafoRealm.representation();
        JsonObjectBuilder realm = Json.PROVIDER.createObjectBuilder(demo);
        realm.add("attributes", Json.PROVIDER.createObjectBuilder().add("kafo.realm",
                "Production realm of Kafo: no accounts; the network's coordination creates the first network-admin in the "
                        + "admin console (operator guide). Secrets, addresses and mail settings come from the environment at import."));
        JsonArrayBuilder users = Json.PROVIDER.createArrayBuilder();
        Json.objects(demo, "users").stream().filter(u -> u.containsKey("serviceAccountClientId")).forEach(users::add);
        realm.add("users", users);
        realm.remove("organizations");
        realm.add("smtpServer", Json.PROVIDER.createObjectBuilder()
                .add("host", "${KAFO_SMTP_HOST}")
                .add("port", "${KAFO_SMTP_PORT}")
                .add("from", "${KAFO_SMTP_FROM}")
                .add("fromDisplayName", "Kafo")
                .add("ssl", "false")
                .add("starttls", "${KAFO_SMTP_STARTTLS:true}")
                .add("auth", "${KAFO_SMTP_AUTH:true}")
                .add("user", "${KAFO_SMTP_USER:}")
                .add("password", "${KAFO_SMTP_PASSWORD:}"));
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = Json.PROVIDER.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out)) {
            generator.write(realm.build());
        }
        return withoutDefaults(out.toString().strip()) + System.lineSeparator();
    }

    /** The variables an import needs: every placeholder of the production realm that has no default. */
    public static List<String> requiredVariables() {
        Matcher m = PLACEHOLDER.matcher(json());
        Set<String> names = new LinkedHashSet<>();
        while (m.find()) {
            if (m.group(2) == null) {
                names.add(m.group(1));
            }
        }
        return List.copyOf(names);
    }

    private static String withoutDefaults(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (m.find()) {
            String replacement = NO_DEFAULT.contains(m.group(1)) ? "${" + m.group(1) + "}" : m.group();
            m.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(result);
        return result.toString();
    }

    /**
     * Writes the production realm to the file given (the build: {@code target/classes/realm/production/}), and beside it
     * {@code required-variables}: one name a line, what the release's {@code kafo import-realm} checks.
     */
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json(), StandardCharsets.UTF_8);
            Files.writeString(file.resolveSibling("required-variables"), String.join("\n", requiredVariables()) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
