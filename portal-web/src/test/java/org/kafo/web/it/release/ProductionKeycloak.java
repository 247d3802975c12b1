package org.kafo.web.it.release;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.kafo.realm.KeycloakInstallation;

/**
 * Keycloak as the operator guide installs it: the distribution unpacked, built once for PostgreSQL with health
 * ({@code kc.sh build}; kept per machine, see {@link KeycloakInstallation}), the production realm imported with the
 * release's {@code kafo import-realm}, then {@code kc.sh start --optimized} behind the proxy, with the settings of
 * {@code keycloak.env}.
 */
final class ProductionKeycloak implements AutoCloseable {

    static final String BUILD = "postgres-health";

    private final Path home;
    private final Map<String, String> env;
    private final int port;
    private Process process;

    private ProductionKeycloak(Path home, Map<String, String> env, int port) {
        this.home = home;
        this.env = env;
        this.port = port;
    }

    /** Installs Keycloak in {@code home} (built for PostgreSQL), to be run with {@code keycloakEnv}. */
    static ProductionKeycloak install(Path home, Map<String, String> keycloakEnv) {
        Map<String, String> env = new HashMap<>(keycloakEnv);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        if (!KeycloakInstallation.prepare(home, BUILD)) {
            Processes.run(home.resolve("build.log"), env, Duration.ofMinutes(5), "/bin/sh", home.resolve("bin/kc.sh").toString(),
                    "build", "--db=postgres", "--health-enabled=true");
            KeycloakInstallation.keepBuild(home, BUILD);
        }
        return new ProductionKeycloak(home, env, Integer.parseInt(keycloakEnv.get("KC_HTTP_PORT")));
    }

    Path home() {
        return home;
    }

    int port() {
        return port;
    }

    /** {@code kc.sh start --optimized}, until the realm answers. */
    void start() {
        process = Processes.start(home.resolve("keycloak.log"), env, home, "/bin/sh", home.resolve("bin/kc.sh").toString(),
                "start", "--optimized");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped:\n" + Processes.tail(home.resolve("keycloak.log"), 40));
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/realms/kafo/.well-known/openid-configuration")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new IllegalStateException("Keycloak did not answer:\n" + Processes.tail(home.resolve("keycloak.log"), 40));
    }

    void stop() {
        if (process != null) {
            Processes.stop(process);
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    static boolean built(Path home) {
        return Files.isRegularFile(home.resolve("lib/quarkus/generated-bytecode.jar"));
    }
}
