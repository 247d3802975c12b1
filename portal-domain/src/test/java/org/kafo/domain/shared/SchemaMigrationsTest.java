package org.kafo.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kafo.domain.support.TestDatabase;

class SchemaMigrationsTest {

    /** The proceedings (V4) landed after onboarding (V6): a portal upgraded from the build before must still start. */
    @Test
    void aDatabaseMigratedByAnEarlierBuildGetsTheFeatureThatLandedWithALowerVersion(@TempDir Path earlierBuild)
            throws IOException, URISyntaxException, SQLException {
        Path migrations = Path.of(SchemaMigrations.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("V4_")
                    && !f.getFileName().toString().startsWith("V5_3")).toList()) {
                Files.copy(f, earlierBuild.resolve(f.getFileName()));
            }
        }
        DataSource db = TestDatabase.get().emptyDatabase("upgraded_from_earlier_build");
        Flyway.configure().dataSource(db).locations("filesystem:" + earlierBuild).load().migrate();
        assertThat(applied(db, "4.1")).isFalse();

        SchemaMigrations.migrate(db);

        assertThat(applied(db, "4.1")).isTrue();
        assertThat(applied(db, "5.3")).isTrue();
    }

    private static boolean applied(DataSource db, String version) throws SQLException {
        try (Connection c = db.getConnection();
             ResultSet r = c.createStatement().executeQuery(
                     "select count(*) from flyway_schema_history where success and version = '" + version + "'")) {
            r.next();
            return r.getInt(1) == 1;
        }
    }
}
