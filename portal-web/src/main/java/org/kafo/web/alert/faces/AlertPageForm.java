package org.kafo.web.alert.faces;

import jakarta.inject.Inject;
import java.io.Serializable;
import org.kafo.domain.alert.AlertService;
import org.kafo.web.security.CurrentCaller;

/**
 * What the forms of the alert's page share: the alert as the page read it ({@link AlertDetailPage}: its id, the version
 * an action is checked against, the redirect that shows the result), the service, and the caller of the request that
 * posts.
 */
abstract class AlertPageForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AlertService alerts;

    @Inject
    CurrentCaller caller;

    @Inject
    AlertDetailPage page;
}
