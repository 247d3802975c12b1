package org.kafo.web.it.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A server as the operator guide sets one up, from the release laid out by the build ({@code target/kafo-<version>/}):
 * Debian's PostgreSQL with the databases {@code kafo} and {@code keycloak}, Keycloak in production mode with the
 * production realm, its first coordination account, the portal started by {@code bin/kafo start} with real secrets, and
 * Debian's nginx in front with TLS. The portal's database is the previous release's
 * ({@code src/test/resources/release/previous-release.sql.gz}): the first start upgrades it. Started once per test JVM
 * on first use, stopped when the JVM ends.
 */
final class ProductionStack {

    private static final Logger LOG = Logger.getLogger(ProductionStack.class.getName());
    static final String DUMP = "/release/previous-release.sql.gz";
    static final String COORDINATION = "fatoumata.keita";
    static final String COORDINATION_PASSWORD = "Coordination-" + secret().substring(0, 8);

    private static ProductionStack instance;

    final Path root = Path.of("target", "release-it").toAbsolutePath();
    final Path release;
    final String kafoDbPassword = secret();
    final String keycloakDbPassword = secret();
    final String portalSecret = secret();
    final String adminSecret = secret();
    final String bootstrapPassword = secret();
    final int portalPort = freePort();
    final int keycloakPort = freePort();
    final int keycloakManagementPort = freePort();
    final TlsProxy proxy;
    /** Row counts of the previous release's database, before the upgrade. */
    final Map<String, Long> before;
    DebianPostgres postgres;
    ProductionKeycloak keycloak;
    ReleasePortal portal;
    Path dataDir;
    final RealmAdmin admin;
    final Duration upgradeStart;

    private ProductionStack() {
        long t0 = System.nanoTime();
        release = locateRelease();
        deleteTree(root);
        postgres = DebianPostgres.start(root.resolve("pg-a"), freePort());
        postgres.createRoleAndDatabase("kafo", kafoDbPassword);
        postgres.createRoleAndDatabase("keycloak", keycloakDbPassword);
        try (InputStream dump = getClass().getResourceAsStream(DUMP)) {
            postgres.load("kafo", "kafo", kafoDbPassword, dump);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        before = counts();
        proxy = TlsProxy.start(root.resolve("nginx"), release, portalPort, keycloakPort, freePort(), freePort(), freePort(), freePort());
        dataDir = root.resolve("data-a");
        writeSettings();
        keycloak = ProductionKeycloak.install(root.resolve("keycloak"), keycloakEnv());
        Processes.run(root.resolve("import-realm.log"), Map.of("KAFO_CONFIG", config().toString(),
                "JAVA_HOME", System.getProperty("java.home")), Duration.ofMinutes(3),
                release.resolve("bin/kafo").toString(), "import-realm", keycloak.home().toString());
        keycloak.start();
        admin = new RealmAdmin(keycloakPort, "admin-temporaire", bootstrapPassword);
        admin.createUser(COORDINATION, "Fatoumata", "Keïta", "f.keita@reseau.example.org", COORDINATION_PASSWORD, "network-admin");
        long t1 = System.nanoTime();
        portal = ReleasePortal.start(release, config(), root.resolve("portal-a.log")).awaitUp(portalPort);
        upgradeStart = Duration.ofNanos(System.nanoTime() - t1);
        LOG.info(() -> String.format("release stack up in %.1f s (the portal's first start, with the upgrade, %.1f s)",
                (System.nanoTime() - t0) / 1e9, upgradeStart.toMillis() / 1e3));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "release-stack-stop"));
    }

    static synchronized ProductionStack get() {
        if (instance == null) {
            instance = new ProductionStack();
        }
        return instance;
    }

    String kafoDbPasswordForTests() {
        return kafoDbPassword;
    }

    String keycloakDbPasswordForTests() {
        return keycloakDbPassword;
    }

    /** The settings folder, as /etc/kafo: kafo.env and keycloak.env. */
    Path config() {
        return root.resolve("etc");
    }

    Map<String, String> kafoEnv() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("KAFO_PORTAL_URL", proxy.portalUrl());
        values.put("KAFO_DATA_DIR", dataDir.toString());
        values.put("KAFO_PORT", String.valueOf(portalPort));
        values.put("KAFO_DB_URL", postgres.jdbcUrl("kafo"));
        values.put("KAFO_DB_PASSWORD", kafoDbPassword);
        values.put("KAFO_OIDC_ISSUER", proxy.keycloakUrl() + "/realms/kafo");
        values.put("KAFO_OIDC_CLIENT_SECRET", portalSecret);
        values.put("KAFO_ADMIN_CLIENT_SECRET", adminSecret);
        values.put("KAFO_ADMIN_URL", "http://127.0.0.1:" + keycloakPort);
        values.put("KAFO_SMTP_HOST", "127.0.0.1");
        values.put("KAFO_SMTP_PORT", "1");
        values.put("KAFO_JAVA_OPTS", "-Xmx768m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djavax.net.ssl.trustStore=" + proxy.trustStore()
                + " -Djavax.net.ssl.trustStorePassword=" + TlsProxy.TRUST_PASSWORD + " -Djavax.net.ssl.trustStoreType=PKCS12");
        return Settings.fill(release.resolve("etc/kafo.env.example"), values);
    }

    Map<String, String> keycloakEnv() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("KC_DB_URL", postgres.jdbcUrl("keycloak"));
        values.put("KC_DB_PASSWORD", keycloakDbPassword);
        values.put("KC_HOSTNAME", proxy.keycloakUrl());
        values.put("KC_HOSTNAME_ADMIN", "http://127.0.0.1:" + keycloakPort);
        values.put("KC_HTTP_PORT", String.valueOf(keycloakPort));
        values.put("KC_HTTP_MANAGEMENT_PORT", String.valueOf(keycloakManagementPort));
        values.put("KAFO_PORTAL_URL", proxy.portalUrl());
        values.put("KAFO_OIDC_CLIENT_SECRET", portalSecret);
        values.put("KAFO_ADMIN_CLIENT_SECRET", adminSecret);
        values.put("KAFO_SMTP_HOST", "127.0.0.1");
        values.put("KAFO_SMTP_PORT", "1");
        values.put("KAFO_SMTP_STARTTLS", "false");
        values.put("KAFO_SMTP_AUTH", "false");
        values.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin-temporaire");
        values.put("KC_BOOTSTRAP_ADMIN_PASSWORD", bootstrapPassword);
        return Settings.fill(release.resolve("etc/keycloak.env.example"), values);
    }

    void writeSettings() {
        Settings.write(config().resolve("kafo.env"), kafoEnv());
        Settings.write(config().resolve("keycloak.env"), keycloakEnv());
    }

    /** Row counts of every table of the portal's database now. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : postgres.strings("kafo", "select table_name from information_schema.tables where table_schema = 'public'"
                + " and table_type = 'BASE TABLE'")) {
            counts.put(table, postgres.count("kafo", "select count(*) from \"" + table + "\""));
        }
        return counts;
    }

    /** Runs {@code bin/kafo} with the stack's settings (backup, restore…); the time it took. */
    Duration kafo(String log, String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = release.resolve("bin/kafo").toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        long t0 = System.nanoTime();
        Processes.run(root.resolve(log), Map.of("KAFO_CONFIG", config().toString()), Duration.ofMinutes(5), command);
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    synchronized void stop() {
        for (AutoCloseable server : new AutoCloseable[] {portal, keycloak, proxy, postgres}) {
            try {
                if (server != null) {
                    server.close();
                }
            } catch (Exception e) {
                LOG.warning("stopping " + server + ": " + e);
            }
        }
    }

    static Path locateRelease() {
        try (var versions = Files.list(Path.of("target"))) {
            Path folder = versions.filter(p -> p.getFileName().toString().startsWith("kafo-") && Files.isDirectory(p)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no release in target/: the build lays it out at package"));
            return folder.resolve(folder.getFileName()).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String secret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
