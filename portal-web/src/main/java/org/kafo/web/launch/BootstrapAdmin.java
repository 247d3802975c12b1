package org.kafo.web.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The embedded Keycloak's master administrator outside the demo: a random password made on the first start and kept
 * in {@code <keycloak>/bootstrap-admin.txt} (owner only), since Keycloak creates that account once, from the first
 * start's value. The demo keeps admin/admin.
 */
final class BootstrapAdmin {

    private BootstrapAdmin() {
    }

    static Path file(Path keycloakRoot) {
        return keycloakRoot.resolve("bootstrap-admin.txt");
    }

    static String password(Path keycloakRoot) {
        Path file = file(keycloakRoot);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(keycloakRoot);
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = HexFormat.of().formatHex(random);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the Keycloak administrator's password in " + file, e);
        }
    }
}
