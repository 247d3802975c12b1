package org.kafo.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.kafo.web.config.KafoDataSource;

/**
 * The database answers: without it nothing can be read or written. {@code /health} is public (load balancers read it):
 * it says up or down, nothing more; why it is down (the driver's message, the server's version) goes to the log.
 */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseCheck.class.getName());

    @Resource(lookup = KafoDataSource.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection()) {
            return HealthCheckResponse.named("database").status(c.isValid(2)).build();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "health: the database does not answer", e);
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
