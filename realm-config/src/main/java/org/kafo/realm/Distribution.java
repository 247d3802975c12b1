package org.kafo.realm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Keycloak distribution zip ({@code org.keycloak:keycloak-quarkus-dist}): where it is, which version
 * it holds, and how to unpack it safely (into a temporary sibling first, then one atomic rename, so that a
 * half-unpacked tree is never taken for a whole one).
 */
final class Distribution {

    /** The system property that names the zip when the caller does not. */
    static final String DIST_PROPERTY = "kafo.keycloak.dist";

    private final Path zip;
    private final String folder;
    private final long size;

    private Distribution(Path zip, String folder, long size) {
        this.zip = zip;
        this.folder = folder;
        this.size = size;
    }

    /** The zip given, else the one named by the system property {@value #DIST_PROPERTY}. */
    static Distribution locate(Path explicit) {
        Path zip = explicit;
        if (zip == null) {
            String property = System.getProperty(DIST_PROPERTY);
            if (property == null || property.isBlank() || property.startsWith("${")) {
                throw new IllegalStateException("Where is the Keycloak distribution? Pass the path of "
                        + "keycloak-quarkus-dist-<version>.zip, or set -D" + DIST_PROPERTY + "=<path>.");
            }
            zip = Path.of(property);
        }
        return open(zip.toAbsolutePath().normalize());
    }

    static Distribution open(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found: " + zip);
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            String folder = null;
            boolean hasScript = false;
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                int slash = name.indexOf('/');
                if (slash <= 0) {
                    throw new IllegalStateException(zip + " is not a Keycloak distribution: " + name + " at top level");
                }
                String top = name.substring(0, slash);
                if (folder == null) {
                    folder = top;
                } else if (!folder.equals(top)) {
                    throw new IllegalStateException(zip + " is not a Keycloak distribution: two top folders");
                }
                hasScript |= name.equals(top + "/bin/kc.sh");
            }
            if (folder == null || !hasScript) {
                throw new IllegalStateException(zip + " is not a Keycloak distribution: no bin/kc.sh");
            }
            return new Distribution(zip, folder, Files.size(zip));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + zip, e);
        }
    }

    Path zip() {
        return zip;
    }

    /** The zip's top folder, e.g. {@code keycloak-26.7.3}. */
    String folder() {
        return folder;
    }

    /** A name that changes whenever the distribution does (version and size). */
    String key() {
        return folder + "-" + size;
    }

    /**
     * Unpacks the zip's top folder as {@code target}, atomically: {@code target} either does not exist
     * or is complete, with {@code marker} written inside. Shell scripts get their execute bit.
     */
    void unpackTo(Path target, String marker) {
        Path parent = target.toAbsolutePath().getParent();
        Path tmp = parent.resolve("." + target.getFileName() + ".unpacking-" + UUID.randomUUID());
        try {
            Files.createDirectories(parent);
            Files.createDirectories(tmp);
            String prefix = folder + "/";
            try (ZipFile file = new ZipFile(zip.toFile())) {
                for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    String relative = entry.getName().substring(prefix.length());
                    if (relative.isEmpty()) {
                        continue;
                    }
                    Path out = tmp.resolve(relative).normalize();
                    if (!out.startsWith(tmp)) {
                        throw new IOException("entry outside the distribution: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                        continue;
                    }
                    Files.createDirectories(out.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (relative.endsWith(".sh")) {
                        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
            Files.writeString(tmp.resolve(marker), zip + System.lineSeparator() + key() + System.lineSeparator());
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            FileTrees.deleteQuietly(tmp);
            throw new UncheckedIOException("cannot unpack " + zip + " to " + target, e);
        }
    }
}
