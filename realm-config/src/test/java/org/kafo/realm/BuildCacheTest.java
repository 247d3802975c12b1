package org.kafo.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacking, caching and copying a distribution, on a tiny fake one (no Keycloak started). */
class BuildCacheTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheVersionFolderOfTheZip() throws IOException {
        Distribution dist = Distribution.open(fakeZip("keycloak-9.9.9"));
        assertThat(dist.folder()).isEqualTo("keycloak-9.9.9");
        assertThat(dist.key()).startsWith("keycloak-9.9.9-");
    }

    @Test
    void refusesWhatIsNotADistribution() throws IOException {
        Path zip = tmp.resolve("other.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("something/readme.txt"));
        }
        assertThatThrownBy(() -> Distribution.open(zip)).hasMessageContaining("no bin/kc.sh");
        assertThatThrownBy(() -> Distribution.open(tmp.resolve("missing.zip"))).hasMessageContaining("not found");
    }

    @Test
    void saysHowToNameTheZipWhenNoneIsGiven() {
        String previous = System.clearProperty(Distribution.DIST_PROPERTY);
        try {
            assertThatThrownBy(() -> Distribution.locate(null)).hasMessageContaining("-Dkafo.keycloak.dist");
        } finally {
            if (previous != null) {
                System.setProperty(Distribution.DIST_PROPERTY, previous);
            }
        }
    }

    @Test
    void unpacksWholeWithAMarkerAndExecutableScripts() throws IOException {
        Distribution dist = Distribution.open(fakeZip("keycloak-9.9.9"));
        Path target = tmp.resolve("install/keycloak-9.9.9");
        dist.unpackTo(target, ".kafo-unpacked");

        assertThat(target.resolve(".kafo-unpacked")).exists();
        assertThat(target.resolve("lib/lib/main/a.jar")).hasContent("library");
        assertThat(Files.getPosixFilePermissions(target.resolve("bin/kc.sh"))).contains(PosixFilePermission.OWNER_EXECUTE);
        try (var siblings = Files.list(target.getParent())) {
            assertThat(siblings).containsExactly(target);
        }
    }

    @Test
    void linksWhatKeycloakOnlyReadsAndCopiesWhatItMayWrite() throws IOException {
        BuildCache cache = new BuildCache(tmp.resolve("cache"), Distribution.open(fakeZip("keycloak-9.9.9")));
        Path home = tmp.resolve("runs/one");
        cache.newHome(home);

        Path dist = cache.dist();
        assertThat(Files.isSameFile(home.resolve("lib/lib/main/a.jar"), dist.resolve("lib/lib/main/a.jar"))).isTrue();
        assertThat(Files.isSameFile(home.resolve("themes/README.md"), dist.resolve("themes/README.md"))).isTrue();
        for (String writable : List.of("bin/kc.sh", "conf/keycloak.conf", "lib/quarkus/generated-bytecode.jar")) {
            assertThat(Files.isSameFile(home.resolve(writable), dist.resolve(writable))).as(writable).isFalse();
            assertThat(home.resolve(writable)).hasSameBinaryContentAs(dist.resolve(writable));
        }
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/kc.sh"))).contains(PosixFilePermission.OWNER_EXECUTE);
    }

    @Test
    void keepsOnlyADevFileBuildAndGivesItToLaterRuns() throws IOException {
        BuildCache cache = new BuildCache(tmp.resolve("cache"), Distribution.open(fakeZip("keycloak-9.9.9")));
        Path first = tmp.resolve("runs/first");
        cache.newHome(first);

        cache.publishBuild(first); // the pristine distribution is a production build: not kept
        assertThat(cache.hasBuild()).isFalse();

        writeBuild(first.resolve("lib/quarkus/generated-bytecode.jar"), "kc.profile=dev\nkc.db=dev-mem\n");
        cache.publishBuild(first); // another database: not kept
        assertThat(cache.hasBuild()).isFalse();

        writeBuild(first.resolve("lib/quarkus/generated-bytecode.jar"), "kc.profile=dev\nkc.db=dev-file\n");
        cache.publishBuild(first);
        assertThat(cache.hasBuild()).isTrue();

        Path second = tmp.resolve("runs/second");
        cache.newHome(second);
        assertThat(BuildCache.isExpectedBuild(second.resolve("lib/quarkus"))).isTrue();
        assertThat(BuildCache.isExpectedBuild(cache.dist().resolve("lib/quarkus"))).isFalse();
    }

    @Test
    void concurrentRunsUnpackOnce() throws Exception {
        BuildCache cache = new BuildCache(tmp.resolve("cache"), Distribution.open(fakeZip("keycloak-9.9.9")));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Path home = tmp.resolve("runs/" + i);
                runs.add(pool.submit(() -> cache.newHome(home)));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        try (var entries = Files.list(cache.root())) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("dist");
        }
    }

    @Test
    void prunesRunsWhoseJvmIsGone() throws IOException {
        Path runs = tmp.resolve("runs");
        Path dead = Files.createDirectories(runs.resolve("dead"));
        Files.writeString(dead.resolve("owner.pid"), "999999999 1");
        Path reused = Files.createDirectories(runs.resolve("reused"));
        Files.writeString(reused.resolve("owner.pid"), ProcessHandle.current().parent().orElseThrow().pid() + " 1");
        Path alive = Files.createDirectories(runs.resolve("alive"));
        Process owner = new ProcessBuilder("sleep", "30").start();
        Files.writeString(alive.resolve("owner.pid"), owner.pid() + " "
                + owner.info().startInstant().orElseThrow().toEpochMilli());
        Path log = Files.writeString(runs.resolve("dead.log"), "kept for a week");

        try {
            RunDirectory.prune(runs);
        } finally {
            owner.destroyForcibly();
        }

        assertThat(dead).doesNotExist();
        assertThat(reused).as("a live pid that started at another time: reused, the owner is gone").doesNotExist();
        assertThat(alive).exists();
        assertThat(log).exists();
    }

    @Test
    void stopsWhatADeadJvmLeftRunningFromAHomeAndNothingElse() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("runs/orphan"));
        Path other = Files.createDirectories(tmp.resolve("runs/other"));
        Process orphan = fakeKeycloak(home);
        Process unrelated = fakeKeycloak(other);
        try {
            RunDirectory.stopOrphans(home);
            assertThat(orphan.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(unrelated.isAlive()).isTrue();
        } finally {
            orphan.destroyForcibly();
            unrelated.destroyForcibly();
        }
    }

    /** A process whose command line carries the -Dkc.home.dir that kc.sh gives Keycloak's JVM. */
    private static Process fakeKeycloak(Path home) throws IOException {
        return new ProcessBuilder("/bin/sh", "-c", "sleep 60; true", "fake-keycloak",
                "-Dkc.home.dir=" + home.toRealPath().resolve("bin") + "/..").start();
    }

    @Test
    void picksDistinctFreePorts() {
        int first = KeycloakLaunch.freePort();
        assertThat(KeycloakLaunch.freePort(first)).isNotEqualTo(first).isPositive();
    }

    private Path fakeZip(String folder) throws IOException {
        Path zip = tmp.resolve(folder + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, folder + "/bin/kc.sh", "#!/bin/sh\necho fake\n");
            entry(out, folder + "/conf/keycloak.conf", "# conf\n");
            entry(out, folder + "/lib/lib/main/a.jar", "library");
            entry(out, folder + "/lib/quarkus/generated-bytecode.jar", null);
            entry(out, folder + "/lib/quarkus-run.jar", "runner");
            entry(out, folder + "/themes/README.md", "themes");
            entry(out, folder + "/version.txt", "Keycloak - Version 9.9.9");
        }
        return zip;
    }

    private static void entry(ZipOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        if (content != null) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        } else {
            out.write(buildJar("kc.profile=prod\nkc.db=dev-file\n"));
        }
        out.closeEntry();
    }

    private static void writeBuild(Path jar, String persisted) throws IOException {
        Files.write(jar, buildJar(persisted));
    }

    private static byte[] buildJar(String persisted) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream jar = new ZipOutputStream(bytes)) {
            jar.putNextEntry(new ZipEntry("META-INF/keycloak-persisted.properties"));
            jar.write(persisted.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }
}
