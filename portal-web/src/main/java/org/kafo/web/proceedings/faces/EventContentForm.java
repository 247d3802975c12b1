package org.kafo.web.proceedings.faces;

import jakarta.inject.Inject;
import java.io.Serializable;
import org.kafo.domain.proceedings.Proceedings;
import org.kafo.web.security.CurrentCaller;

/**
 * What the forms of the organiser's content page share: the event the page read ({@link EventContentPage}, which runs
 * each change and says it), the service, and the caller of the request that posts.
 */
abstract class EventContentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentCaller caller;

    @Inject
    Proceedings proceedings;

    @Inject
    EventContentPage page;
}
