package org.kafo.web.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.domain.files.UploadLimit;

/** The upload size limit from {@code KAFO_MAX_UPLOAD_MB} (20 by default), for the domain's file store. */
@ApplicationScoped
public class UploadLimitProducer {

    @Inject
    @ConfigProperty(name = "kafo.max-upload-mb", defaultValue = "" + UploadLimit.DEFAULT_MEGABYTES)
    int megabytes;

    @Produces
    UploadLimit limit() {
        if (megabytes < 1 || megabytes > 256) {
            throw new IllegalStateException("KAFO_MAX_UPLOAD_MB must be between 1 and 256 (megabytes; the container accepts no larger request): " + megabytes);
        }
        return UploadLimit.ofMegabytes(megabytes);
    }
}
