package org.kafo.web.onboarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.membership.MembershipOffer;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;
import org.kafo.web.api.Roles;
import org.kafo.web.input.Ids;
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

    /** An offer as the API and the page show it: the association by its name, the role in words. */
    public record OfferView(String id, String association, String associationName, String role, String roleLabel,
                            String offeredBy, String email, Instant expiresAt) {

        static OfferView of(MembershipOffer offer, TenantRegistry tenants) {
            return new OfferView(offer.id().toString(), offer.tenantAlias(),
                    tenants.find(offer.tenantAlias()).map(Tenant::name).orElse(offer.tenantAlias()), offer.role().code(),
                    offer.role().label(), offer.offeredBy(), offer.email(), offer.expiresAt());
        }
    }

    @GET
    @Operation(summary = "Les invitations qui attendent mon accord")
    public List<OfferView> list() {
        return changes.offersFor(caller.get()).stream().map(o -> OfferView.of(o, tenants)).toList();
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accepter une invitation : mon compte rejoint l'association avec le rôle proposé (adresse vérifiée requise)",
            description = "Le jeton suivant porte l'association : renouvelez-le (refresh_token) après l'acceptation.")
    public MemberView accept(@PathParam("id") String id) {
        return MemberView.of(changes.acceptOffer(caller.get(), Ids.parse(id)));
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Décliner une invitation")
    public Response decline(@PathParam("id") String id) {
        changes.declineOffer(caller.get(), Ids.parse(id));
        return Response.noContent().build();
    }
}
