package org.kafo.realm;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The directories Keycloak runs from, and who owns them: the run command's install root (one owner at a time, recorded
 * in {@code owner.pid}), and the tests' runs, one per start, each with its owner, deleted when their JVM is gone (and
 * their logs after a week); a Keycloak left running by a JVM killed before it could stop it is stopped.
 */
final class RunDirectory {

    private static final System.Logger LOG = System.getLogger(RunDirectory.class.getName());

    private RunDirectory() {
    }

    /** Deletes the leftovers of ephemeral runs whose JVM is gone, and their logs after a week. */
    static void prune(Path runs) {
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
                        orphan.onExit().get(KeycloakServer.STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                    } catch (TimeoutException | ExecutionException e) {
                        orphan.destroyForcibly();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        orphan.destroyForcibly();
                    }
                });
    }
}
