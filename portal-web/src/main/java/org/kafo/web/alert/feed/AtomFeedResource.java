package org.kafo.web.alert.feed;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.web.security.CurrentCaller;

/** {@code /api/v1/alerts/feed.atom}: the Atom feed of the alerts the reader may see (a visitor: the public ones). */
@Path("alerts/feed.atom")
@PermitAll
public class AtomFeedResource {

    @Inject
    CurrentCaller caller;

    @Inject
    AlertFeeds feeds;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(AtomFeed.MEDIA_TYPE + ";charset=UTF-8")
    @Operation(summary = "Flux Atom des alertes visibles (public : alertes publiques seulement)")
    public String atom() {
        return feeds.atom(caller.get(), feeds.base(uriInfo));
    }
}
