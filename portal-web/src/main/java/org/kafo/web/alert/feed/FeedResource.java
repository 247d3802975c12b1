package org.kafo.web.alert.feed;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.kafo.web.security.CurrentCaller;

/**
 * What the feeds' resources share (each is {@code @PermitAll}: anyone reads them, as the visibility rule lets them see
 * the alerts, {@link AlertFeeds}), with links to the portal's public address.
 */
abstract class FeedResource {

    @Inject
    CurrentCaller caller;

    @Inject
    AlertFeeds feeds;

    @Context
    UriInfo uriInfo;

    /** The portal's public address, for the links in the feed. */
    String base() {
        return feeds.base(uriInfo);
    }
}
