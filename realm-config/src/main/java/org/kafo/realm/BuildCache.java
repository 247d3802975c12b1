package org.kafo.realm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What can be kept safely from one Keycloak run to the next on a machine, under
 * {@code <cacheDir>/<keycloak-version>-<zip size>/}:
 * <ul>
 * <li>{@code dist/}: the zip unpacked once, never run, never written to after;</li>
 * <li>{@code build-dev-file/}: Keycloak's {@code lib/quarkus} after the Quarkus re-augmentation that the
 * first {@code start-dev --db=dev-file} performs (about 30 s). A copy of the distribution with this build
 * in {@code lib/quarkus} starts without re-augmenting, wherever it lies.</li>
 * </ul>
 * Every change happens under an exclusive file lock (and a JVM lock), into a temporary sibling first and
 * then by one atomic rename: runs happening at the same time, in this JVM or others, never see half a tree.
 */
final class BuildCache {

    /** Keycloak's build-time options that {@link KeycloakServer} uses; part of the build's cache name. */
    static final String BUILD_DB = "dev-file";
    private static final String PERSISTED = "META-INF/keycloak-persisted.properties";
    private static final ReentrantLock JVM_LOCK = new ReentrantLock();

    private final Path root;
    private final Distribution distribution;

    BuildCache(Path cacheDir, Distribution distribution) {
        this.root = cacheDir.toAbsolutePath().normalize().resolve(distribution.key());
        this.distribution = distribution;
    }

    Path root() {
        return root;
    }

    Path dist() {
        return root.resolve("dist");
    }

    Path build() {
        return build(BUILD_DB);
    }

    /** Another build of the same distribution, kept under a name of its own (e.g. production mode on PostgreSQL). */
    Path build(String key) {
        return root.resolve("build-" + key);
    }

    boolean hasBuild() {
        return hasBuild(BUILD_DB);
    }

    boolean hasBuild(String key) {
        return Files.isRegularFile(build(key).resolve("generated-bytecode.jar"));
    }

    /** A fresh home with the distribution and, if kept, the build named {@code key}; whether it had that build. */
    boolean newHome(Path home, String key) {
        Path dist = ensureUnpacked();
        FileTrees.linkOrCopy(dist, home, BuildCache::writable);
        if (!hasBuild(key)) {
            return false;
        }
        try {
            FileTrees.copyFiles(build(key), home.resolve("lib/quarkus"));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the cached Keycloak build into " + home, e);
        }
    }

    /** Keeps {@code home}'s build under {@code key} for the next homes, unless one is kept already. */
    void keepBuild(Path home, String key) {
        Path quarkus = home.resolve("lib/quarkus");
        if (hasBuild(key) || !Files.isRegularFile(quarkus.resolve("generated-bytecode.jar"))) {
            return;
        }
        locked(() -> {
            if (!hasBuild(key)) {
                Path tmp = root.resolve(".build-" + UUID.randomUUID());
                try {
                    FileTrees.copyFiles(quarkus, tmp);
                    Files.move(tmp, build(key), StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    FileTrees.deleteQuietly(tmp);
                }
            }
            return null;
        });
    }

    /** Unpacks the distribution into {@code dist/} unless a whole one is already there. */
    Path ensureUnpacked() {
        if (Files.isDirectory(dist())) {
            return dist();
        }
        return locked(() -> {
            if (!Files.isDirectory(dist())) {
                distribution.unpackTo(dist(), ".kafo-unpacked");
            }
            return dist();
        });
    }

    /**
     * A fresh Keycloak home for one run, in {@code runDir}: links to {@code dist/} for what Keycloak only
     * reads, copies for what it may write ({@code bin}, {@code conf}, {@code lib/quarkus}), and the cached
     * build when there is one.
     */
    void newHome(Path runDir) {
        Path dist = ensureUnpacked();
        FileTrees.linkOrCopy(dist, runDir, BuildCache::writable);
        applyBuild(runDir);
    }

    /** Copies the cached build into {@code home/lib/quarkus}, if the cache has one. */
    boolean applyBuild(Path home) {
        if (!hasBuild()) {
            return false;
        }
        try {
            FileTrees.copyFiles(build(), home.resolve("lib/quarkus"));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the cached Keycloak build into " + home, e);
        }
    }

    /**
     * Keeps the build of a home that just started, if the cache has none yet and the home's build is the
     * one this class expects (dev profile, dev-file database).
     */
    void publishBuild(Path home) {
        Path quarkus = home.resolve("lib/quarkus");
        if (hasBuild() || !isExpectedBuild(quarkus)) {
            return;
        }
        locked(() -> {
            if (!hasBuild()) {
                Path tmp = root.resolve(".build-" + UUID.randomUUID());
                try {
                    FileTrees.copyFiles(quarkus, tmp);
                    Files.move(tmp, build(), StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    FileTrees.deleteQuietly(tmp);
                }
            }
            return null;
        });
    }

    static boolean isExpectedBuild(Path quarkusDir) {
        Path generated = quarkusDir.resolve("generated-bytecode.jar");
        if (!Files.isRegularFile(generated)) {
            return false;
        }
        try (ZipFile jar = new ZipFile(generated.toFile())) {
            ZipEntry entry = jar.getEntry(PERSISTED);
            if (entry == null) {
                return false;
            }
            Properties persisted = new Properties();
            try (InputStream in = jar.getInputStream(entry)) {
                persisted.load(in);
            }
            return "dev".equals(persisted.getProperty("kc.profile")) && BUILD_DB.equals(persisted.getProperty("kc.db"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean writable(Path relative) {
        String path = relative.toString().replace('\\', '/');
        return path.startsWith("bin/") || path.startsWith("conf/") || path.startsWith("lib/quarkus/")
                || path.equals("lib/quarkus-run.jar");
    }

    private <T> T locked(Callable<T> action) {
        JVM_LOCK.lock();
        try {
            Files.createDirectories(root);
            try (FileChannel channel = FileChannel.open(root.resolveSibling(root.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return action.call();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak cache " + root, e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            JVM_LOCK.unlock();
        }
    }

    /** The per-machine cache: the system property {@value KeycloakServer#CACHE_PROPERTY}, else {@code $XDG_CACHE_HOME} or {@code ~/.cache}, under {@code kafo/keycloak}. */
    static Path defaultDir() {
        String property = System.getProperty(KeycloakServer.CACHE_PROPERTY);
        if (property != null && !property.isBlank() && !property.startsWith("${")) {
            return Path.of(property);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("kafo").resolve("keycloak");
    }
}
