package org.kafo.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.kafo.web.config.DataDirectory;

/** This instance's search index directory exists and can be written. */
@Readiness
@ApplicationScoped
public class IndexDirectoryCheck implements HealthCheck {

    @Inject
    DataDirectory dataDirectory;

    @Override
    public HealthCheckResponse call() {
        Path index = dataDirectory.index();
        boolean ok = Files.isDirectory(index) && Files.isWritable(index);
        return HealthCheckResponse.named("index-directory").status(ok).withData("path", index.toString()).build();
    }
}
