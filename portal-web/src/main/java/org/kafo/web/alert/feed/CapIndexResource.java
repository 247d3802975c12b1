package org.kafo.web.alert.feed;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/alerts/cap}: the CAP 1.2 index, the latest message of each alert the reader may see. */
@Path("alerts/cap")
@PermitAll
public class CapIndexResource extends FeedResource {

    @GET
    @Produces(AtomFeed.MEDIA_TYPE + ";charset=UTF-8")
    @Operation(summary = "Index CAP 1.2 : le dernier message CAP de chaque alerte visible, dans un flux Atom")
    public String capIndex() {
        return feeds.capIndex(caller.get(), base());
    }
}
