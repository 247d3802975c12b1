package org.kafo.web.it.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import org.kafo.web.it.support.KafoStack;
import org.kafo.web.launch.PayaraMicroProcess;

/**
 * Another instance of the portal, as a separate Payara Micro process the way production runs it ({@code java -jar
 * payara-micro.jar --deploy kafo.war}): the same PostgreSQL, Keycloak and SMTP server as the tests' own instance,
 * its own port and its own data directory (so its own Lucene index). It can be killed like a crash and started
 * again on the same data directory (and a new port).
 */
final class SecondInstance implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private int port;
    private final Path workDir = Path.of("target", "it-instance-b").toAbsolutePath();
    private PayaraMicroProcess process;
    private int starts;

    SecondInstance() {
        // The database is new on every run: so must be this instance's index.
        deleteTree(workDir);
    }

    SecondInstance start() {
        starts++;
        // A port found free now, on every start: while this instance was down, another server on the machine (other
        // builds run alongside) may have taken the old one.
        port = freePort();
        PayaraMicroProcess.Builder builder = PayaraMicroProcess.builder()
                .payaraJar(Path.of(System.getProperty("kafo.payara.jar", "target/runtime/payara-micro.jar")).toAbsolutePath())
                .war(Path.of("target", "kafo.war").toAbsolutePath())
                .port(port)
                .workDir(workDir.resolve("payara"))
                .logFile(workDir.resolve("payara-" + starts + ".log"))
                .option("--nocluster");
        String preboot = System.getProperty("kafo.payara.preboot");
        if (preboot != null) {
            builder.option("--prebootcommandfile", preboot);
        }
        for (Map.Entry<String, String> p : KafoStack.get().portalProperties().entrySet()) {
            builder.property(p.getKey(), p.getValue());
        }
        builder.property("kafo.data.dir", workDir.resolve("data").toString());
        builder.property("kafo.portal.url", url());
        process = builder.build().start(START_TIMEOUT);
        return this;
    }

    String url() {
        return "http://localhost:" + port;
    }

    Path log() {
        return workDir.resolve("payara-" + starts + ".log");
    }

    /** {@code kill -9}: no shutdown hook, no index commit, connections cut. */
    void kill() {
        process.kill();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
