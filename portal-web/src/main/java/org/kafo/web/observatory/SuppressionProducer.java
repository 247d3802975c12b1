package org.kafo.web.observatory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.domain.observatory.Suppression;

/**
 * The observatory's small-cell threshold from {@code KAFO_OBSERVATORY_MIN_CELL} (5 by default: counts from 1 to 4 are
 * hidden in cross-association and public figures). A value outside 1–100 stops the start with the variable named.
 */
@ApplicationScoped
public class SuppressionProducer {

    @Inject
    @ConfigProperty(name = "kafo.observatory.min-cell", defaultValue = "" + Suppression.DEFAULT_THRESHOLD)
    int threshold;

    @Produces
    Suppression suppression() {
        if (threshold < 1 || threshold > Suppression.MAX_THRESHOLD) {
            throw new IllegalStateException("KAFO_OBSERVATORY_MIN_CELL must be between 1 (nothing hidden) and "
                    + Suppression.MAX_THRESHOLD + ": " + threshold);
        }
        return new Suppression(threshold);
    }
}
