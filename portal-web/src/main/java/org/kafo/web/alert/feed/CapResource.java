package org.kafo.web.alert.feed;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.web.input.Ids;

/**
 * {@code /api/v1/alerts/{id}/cap}: an alert's CAP 1.2 messages (Alert, Update, Ack, Cancel), those the reader may see;
 * one by its number.
 */
@Path("alerts/{id}/cap")
@PermitAll
public class CapResource extends FeedResource {

    @GET
    @Produces(AtomFeed.MEDIA_TYPE + ";charset=UTF-8")
    @Operation(summary = "Tous les messages CAP 1.2 d'une alerte (Alert, Update, Ack, Cancel), dans un flux Atom")
    public String capOfAlert(@PathParam("id") String id) {
        return feeds.capOfAlert(caller.get(), Ids.parse(id), base());
    }

    @GET
    @Path("{number}")
    @Produces(CapXml.MEDIA_TYPE + ";charset=UTF-8")
    @Operation(summary = "Un message CAP 1.2 d'une alerte (1 = la première publication)")
    public String capMessage(@PathParam("id") String id, @PathParam("number") int number) {
        return feeds.capMessage(caller.get(), Ids.parse(id), number, base());
    }
}
