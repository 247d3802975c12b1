package org.kafo.web.it.release;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The portal of the release, as systemd runs it: {@code bin/kafo start} with the settings of {@code kafo.env}. */
final class ReleasePortal implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ReleasePortal(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the portal; see {@link #awaitUp} and {@link #awaitExit}. */
    static ReleasePortal start(Path release, Path config, Path log) {
        return new ReleasePortal(Processes.start(log, Map.of("KAFO_CONFIG", config.toString(),
                "JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString()), release,
                release.resolve("bin/kafo").toString(), "start"), log);
    }

    /** Waits until the portal answers {@code /health} on its own port (the one the proxy forwards to). */
    ReleasePortal awaitUp(int port) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the portal stopped (" + process.exitValue() + "):\n" + Processes.tail(log, 60));
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("the portal did not come up:\n" + Processes.tail(log, 60));
    }

    /** Waits for a refused start to end the process; its exit status. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                Processes.stop(process);
                throw new IllegalStateException("the portal did not stop:\n" + Processes.tail(log, 60));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String log() {
        return Processes.read(log);
    }

    @Override
    public void close() {
        Processes.stop(process);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
