package org.kafo.web.alert.feed;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/alerts/feed.atom}: the Atom feed of the alerts the reader may see (a visitor: the public ones). */
@Path("alerts/feed.atom")
@PermitAll
public class AtomFeedResource extends FeedResource {

    @GET
    @Produces(AtomFeed.MEDIA_TYPE + ";charset=UTF-8")
    @Operation(summary = "Flux Atom des alertes visibles (public : alertes publiques seulement)")
    public String atom() {
        return feeds.atom(caller.get(), base());
    }
}
