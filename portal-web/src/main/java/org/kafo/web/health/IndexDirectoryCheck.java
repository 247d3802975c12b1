package org.kafo.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.kafo.web.config.DataDirectory;

/** This instance's search index directory exists and can be written (its path goes to the log, not to callers). */
@Readiness
@ApplicationScoped
public class IndexDirectoryCheck implements HealthCheck {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(IndexDirectoryCheck.class.getName());

    @Inject
    DataDirectory dataDirectory;

    @Override
    public HealthCheckResponse call() {
        Path index = dataDirectory.index();
        boolean ok = Files.isDirectory(index) && Files.isWritable(index);
        if (!ok) {
            LOG.warning("health: the index directory " + index + " is missing or read-only");
        }
        return HealthCheckResponse.named("index-directory").status(ok).build();
    }
}
