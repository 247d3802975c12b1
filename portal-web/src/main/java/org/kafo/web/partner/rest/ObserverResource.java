package org.kafo.web.partner.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.membership.Invitation;
import org.kafo.domain.membership.MemberRole;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.web.api.Roles;
import org.kafo.web.partner.MemberInvitations;
import org.kafo.web.partner.MemberJson;
import org.kafo.web.security.CurrentCaller;

/** Seminar participants the coordination invites as observers: into their association when it is a partner, or none. */
@Path("observers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NETWORK_ADMIN)
public class ObserverResource {

    @Inject
    CurrentCaller caller;

    @Inject
    MemberInvitations invitations;

    /** {@code association}: the partner's alias, or absent for none. */
    public record ObserverInputJson(String email, String firstName, String lastName, String association) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Inviter un·e participant·e comme observateur·rice, rattaché·e à une association partenaire ou à aucune")
    public Response invite(ObserverInputJson request) {
        if (request == null) {
            throw DomainException.invalid("email", Message.of("membership.invite.missing"));
        }
        String association = request.association() == null || request.association().isBlank() ? null : request.association().trim();
        MemberInvitations.Invited invited = invitations.invite(caller.get(), association,
                Invitation.of(request.email(), request.firstName(), request.lastName(), MemberRole.OBSERVER.code()));
        if (invited.offered()) {
            return Response.accepted(MemberResource.OfferedJson.of(invited)).build();
        }
        return Response.status(Response.Status.CREATED)
                .entity(new MemberResource.InvitedJson(MemberJson.of(invited.member()), invited.invitationSent())).build();
    }
}
