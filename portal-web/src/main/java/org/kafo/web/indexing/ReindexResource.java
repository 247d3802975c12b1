package org.kafo.web.indexing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.web.api.Roles;

/**
 * The operators' reindex command: rebuilds this instance's index from the database
 * ({@code curl -X POST -H "Authorization: Bearer …" …/api/v1/admin/index/rebuild}). Deleting the index
 * directory and restarting does the same.
 */
@Path("admin/index")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NETWORK_ADMIN)
public class ReindexResource {

    @Inject
    OutboxFeed feed;

    @Inject
    KafoIndex index;

    public record IndexStateJson(long watermark, int documents) {
    }

    @GET
    @Operation(summary = "État de l'index de cette instance")
    public IndexStateJson state() {
        return new IndexStateJson(feed.watermark(), index.get().count());
    }

    @POST
    @Path("rebuild")
    @Operation(summary = "Reconstruire l'index de cette instance depuis la base")
    public IndexStateJson rebuild() {
        feed.rebuild();
        return state();
    }
}
