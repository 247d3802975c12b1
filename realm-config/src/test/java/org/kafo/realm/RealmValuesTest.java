package org.kafo.realm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a persistent realm holds is what was imported, whatever the environment says later. */
class RealmValuesTest {

    @TempDir
    Path tmp;

    @Test
    void recordsTheImportedValuesPrivately() throws IOException {
        Path file = tmp.resolve("keycloak/realm-imported.properties");
        Map<String, String> values = RealmValues.reconcile(file, true, Map.of("KAFO_PORTAL_URL", "http://localhost:9090"));

        assertThat(values).containsEntry("KAFO_PORTAL_URL", "http://localhost:9090")
                .containsEntry("KAFO_OIDC_CLIENT_SECRET", "kafo-portal-demo-secret")
                .containsEntry("KAFO_ADMIN_CLIENT_SECRET", "kafo-admin-demo-secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void laterStartsGetTheImportedValues() {
        Path file = tmp.resolve("realm-imported.properties");
        RealmValues.reconcile(file, true, Map.of("KAFO_OIDC_CLIENT_SECRET", "first"));

        Map<String, String> values = RealmValues.reconcile(file, false,
                Map.of("KAFO_OIDC_CLIENT_SECRET", "second", "KAFO_PORTAL_URL", "http://localhost:1"));

        assertThat(values).containsEntry("KAFO_OIDC_CLIENT_SECRET", "first")
                .containsEntry("KAFO_PORTAL_URL", "http://localhost:8080");
    }

    @Test
    void aNewImportReplacesTheRecord() {
        Path file = tmp.resolve("realm-imported.properties");
        RealmValues.reconcile(file, true, Map.of("KAFO_OIDC_CLIENT_SECRET", "first"));
        assertThat(RealmValues.reconcile(file, true, Map.of("KAFO_OIDC_CLIENT_SECRET", "second")))
                .containsEntry("KAFO_OIDC_CLIENT_SECRET", "second");
    }
}
