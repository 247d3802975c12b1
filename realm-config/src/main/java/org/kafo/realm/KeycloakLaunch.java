package org.kafo.realm;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How a Keycloak is started, for the run command ({@link KeycloakServer#persistent}) and the tests
 * ({@link KeycloakServer#ephemeral}): everything a start needs, then {@link #start()} prepares the Keycloak home in its
 * run directory ({@link RunDirectory}: unpacked once under the data directory, or a fresh copy of the built cache per
 * run), writes the realm to import, starts {@code kc.sh start-dev} on loopback and waits for the realm's discovery
 * document; it hands back the running server ({@link KeycloakServer}). A port picked free but taken meanwhile is tried
 * again with others.
 */
public final class KeycloakLaunch {

    private static final System.Logger LOG = System.getLogger(KeycloakLaunch.class.getName());
    private static final String DEMO_ADMIN = "admin";
    private static final AtomicInteger RUNS = new AtomicInteger();


    private final KeycloakServer.Mode mode;
    private Path distribution;
    private Path installRoot;
    private Path cacheDir;
    private int httpPort;
    private int managementPort;
    private String hostname;
    private String portalUrl;
    private String portalClientSecret;
    private String adminClientSecret;
    private String adminUsername;
    private String adminPassword;
    private final Map<String, String> extraEnvironment = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private Duration startTimeout = Duration.ofMinutes(5);

    KeycloakLaunch(KeycloakServer.Mode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** The {@code keycloak-quarkus-dist} zip; default: the system property {@code kafo.keycloak.dist}. */
    public KeycloakLaunch distribution(Path zip) {
        this.distribution = zip;
        return this;
    }

    /**
     * Persistent: where Keycloak is unpacked and its database kept (the run command passes
     * {@code <dataDir>/keycloak}). Ephemeral: where each run's home and log go; default
     * {@code <cacheDir>/runs}.
     */
    public KeycloakLaunch installRoot(Path directory) {
        this.installRoot = directory;
        return this;
    }

    /**
     * The per-machine cache of the unpacked and built distribution, shared by every run; default: the
     * system property {@value KeycloakServer#CACHE_PROPERTY}, else {@code ~/.cache/kafo/keycloak}.
     */
    public KeycloakLaunch cacheDir(Path directory) {
        this.cacheDir = directory;
        return this;
    }

    /** The HTTP port; 0 picks a free one. */
    public KeycloakLaunch httpPort(int port) {
        this.httpPort = checkPort(port);
        return this;
    }

    /** The management port (health, metrics when enabled); 0 picks a free one. */
    public KeycloakLaunch managementPort(int port) {
        this.managementPort = checkPort(port);
        return this;
    }

    /** The public URL of Keycloak, the issuer's prefix; default {@code http://localhost:<httpPort>}. */
    public KeycloakLaunch hostname(String url) {
        this.hostname = url;
        return this;
    }

    /** {@code KAFO_PORTAL_URL}: the portal's base URL, from which redirect URIs are built. */
    public KeycloakLaunch portalUrl(String url) {
        this.portalUrl = url;
        return this;
    }

    /** {@code KAFO_OIDC_CLIENT_SECRET}; default: the environment, else the demo secret. */
    public KeycloakLaunch portalClientSecret(String secret) {
        this.portalClientSecret = secret;
        return this;
    }

    /** {@code KAFO_ADMIN_CLIENT_SECRET}; default: the environment, else the demo secret. */
    public KeycloakLaunch adminClientSecret(String secret) {
        this.adminClientSecret = secret;
        return this;
    }

    /** The master realm's bootstrap admin; default: {@code KC_BOOTSTRAP_ADMIN_*}, else admin/admin (demo). */
    public KeycloakLaunch bootstrapAdmin(String username, String password) {
        this.adminUsername = username;
        this.adminPassword = password;
        return this;
    }

    /** Another environment variable for Keycloak, e.g. a placeholder of the realm file ({@code KAFO_SMTP_PORT}). */
    public KeycloakLaunch environment(String name, String value) {
        this.extraEnvironment.put(name, value);
        return this;
    }

    /** JVM options for Keycloak ({@code JAVA_OPTS_APPEND}). */
    public KeycloakLaunch jvmOption(String option) {
        this.jvmOptions.add(option);
        return this;
    }

    public KeycloakLaunch startTimeout(Duration timeout) {
        this.startTimeout = timeout;
        return this;
    }

    /**
     * Prepares the Keycloak home, starts Keycloak and waits for the realm's discovery document.
     *
     * @throws KeycloakStartException when Keycloak exits or does not answer in time; its message names
     *                                the log file
     */
    public KeycloakServer start() {
        Distribution dist = Distribution.locate(distribution);
        Path cache = cacheDir != null ? cacheDir : BuildCache.defaultDir();
        BuildCache buildCache = new BuildCache(cache, dist);
        boolean pickPorts = httpPort == 0 || managementPort == 0;
        for (int attempt = 1; ; attempt++) {
            try {
                return launch(dist, buildCache);
            } catch (PortTakenException e) {
                if (!pickPorts || attempt == 3) {
                    throw new KeycloakServer.KeycloakStartException("Keycloak could not bind its ports; see " + e.logFile, null);
                }
                LOG.log(Level.INFO, "a picked port was taken meanwhile; trying other ports");
            }
        }
    }

    private KeycloakServer launch(Distribution dist, BuildCache buildCache) {
        long t0 = System.nanoTime();
        Path home;
        Path runDir = null;
        Path log;
        boolean unpacked = false;
        String runId = null;
        List<String> args = new ArrayList<>();
        if (mode == KeycloakServer.Mode.PERSISTENT) {
            Path root = Objects.requireNonNull(installRoot, "installRoot").toAbsolutePath().normalize();
            home = root.resolve(dist.folder());
            if (!Files.isRegularFile(home.resolve(".kafo-unpacked"))) {
                if (Files.exists(home)) {
                    throw new KeycloakServer.KeycloakStartException(home + " exists but was not unpacked by Kafo (no marker); "
                            + "move it away", null);
                }
                dist.unpackTo(home, ".kafo-unpacked");
                buildCache.applyBuild(home);
                unpacked = true;
            }
            Path owner = root.resolve("owner.pid");
            if (RunDirectory.isOwnerAlive(owner)) {
                throw new KeycloakServer.KeycloakStartException("another process (" + RunDirectory.readOwner(owner)
                        + ") runs Keycloak from " + root + "; stop it first", null);
            }
            RunDirectory.stopOrphans(home);
            try {
                RunDirectory.writeOwner(owner);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // The database lives beside the versioned install, so that a newer Keycloak keeps it.
            args.add("--db-url=jdbc:h2:file:" + root.resolve("database").resolve("keycloakdb")
                    + ";NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE");
            log = root.resolve("keycloak.log");
        } else {
            Path runs = (installRoot != null ? installRoot : buildCache.root().resolveSibling("runs"))
                    .toAbsolutePath().normalize();
            RunDirectory.prune(runs);
            unpacked = !Files.isDirectory(buildCache.dist());
            runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                    + ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet();
            runDir = runs.resolve(runId);
            buildCache.newHome(runDir);
            home = runDir;
            log = runs.resolve(runId + ".log");
        }
        try {
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            Files.writeString(imports.resolve(KafoRealm.FILE_NAME), KafoRealm.json(), StandardCharsets.UTF_8);
            if (runDir != null) {
                RunDirectory.writeOwner(runDir.resolve("owner.pid"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Duration prepare = Duration.ofNanos(System.nanoTime() - t0);

        int http = httpPort != 0 ? httpPort : freePort();
        int management = managementPort != 0 ? managementPort : freePort(http);
        String publicUrl = stripSlash(hostname != null ? hostname : "http://localhost:" + http);
        args.addAll(0, List.of("start-dev",
                "--db=" + BuildCache.BUILD_DB,
                // loopback only (the management interface inherits it): a laptop's Keycloak is not the network's
                "--http-host=127.0.0.1",
                "--http-port=" + http,
                "--http-management-port=" + management,
                "--hostname=" + publicUrl,
                "--import-realm"));
        Map<String, String> env = environment();
        List<String> command = new ArrayList<>(List.of("/bin/sh", home.resolve("bin/kc.sh").toString()));
        command.addAll(args);

        long logOffset;
        Process process;
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, System.lineSeparator() + "=== " + Instant.now() + " kafo: " + String.join(" ", command)
                    + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            logOffset = Files.size(log);
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().clear();
            builder.environment().putAll(env);
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new KeycloakServer.KeycloakStartException("cannot start " + command.get(1) + "; see " + log, e);
        }

        long t1 = System.nanoTime();
        String issuer = publicUrl + "/realms/" + KafoRealm.NAME;
        try {
            awaitDiscovery(process, URI.create("http://localhost:" + http + "/realms/" + KafoRealm.NAME
                    + "/.well-known/openid-configuration"), log, logOffset);
        } catch (RuntimeException e) {
            KeycloakServer.stop(process);
            if (e instanceof PortTakenException && runDir != null) {
                FileTrees.deleteQuietly(runDir);
            }
            throw e;
        }
        Duration started = Duration.ofNanos(System.nanoTime() - t1);
        String output = logSince(log, logOffset);
        boolean augmented = output.contains("Quarkus augmentation completed");
        buildCache.publishBuild(home);
        KeycloakServer.Timings timings = new KeycloakServer.Timings(prepare, started, unpacked, augmented);
        LOG.log(Level.INFO, () -> String.format("Keycloak %s (%s) ready at %s in %d ms (prepare %d ms%s%s); log %s",
                dist.folder(), mode, issuer, started.toMillis(), prepare.toMillis(),
                timings.unpacked() ? ", unpacked" : "", timings.augmented() ? ", re-augmented" : "", log));
        Map<String, String> known = new HashMap<>(env);
        if (mode == KeycloakServer.Mode.PERSISTENT) {
            known.putAll(RealmValues.reconcile(installRoot.toAbsolutePath().normalize().resolve("realm-imported.properties"),
                    output.contains("Realm '" + KafoRealm.NAME + "' imported"), env));
        }
        return new KeycloakServer(mode, home, runDir, log, http, management, publicUrl, known, process, timings);
    }

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((name, value) -> {
            if (!name.startsWith("KC_") && !name.startsWith("QUARKUS_") && !name.startsWith("JAVA_OPTS")
                    && !name.equals("JAVA_ADD_OPENS") && !name.equals("JAVA") && !name.equals("JAVA_HOME")
                    && !name.equals("DEBUG") && !name.equals("DEBUG_PORT") && !name.startsWith("KEYCLOAK_ADMIN")) {
                env.put(name, value);
            }
        });
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", firstNonNull(adminUsername, System.getenv("KC_BOOTSTRAP_ADMIN_USERNAME"), DEMO_ADMIN));
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", firstNonNull(adminPassword, System.getenv("KC_BOOTSTRAP_ADMIN_PASSWORD"), DEMO_ADMIN));
        putIfGiven(env, KafoRealm.PORTAL_URL_VARIABLE, portalUrl == null ? null : stripSlash(portalUrl));
        putIfGiven(env, KafoRealm.PORTAL_SECRET_VARIABLE, portalClientSecret);
        putIfGiven(env, KafoRealm.ADMIN_SECRET_VARIABLE, adminClientSecret);
        env.putAll(extraEnvironment);
        if (!jvmOptions.isEmpty()) {
            env.put("JAVA_OPTS_APPEND", String.join(" ", jvmOptions));
        }
        return env;
    }

    private void awaitDiscovery(Process process, URI discovery, Path log, long logOffset) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + startTimeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                String output = logSince(log, logOffset);
                if (output.contains("Address already in use") || output.contains("Port already bound")) {
                    throw new PortTakenException(log);
                }
                throw new KeycloakServer.KeycloakStartException("Keycloak exited with status " + process.exitValue()
                        + " before answering; see " + log + System.lineSeparator() + tail(output), null);
            }
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KeycloakServer.KeycloakStartException("interrupted while waiting for Keycloak; see " + log, e);
            }
            if (System.nanoTime() > deadline) {
                throw new KeycloakServer.KeycloakStartException("Keycloak did not answer " + discovery + " within "
                        + startTimeout.toSeconds() + " s; see " + log + System.lineSeparator()
                        + tail(logSince(log, logOffset)), null);
            }
            sleep(250);
        }
    }

    private static int checkPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
        return port;
    }

    /** A free TCP port on the loopback interface, other than those given. */
    static int freePort(int... not) {
        for (int i = 0; i < 20; i++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (Arrays.stream(not).noneMatch(p -> p == port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("no free port", e);
            }
        }
        throw new IllegalStateException("no free port");
    }

    private static String logSince(Path log, long offset) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long from = Math.min(offset, length);
            byte[] bytes = new byte[(int) Math.min(length - from, 16 * 1024 * 1024)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String tail(String output) {
        String[] lines = output.split("\\R");
        int from = Math.max(0, lines.length - 25);
        return String.join(System.lineSeparator(), Arrays.asList(lines).subList(from, lines.length));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakServer.KeycloakStartException("interrupted while waiting for Keycloak", e);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static void putIfGiven(Map<String, String> env, String name, String value) {
        if (value != null) {
            env.put(name, value);
        }
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static final class PortTakenException extends KeycloakServer.KeycloakStartException {

        private static final long serialVersionUID = 1L;
        private final transient Path logFile;

        PortTakenException(Path logFile) {
            super("a port was taken", null);
            this.logFile = logFile;
        }
    }
}
