package org.kafo.domain.shared;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects. Flyway owns the schema.
 * Each feature owns a range of versions (V2 alerts, V4 proceedings…) and features land in any order, so a database
 * migrated by an earlier build may lack a version lower than its newest: it is applied, not refused.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .outOfOrder(true)
                .load()
                .migrate();
    }
}
