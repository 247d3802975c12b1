package org.kafo.web.config;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's connection pool. Payara resolves {@code ${MPCONFIG=…}} at deployment, so
 * {@code KAFO_DB_URL}, {@code KAFO_DB_USER} and {@code KAFO_DB_PASSWORD} in the environment (or the
 * same keys as system properties) choose the PostgreSQL server.
 */
@DataSourceDefinition(
        name = KafoDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=kafo.db.url}",
        user = "${MPCONFIG=kafo.db.user}",
        password = "${MPCONFIG=kafo.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.fail-all-connections=true"
        })
public final class KafoDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/kafo";

    private KafoDataSource() {
    }
}
