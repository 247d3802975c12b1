package org.kafo.web.partner.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.tenant.TenantRegistry;
import org.kafo.web.api.Roles;
import org.kafo.web.input.Ids;
import org.kafo.web.partner.MemberChanges;
import org.kafo.web.partner.MemberJson;
import org.kafo.web.partner.OfferJson;
import org.kafo.web.security.CurrentCaller;

/** The invitations addressed to the caller's own account (it existed when they were sent): accept or decline. */
@Path("me/invitations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NETWORK_ADMIN, Roles.TENANT_ADMIN, Roles.MEMBER, Roles.OBSERVER})
public class MyInvitationsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    MemberChanges changes;

    @Inject
    TenantRegistry tenants;
    @GET
    @Operation(summary = "Les invitations qui attendent mon accord")
    public List<OfferJson> list() {
        return changes.offersFor(caller.get()).stream().map(o -> OfferJson.of(o, tenants)).toList();
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accepter une invitation : mon compte rejoint l'association avec le rôle proposé (adresse vérifiée requise)",
            description = "Le jeton suivant porte l'association : renouvelez-le (refresh_token) après l'acceptation.")
    public MemberJson accept(@PathParam("id") String id) {
        return MemberJson.of(changes.acceptOffer(caller.get(), Ids.parse(id)));
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Décliner une invitation")
    public Response decline(@PathParam("id") String id) {
        changes.declineOffer(caller.get(), Ids.parse(id));
        return Response.noContent().build();
    }
}
