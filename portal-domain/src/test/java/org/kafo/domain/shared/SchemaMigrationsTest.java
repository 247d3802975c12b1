package org.kafo.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    /** An upgrade with a migration that cannot be applied is refused with the reason, and changes nothing at all. */
    @Test
    void aMigrationThatCannotBeAppliedRefusesTheUpgradeAndChangesNothing() throws SQLException {
        DataSource db = TestDatabase.get().emptyDatabase("upgrade_refused");
        SchemaMigrations.migrate(db);
        int before = count(db, "select count(*) from flyway_schema_history");

        assertThatThrownBy(() -> SchemaMigrations.migrate(db, SchemaMigrations.LOCATION, "classpath:db/broken"))
                .isInstanceOf(SchemaMigrations.MigrationRefused.class)
                .hasMessageContaining("rien n'a été changé").hasMessageContaining("no_such_column")
                .hasMessageContaining("V99_2__fails.sql");
        assertThat(count(db, "select count(*) from flyway_schema_history")).as("no history row").isEqualTo(before);
        assertThat(count(db, "select count(*) from information_schema.tables where table_name = 'upgrade_probe'"))
                .as("the migration before the failing one is rolled back too").isZero();
    }

    /** A database that a newer build migrated (a version this build does not know) is refused, not touched. */
    @Test
    void aDatabaseOfANewerReleaseIsRefused() throws SQLException {
        DataSource db = TestDatabase.get().emptyDatabase("newer_release");
        SchemaMigrations.migrate(db);
        try (Connection c = db.getConnection()) {
            c.createStatement().execute("insert into flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) select max(installed_rank) + 1, '99.9', 'from the future', "
                    + "'SQL', 'V99_9__from_the_future.sql', 1, 'kafo', 1, true from flyway_schema_history");
        }
        assertThatThrownBy(() -> SchemaMigrations.migrate(db)).isInstanceOf(SchemaMigrations.MigrationRefused.class)
                .hasMessageContaining("99.9");
    }

    private static int count(DataSource db, String query) throws SQLException {
        try (Connection c = db.getConnection(); ResultSet r = c.createStatement().executeQuery(query)) {
            r.next();
            return r.getInt(1);
        }
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
