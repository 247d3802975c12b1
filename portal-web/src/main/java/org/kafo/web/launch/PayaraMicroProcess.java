package org.kafo.web.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro serving the Kafo WAR, as a child process: {@code java -jar payara-micro.jar --deploy
 * kafo.war}, the way production runs it. Its log goes to a file; {@link #start()} returns once the
 * portal answers.
 */
public final class PayaraMicroProcess implements AutoCloseable {

    private final Path payaraJar;
    private final Path war;
    private final int port;
    private final Path logFile;
    private final Path workDir;
    private final Map<String, String> properties;
    private final List<String> extraOptions;
    private Process process;

    private PayaraMicroProcess(Builder b) {
        this.payaraJar = b.payaraJar;
        this.war = b.war;
        this.port = b.port;
        this.logFile = b.logFile;
        this.workDir = b.workDir;
        this.properties = new LinkedHashMap<>(b.properties);
        this.extraOptions = List.copyOf(b.extraOptions);
    }

    public static Builder builder() {
        return new Builder();
    }

    public PayaraMicroProcess start(Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        command.add("-XX:+UseSerialGC");
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                "--rootdir", workDir.resolve("payara-root").toString()));
        command.addAll(extraOptions);
        try {
            // Payara Micro rebuilds its runtime directory on every start; one left by an earlier run (a crash, a
            // Ctrl-C) still lists that run's deployment, which it would deploy, undeploy and deploy again.
            deleteTree(workDir.resolve("payara-root"));
            Files.createDirectories(workDir);
            Files.createDirectories(logFile.getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .directory(workDir.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Payara Micro", e);
        }
        awaitReady(timeout);
        return this;
    }

    private void awaitReady(Duration timeout) {
        // HTTP/1.1: no h2c upgrade attempt (Grizzly logs a stack trace for each one cut short by the timeout)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped during start-up; see " + logFile);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Payara Micro", e);
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException("Payara Micro did not answer within " + timeout + " (last: " + last + " from " + url()
                + "/); see " + logFile);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Kills the server at once, as a crash would ({@code kill -9}). */
    public void kill() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            waitFor(30);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitFor(60)) {
                kill();
            }
        }
    }

    private boolean waitFor(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static final class Builder {
        private Path payaraJar;
        private Path war;
        private int port = 8080;
        private Path logFile;
        private Path workDir;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> extraOptions = new ArrayList<>();

        public Builder payaraJar(Path jar) {
            this.payaraJar = jar;
            return this;
        }

        public Builder war(Path war) {
            this.war = war;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Where Payara keeps its runtime files and writes {@code payara.log} unless told otherwise. */
        public Builder workDir(Path dir) {
            this.workDir = dir;
            if (logFile == null) {
                logFile = dir.resolve("payara.log");
            }
            return this;
        }

        public Builder logFile(Path file) {
            this.logFile = file;
            return this;
        }

        /** A system property for the portal (MicroProfile Config reads them, e.g. {@code kafo.db.url}). */
        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        /** Further Payara Micro options, e.g. {@code --nocluster}. */
        public Builder option(String... options) {
            extraOptions.addAll(List.of(options));
            return this;
        }

        public PayaraMicroProcess build() {
            if (payaraJar == null || war == null || workDir == null) {
                throw new IllegalStateException("payaraJar, war and workDir are required");
            }
            return new PayaraMicroProcess(this);
        }
    }
}
