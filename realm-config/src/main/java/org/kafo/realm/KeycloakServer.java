package org.kafo.realm;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A running Keycloak ({@code keycloak-quarkus-dist}) in dev mode with the realm {@code kafo} imported, for the run
 * command ({@link Mode#PERSISTENT}) and the tests ({@link Mode#EPHEMERAL}): its addresses, its clients' tokens, and
 * {@link #close}. {@link KeycloakLaunch} starts it, in a directory {@link RunDirectory} keeps.
 *
 * <pre>{@code
 * try (KeycloakServer keycloak = KeycloakServer.ephemeral().portalUrl("http://localhost:8080").start()) {
 *     AccessToken token = keycloak.userToken("accueil.ame", "kafo-demo");   // device authorization, signed in by SignInPages
 * }
 * }</pre>
 *
 * <p>{@link KeycloakLaunch#start} returns once the realm's discovery document answers. {@link #close} stops Keycloak
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
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

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

    KeycloakServer(Mode mode, Path home, Path runDir, Path logFile, int httpPort, int managementPort,
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
    public static KeycloakLaunch ephemeral() {
        // C1 only: a test Keycloak lives a few minutes, start-up matters more than peak speed (≈ 10 % faster here)
        return new KeycloakLaunch(Mode.EPHEMERAL).jvmOption("-XX:TieredStopAtLevel=1");
    }

    /**
     * The run command's Keycloak, kept under {@code <dataDir>/keycloak}: ports 8180 (HTTP) and 9180
     * (management) unless changed.
     */
    public static KeycloakLaunch persistent(Path dataDir) {
        return new KeycloakLaunch(Mode.PERSISTENT).installRoot(dataDir.resolve("keycloak")).httpPort(8180).managementPort(9180);
    }

    public static KeycloakLaunch builder(Mode mode) {
        return new KeycloakLaunch(mode);
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

    /** Keycloak exited early or did not answer in time. */
    public static class KeycloakStartException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        KeycloakStartException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
