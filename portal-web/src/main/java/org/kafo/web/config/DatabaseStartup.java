package org.kafo.web.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.kafo.domain.shared.SchemaMigrations;

/**
 * Checks the configuration ({@link StartupChecks}) and migrates the schema before anything else runs; either refusing
 * stops the start ({@link StartupFailure}). Several instances may start at once: Flyway takes a
 * lock in the database, so only one migrates.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = KafoDataSource.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        StartupChecks.check();
        MigrateResult result;
        try {
            result = SchemaMigrations.migrate(dataSource);
        } catch (SchemaMigrations.MigrationRefused e) {
            throw StartupFailure.stop(e.getMessage(), e.getCause());
        }
        LOG.info(() -> "Schéma de la base : version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migration(s) appliquée(s))");
    }

    /** The database is migrated once this bean exists; other start-up beans depend on it. */
    public DataSource dataSource() {
        return dataSource;
    }
}
