package org.kafo.domain.shared;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects. Flyway owns the schema.
 * <ul>
 * <li><b>Out of order.</b> Each feature owns a range of versions (V2 alerts, V4 proceedings…) and features land in any
 * order, so a database migrated by an earlier build may lack a version lower than its newest: it is applied, not
 * refused.</li>
 * <li><b>All or nothing.</b> Every pending migration runs in one transaction ({@code group}): PostgreSQL's DDL is
 * transactional, so an upgrade that fails half-way leaves the database exactly as it was, and the start is refused with
 * the reason ({@link MigrationRefused}).</li>
 * <li><b>Validated.</b> A database migrated by a newer build (a version this build does not know), or whose applied
 * migrations were changed, is refused rather than touched.</li>
 * </ul>
 */
public final class SchemaMigrations {

    static final String LOCATION = "classpath:db/migration";

    private SchemaMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return migrate(dataSource, LOCATION);
    }

    /** With other locations as well (the tests' migrations that fail on purpose). */
    static MigrateResult migrate(DataSource dataSource, String... locations) {
        Flyway flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .failOnMissingLocations(true)
                .outOfOrder(true)
                .group(true)
                // Flyway ignores applied migrations it does not know when they are newer ("*:future"): not here
                .ignoreMigrationPatterns(new String[0])
                .load();
        try {
            return flyway.migrate();
        } catch (FlywayException e) {
            throw new MigrationRefused(e);
        }
    }

    /** The schema could not be brought up to date; nothing was changed. The message says why and what to do. */
    public static final class MigrationRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MigrationRefused(FlywayException cause) {
            super("Le schéma de la base n'a pas pu être mis à jour ; rien n'a été changé (les migrations en attente "
                    + "s'appliquent toutes ou aucune). / The database schema could not be upgraded; nothing was changed."
                    + System.lineSeparator() + "Cause : " + cause.getMessage().strip() + System.lineSeparator()
                    + "Que faire : lisez la cause ci-dessus ; une base d'une version plus récente demande cette version-là du "
                    + "portail ; sinon corrigez la base ou restaurez la sauvegarde faite avant la mise à jour, puis redémarrez "
                    + "(guide d'exploitation, « Mettre à jour »).", cause);
        }
    }
}
