package org.kafo.web.launch;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import org.kafo.realm.DemoAccounts;
import org.kafo.realm.KeycloakLaunch;
import org.kafo.realm.KeycloakServer;

/**
 * The run command ({@code ./mvnw -Prun}): starts what is not configured elsewhere — PostgreSQL from the
 * embedded binaries, the real Keycloak with the realm — then Payara Micro serving the portal with demo
 * data, prints where to go and who to sign in as, and stops everything it started on Ctrl-C. All state
 * lives under {@code KAFO_DATA_DIR} (default {@code ./var}), so a restart keeps every record and account.
 */
public final class Launcher {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private final Map<String, String> env;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    Launcher(Map<String, String> env) {
        this.env = env;
    }

    public static void main(String[] args) {
        Launcher launcher = new Launcher(System.getenv());
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "kafo-stop"));
        try {
            launcher.start();
        } catch (RuntimeException e) {
            OUT.println("Kafo n'a pas pu démarrer : " + e.getMessage());
            launcher.stop();
            System.exit(1);
        }
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void start() {
        long t0 = System.nanoTime();
        Path dataDir = Path.of(env.getOrDefault("KAFO_DATA_DIR", "var")).toAbsolutePath().normalize();
        int port = intEnv("KAFO_PORT", 8080);
        String portalUrl = env.getOrDefault("KAFO_PORTAL_URL", "http://localhost:" + port);
        boolean embeddedDatabase = !env.containsKey("KAFO_DB_URL");
        boolean embeddedKeycloak = !env.containsKey("KAFO_OIDC_ISSUER");
        // Demo data by default only with the embedded servers (the demo realm's accounts); asked for explicitly otherwise.
        boolean demo = Boolean.parseBoolean(env.getOrDefault("KAFO_DEMO", String.valueOf(embeddedDatabase && embeddedKeycloak)));
        OUT.println("Kafo démarre ; données dans " + dataDir);

        PayaraMicroProcess.Builder payara = PayaraMicroProcess.builder()
                .payaraJar(Path.of(required("kafo.payara.jar")))
                .war(Path.of(required("kafo.war")))
                .port(port)
                .workDir(dataDir.resolve("payara"))
                .logFile(dataDir.resolve("logs").resolve("payara.log"))
                .property("kafo.data.dir", dataDir.toString())
                .property("kafo.portal.url", portalUrl)
                .property("kafo.demo", String.valueOf(demo))
                // the secrets of the embedded servers are the demo's: the portal admits them in this mode only
                .property("kafo.embedded", String.valueOf(embeddedDatabase || embeddedKeycloak))
                .option("--nocluster")
                .option("--prebootcommandfile", required("kafo.payara.preboot"));

        if (!embeddedDatabase) {
            OUT.println("  PostgreSQL : externe (" + env.get("KAFO_DB_URL") + ")");
        } else {
            EmbeddedDatabase db = started(EmbeddedDatabase.persistent(dataDir.resolve("postgres"), intEnv("KAFO_DB_PORT", 54320)));
            payara.property("kafo.db.url", db.jdbcUrl())
                    .property("kafo.db.user", EmbeddedDatabase.USER)
                    .property("kafo.db.password", EmbeddedDatabase.PASSWORD);
            OUT.println("  PostgreSQL : embarqué, " + db.jdbcUrl() + " (boucle locale seulement)");
        }

        if (!embeddedKeycloak) {
            OUT.println("  Keycloak   : externe (" + env.get("KAFO_OIDC_ISSUER") + ")");
        } else {
            KeycloakLaunch builder = KeycloakServer.persistent(dataDir)
                    .httpPort(intEnv("KAFO_KEYCLOAK_PORT", 8180))
                    .managementPort(intEnv("KAFO_KEYCLOAK_MANAGEMENT_PORT", 9180))
                    .portalUrl(portalUrl);
            String adminPassword = null;
            if (!demo && !env.containsKey("KC_BOOTSTRAP_ADMIN_PASSWORD")) {
                // admin/admin is the demo's only: otherwise a password of its own, shown once (Keycloak keeps the first)
                adminPassword = BootstrapAdmin.password(dataDir.resolve("keycloak"));
                builder.bootstrapAdmin(env.getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"), adminPassword);
            }
            KeycloakServer keycloak = started(builder.start());
            payara.property("kafo.oidc.issuer", keycloak.issuer())
                    .property("kafo.oidc.client-secret", keycloak.portalClientSecret())
                    .property("kafo.admin.client-secret", keycloak.adminClientSecret());
            OUT.println("  Keycloak   : " + keycloak.issuer() + " (boucle locale ; administration : " + keycloak.baseUri() + "/admin/, "
                    + keycloak.bootstrapAdminUsername() + " / "
                    + (adminPassword == null ? keycloak.bootstrapAdminPassword() : "mot de passe dans " + BootstrapAdmin.file(dataDir.resolve("keycloak")))
                    + ")");
        }

        PayaraMicroProcess server = started(payara.build().start(Duration.ofMinutes(5)));
        OUT.printf("%nKafo est prêt en %.0f s : %s%n", (System.nanoTime() - t0) / 1e9, portalUrl);
        OUT.println("Journal du serveur : " + server.logFile());
        OUT.println();
        if (demo && embeddedKeycloak) {
            OUT.println("Comptes de démonstration :");
            OUT.println(DemoAccounts.table());
        } else if (!demo) {
            OUT.println("Sans données de démonstration (KAFO_DEMO=true pour les charger dans une base vide).");
        }
        OUT.println("Ctrl-C pour tout arrêter.");
    }

    private <T extends AutoCloseable> T started(T server) {
        started.push(server);
        return server;
    }

    /** Stops what was started, the last first. */
    synchronized void stop() {
        while (!started.isEmpty()) {
            AutoCloseable server = started.pop();
            try {
                server.close();
            } catch (Exception e) {
                OUT.println("Arrêt incomplet de " + server.getClass().getSimpleName() + " : " + e.getMessage());
            }
        }
    }

    private int intEnv(String name, int fallback) {
        return Optional.ofNullable(env.get(name)).map(Integer::parseInt).orElse(fallback);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("propriété système manquante : " + property + " (lancez avec ./mvnw -Prun)");
        }
        return value;
    }
}
