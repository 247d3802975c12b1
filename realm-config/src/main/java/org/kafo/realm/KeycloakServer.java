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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real Keycloak ({@code keycloak-quarkus-dist}), started in dev mode with the realm {@code kafo}
 * imported, for the run command ({@link Mode#PERSISTENT}) and the tests ({@link Mode#EPHEMERAL}).
 *
 * <pre>{@code
 * try (KeycloakServer keycloak = KeycloakServer.ephemeral().portalUrl("http://localhost:8080").start()) {
 *     AccessToken token = keycloak.userToken("accueil.ame", "kafo-demo");   // device authorization, signed in by SignInPages
 * }
 * }</pre>
 *
 * <p>{@link #start} returns once the realm's discovery document answers. {@link #close} stops Keycloak
 * (the {@code kc.sh} script and its JVM) and waits; a JVM shutdown hook does the same if the caller
 * does not. Keycloak's output goes to {@link #logFile()}, never to this JVM's console. Keycloak runs on the
 * {@code java} of this JVM ({@code java.home}).
 */
public final class KeycloakServer implements AutoCloseable {

    /** How long a run keeps its accounts. */
    public enum Mode {
        /**
         * The run command: Keycloak unpacked once under the install root, its H2 database kept there; the
         * realm is imported on the first start only, so a restart keeps every account.
         */
        PERSISTENT,
        /**
         * The tests: a fresh copy of an already-built Keycloak (hard links to a per-machine cache) and a
         * fresh database each run, deleted on {@link #close}.
         */
        EPHEMERAL
    }

    /** Build and cache timings of one start, for the run command's banner and for measuring. */
    public record Timings(Duration prepare, Duration start, boolean unpacked, boolean augmented) {
    }

    /** The system property for the per-machine cache of the unpacked, built distribution. */
    public static final String CACHE_PROPERTY = "kafo.keycloak.cache";

    private static final System.Logger LOG = System.getLogger(KeycloakServer.class.getName());
    private static final String DEMO_ADMIN = "admin";
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Mode mode;
    private final Path home;
    private final Path runDir;
    private final Path logFile;
    private final int httpPort;
    private final int managementPort;
    private final String hostname;
    private final Map<String, String> environment;
    private final Process process;
    private final Thread shutdownHook;
    private final Timings timings;
    private volatile boolean closed;

    private KeycloakServer(Mode mode, Path home, Path runDir, Path logFile, int httpPort, int managementPort,
                           String hostname, Map<String, String> environment, Process process, Timings timings) {
        this.mode = mode;
        this.home = home;
        this.runDir = runDir;
        this.logFile = logFile;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.hostname = hostname;
        this.environment = environment;
        this.process = process;
        this.timings = timings;
        this.shutdownHook = new Thread(this::stopQuietly, "keycloak-shutdown-" + httpPort);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** A test Keycloak: fresh realm every run, free ports. */
    public static Builder ephemeral() {
        // C1 only: a test Keycloak lives a few minutes, start-up matters more than peak speed (≈ 10 % faster here)
        return new Builder(Mode.EPHEMERAL).jvmOption("-XX:TieredStopAtLevel=1");
    }

    /**
     * The run command's Keycloak, kept under {@code <dataDir>/keycloak}: ports 8180 (HTTP) and 9180
     * (management) unless changed.
     */
    public static Builder persistent(Path dataDir) {
        return new Builder(Mode.PERSISTENT).installRoot(dataDir.resolve("keycloak")).httpPort(8180).managementPort(9180);
    }

    public static Builder builder(Mode mode) {
        return new Builder(mode);
    }

    /** {@code http://localhost:<port>/realms/kafo}: the {@code iss} of every token. */
    public String issuer() {
        return hostname + "/realms/" + KafoRealm.NAME;
    }

    /** {@code http://localhost:<port>}: the admin REST API is under {@code /admin/realms/kafo}. */
    public URI baseUri() {
        return URI.create(hostname);
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    public Mode mode() {
        return mode;
    }

    /** The Keycloak home ({@code kc.home.dir}) of this run. */
    public Path home() {
        return home;
    }

    /** Keycloak's console output (the script's and the server's). */
    public Path logFile() {
        return logFile;
    }

    public Timings timings() {
        return timings;
    }

    /** The secret of {@code kafo-portal}, as given to Keycloak for the realm import. */
    public String portalClientSecret() {
        return KafoRealm.resolve(KafoRealm.PORTAL_SECRET_VARIABLE, environment);
    }

    /** The secret of {@code kafo-admin}, as given to Keycloak for the realm import. */
    public String adminClientSecret() {
        return KafoRealm.resolve(KafoRealm.ADMIN_SECRET_VARIABLE, environment);
    }

    /** The portal URL the redirect URIs were built from, as given to Keycloak for the realm import. */
    public String portalUrl() {
        return KafoRealm.resolve(KafoRealm.PORTAL_URL_VARIABLE, environment);
    }

    /** The bootstrap administrator of the master realm (created on the first start only). */
    public String bootstrapAdminUsername() {
        return environment.get("KC_BOOTSTRAP_ADMIN_USERNAME");
    }

    public String bootstrapAdminPassword() {
        return environment.get("KC_BOOTSTRAP_ADMIN_PASSWORD");
    }

    /** The portal's confidential client (authorization code, refresh), with its secret. */
    public TokenClient portalTokens() {
        return new TokenClient(issuer(), KafoRealm.PORTAL_CLIENT, portalClientSecret());
    }

    /** The API users' public client: tokens by the device authorization grant. */
    public TokenClient apiTokens() {
        return new TokenClient(issuer(), KafoRealm.API_CLIENT, null);
    }

    /**
     * A user's access token as an API user gets one: the device authorization grant of {@code kafo-api}, the
     * person's part (sign-in, consent) done by {@link SignInPages}. The response holds a refresh token.
     */
    public AccessToken userToken(String username, String password) {
        return userToken(username, password, null);
    }

    /** {@link #userToken(String, String)} with a scope, e.g. {@code organization:cimade}. */
    public AccessToken userToken(String username, String password, String scope) {
        TokenClient api = apiTokens();
        TokenClient.DeviceAuthorization device = api.startDevice(scope);
        new SignInPages().approveDevice(device, username, password);
        return api.deviceToken(device);
    }

    /** Tokens of the admin service account (client credentials). */
    public TokenClient adminTokens() {
        return new TokenClient(issuer(), KafoRealm.ADMIN_CLIENT, adminClientSecret());
    }

    public boolean isRunning() {
        return !closed && process.isAlive();
    }

    /** Stops Keycloak and waits for it; an ephemeral run's files are deleted. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to
        }
        stopQuietly();
    }

    private synchronized void stopQuietly() {
        if (closed) {
            return;
        }
        closed = true;
        stop(process);
        if (runDir != null) {
            FileTrees.deleteQuietly(runDir);
        }
    }

    /** SIGTERM to kc.sh (which forwards it to its JVM) and to its descendants, then SIGKILL after a while. */
    static void stop(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        tree.add(0, process.toHandle());
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                LOG.log(Level.WARNING, "Keycloak process " + handle.pid() + " ignored SIGTERM; killing it");
                handle.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handle.destroyForcibly();
            }
        }
    }

    /** Everything a start needs; {@link #start()} does the work. */
    public static final class Builder {

        private final Mode mode;
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

        private Builder(Mode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
        }

        /** The {@code keycloak-quarkus-dist} zip; default: the system property {@code kafo.keycloak.dist}. */
        public Builder distribution(Path zip) {
            this.distribution = zip;
            return this;
        }

        /**
         * Persistent: where Keycloak is unpacked and its database kept (the run command passes
         * {@code <dataDir>/keycloak}). Ephemeral: where each run's home and log go; default
         * {@code <cacheDir>/runs}.
         */
        public Builder installRoot(Path directory) {
            this.installRoot = directory;
            return this;
        }

        /**
         * The per-machine cache of the unpacked and built distribution, shared by every run; default: the
         * system property {@value #CACHE_PROPERTY}, else {@code ~/.cache/kafo/keycloak}.
         */
        public Builder cacheDir(Path directory) {
            this.cacheDir = directory;
            return this;
        }

        /** The HTTP port; 0 picks a free one. */
        public Builder httpPort(int port) {
            this.httpPort = checkPort(port);
            return this;
        }

        /** The management port (health, metrics when enabled); 0 picks a free one. */
        public Builder managementPort(int port) {
            this.managementPort = checkPort(port);
            return this;
        }

        /** The public URL of Keycloak, the issuer's prefix; default {@code http://localhost:<httpPort>}. */
        public Builder hostname(String url) {
            this.hostname = url;
            return this;
        }

        /** {@code KAFO_PORTAL_URL}: the portal's base URL, from which redirect URIs are built. */
        public Builder portalUrl(String url) {
            this.portalUrl = url;
            return this;
        }

        /** {@code KAFO_OIDC_CLIENT_SECRET}; default: the environment, else the demo secret. */
        public Builder portalClientSecret(String secret) {
            this.portalClientSecret = secret;
            return this;
        }

        /** {@code KAFO_ADMIN_CLIENT_SECRET}; default: the environment, else the demo secret. */
        public Builder adminClientSecret(String secret) {
            this.adminClientSecret = secret;
            return this;
        }

        /** The master realm's bootstrap admin; default: {@code KC_BOOTSTRAP_ADMIN_*}, else admin/admin (demo). */
        public Builder bootstrapAdmin(String username, String password) {
            this.adminUsername = username;
            this.adminPassword = password;
            return this;
        }

        /** Another environment variable for Keycloak, e.g. a placeholder of the realm file ({@code KAFO_SMTP_PORT}). */
        public Builder environment(String name, String value) {
            this.extraEnvironment.put(name, value);
            return this;
        }

        /** JVM options for Keycloak ({@code JAVA_OPTS_APPEND}). */
        public Builder jvmOption(String option) {
            this.jvmOptions.add(option);
            return this;
        }

        public Builder startTimeout(Duration timeout) {
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
            Path cache = cacheDir != null ? cacheDir : defaultCacheDir();
            BuildCache buildCache = new BuildCache(cache, dist);
            boolean pickPorts = httpPort == 0 || managementPort == 0;
            for (int attempt = 1; ; attempt++) {
                try {
                    return launch(dist, buildCache);
                } catch (PortTakenException e) {
                    if (!pickPorts || attempt == 3) {
                        throw new KeycloakStartException("Keycloak could not bind its ports; see " + e.logFile, null);
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
            if (mode == Mode.PERSISTENT) {
                Path root = Objects.requireNonNull(installRoot, "installRoot").toAbsolutePath().normalize();
                home = root.resolve(dist.folder());
                if (!Files.isRegularFile(home.resolve(".kafo-unpacked"))) {
                    if (Files.exists(home)) {
                        throw new KeycloakStartException(home + " exists but was not unpacked by Kafo (no marker); "
                                + "move it away", null);
                    }
                    dist.unpackTo(home, ".kafo-unpacked");
                    buildCache.applyBuild(home);
                    unpacked = true;
                }
                Path owner = root.resolve("owner.pid");
                if (isOwnerAlive(owner)) {
                    throw new KeycloakStartException("another process (" + readOwner(owner)
                            + ") runs Keycloak from " + root + "; stop it first", null);
                }
                stopOrphans(home);
                try {
                    writeOwner(owner);
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
                pruneRuns(runs);
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
                    writeOwner(runDir.resolve("owner.pid"));
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
                throw new KeycloakStartException("cannot start " + command.get(1) + "; see " + log, e);
            }

            long t1 = System.nanoTime();
            String issuer = publicUrl + "/realms/" + KafoRealm.NAME;
            try {
                awaitDiscovery(process, URI.create("http://localhost:" + http + "/realms/" + KafoRealm.NAME
                        + "/.well-known/openid-configuration"), log, logOffset);
            } catch (RuntimeException e) {
                stop(process);
                if (e instanceof PortTakenException && runDir != null) {
                    FileTrees.deleteQuietly(runDir);
                }
                throw e;
            }
            Duration started = Duration.ofNanos(System.nanoTime() - t1);
            String output = logSince(log, logOffset);
            boolean augmented = output.contains("Quarkus augmentation completed");
            buildCache.publishBuild(home);
            Timings timings = new Timings(prepare, started, unpacked, augmented);
            LOG.log(Level.INFO, () -> String.format("Keycloak %s (%s) ready at %s in %d ms (prepare %d ms%s%s); log %s",
                    dist.folder(), mode, issuer, started.toMillis(), prepare.toMillis(),
                    timings.unpacked() ? ", unpacked" : "", timings.augmented() ? ", re-augmented" : "", log));
            Map<String, String> known = new HashMap<>(env);
            if (mode == Mode.PERSISTENT) {
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
                    throw new KeycloakStartException("Keycloak exited with status " + process.exitValue()
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
                    throw new KeycloakStartException("interrupted while waiting for Keycloak; see " + log, e);
                }
                if (System.nanoTime() > deadline) {
                    throw new KeycloakStartException("Keycloak did not answer " + discovery + " within "
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
    }

    /** Deletes the leftovers of ephemeral runs whose JVM is gone, and their logs after a week. */
    static void pruneRuns(Path runs) {
        if (!Files.isDirectory(runs)) {
            return;
        }
        Instant weekAgo = Instant.now().minus(Duration.ofDays(7));
        try (var entries = Files.list(runs)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (Files.isDirectory(entry)) {
                    Path owner = entry.resolve("owner.pid");
                    boolean alive;
                    if (Files.isRegularFile(owner)) {
                        alive = isOwnerAlive(owner);
                    } else {
                        // being created right now, or broken: leave young ones alone
                        alive = Files.getLastModifiedTime(entry).toInstant().isAfter(Instant.now().minus(Duration.ofHours(1)));
                    }
                    if (!alive) {
                        stopOrphans(entry);
                        FileTrees.deleteQuietly(entry);
                    }
                } else if (entry.getFileName().toString().endsWith(".log")
                        && Files.getLastModifiedTime(entry).toInstant().isBefore(weekAgo)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot prune " + runs, e);
        }
    }

    /** Records this JVM (pid and start time, against pid reuse) as the owner of a Keycloak home. */
    static void writeOwner(Path file) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        Files.writeString(file, self.pid() + " " + self.info().startInstant().map(Instant::toEpochMilli).orElse(0L));
    }

    static String readOwner(Path file) {
        try {
            return Files.readString(file).trim().split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Whether the JVM recorded in {@code file} still runs (and is not this one). */
    static boolean isOwnerAlive(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            String[] fields = Files.readString(file).trim().split(" ");
            long pid = Long.parseLong(fields[0]);
            long started = fields.length > 1 ? Long.parseLong(fields[1]) : 0L;
            if (pid == ProcessHandle.current().pid()) {
                return false;
            }
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .map(h -> started == 0L || h.info().startInstant().map(Instant::toEpochMilli).orElse(started) == started)
                    .orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /**
     * Stops the Keycloak processes still running from {@code home}: left behind by a JVM that was killed
     * before it could stop them (the shutdown hook does not run on SIGKILL). Matched by the exact
     * {@code -Dkc.home.dir} that kc.sh gives its JVM, so nothing else is touched.
     */
    static void stopOrphans(Path home) {
        if (!Files.isDirectory(home)) {
            return;
        }
        String marker;
        try {
            marker = "-Dkc.home.dir=" + home.toRealPath().resolve("bin") + "/..";
        } catch (IOException e) {
            return;
        }
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .forEach(orphan -> {
                    LOG.log(Level.WARNING, "stopping Keycloak process " + orphan.pid() + " left running from " + home);
                    orphan.destroy();
                    try {
                        orphan.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                    } catch (TimeoutException | ExecutionException e) {
                        orphan.destroyForcibly();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        orphan.destroyForcibly();
                    }
                });
    }

    static Path defaultCacheDir() {
        String property = System.getProperty(CACHE_PROPERTY);
        if (property != null && !property.isBlank() && !property.startsWith("${")) {
            return Path.of(property);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("kafo").resolve("keycloak");
    }

    /** A free TCP port on the loopback interface, other than those given. */
    static int freePort(int... not) {
        for (int i = 0; i < 20; i++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (java.util.Arrays.stream(not).noneMatch(p -> p == port)) {
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
        return String.join(System.lineSeparator(), java.util.Arrays.asList(lines).subList(from, lines.length));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakStartException("interrupted while waiting for Keycloak", e);
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

    /** Keycloak exited early or did not answer in time. */
    public static class KeycloakStartException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        KeycloakStartException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final class PortTakenException extends KeycloakStartException {

        private static final long serialVersionUID = 1L;
        private final transient Path logFile;

        PortTakenException(Path logFile) {
            super("a port was taken", null);
            this.logFile = logFile;
        }
    }
}
