package org.kafo.web.proceedings.faces;

import jakarta.inject.Inject;
import java.io.Serializable;
import org.kafo.domain.proceedings.Proceedings;
import org.kafo.web.security.CurrentCaller;

/**
 * What the two forms of a commitment's page share: the commitment and its version as the page read them
 * ({@link CommitmentPage}), the service, and the caller of the request that posts.
 */
abstract class CommitmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentCaller caller;

    @Inject
    Proceedings proceedings;

    @Inject
    CommitmentPage page;
}
