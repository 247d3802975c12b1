package org.kafo.web.partner.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.membership.Invitation;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.web.api.Roles;
import org.kafo.web.partner.MemberChanges;
import org.kafo.web.partner.MemberInvitations;
import org.kafo.web.partner.MemberJson;
import org.kafo.web.security.CurrentCaller;

/**
 * An association's members: its tenant admins manage them, and the network's coordination; nobody else,
 * and no tenant admin another association's (403).
 */
@Path("partners/{alias}/members")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NETWORK_ADMIN, Roles.TENANT_ADMIN})
public class MemberResource {

    @Inject
    CurrentCaller caller;

    @Inject
    MemberChanges changes;

    @Inject
    MemberInvitations invitations;

    @PathParam("alias")
    String alias;

    public record InviteInputJson(String email, String firstName, String lastName, String role) {
    }

    public record RoleInputJson(String role) {
    }

    public record InvitedJson(MemberJson member, boolean invitationSent) {
    }

    /** An existing account was offered the membership: nothing changes until its owner accepts. */
    public record OfferedJson(String email, String role, java.time.Instant expiresAt, boolean invitationSent, boolean offered) {

        static OfferedJson of(MemberInvitations.Invited invited) {
            return new OfferedJson(invited.offer().email(), invited.offer().role().code(), invited.offer().expiresAt(),
                    invited.invitationSent(), true);
        }
    }

    @GET
    @Operation(summary = "Les membres de l'association, avec leur rôle et l'état de leur compte")
    public List<MemberJson> list() {
        return changes.members(caller.get(), alias).stream().map(MemberJson::of)
                .sorted(Comparator.comparing(MemberJson::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Inviter une personne par courriel, avec un rôle (tenant-admin, member ou observer)",
            description = "201 : le compte est créé dans l'association. 202 : un compte existe déjà à cette adresse ; il n'est pas "
                    + "ajouté, sa ou son titulaire reçoit une invitation à accepter (GET /api/v1/me/invitations).")
    public Response invite(InviteInputJson request) {
        if (request == null) {
            throw DomainException.invalid("email", Message.of("membership.invite.missing"));
        }
        MemberInvitations.Invited invited = invitations.invite(caller.get(), alias,
                Invitation.of(request.email(), request.firstName(), request.lastName(), request.role()));
        if (invited.offered()) {
            return Response.accepted(OfferedJson.of(invited)).build();
        }
        return Response.status(Response.Status.CREATED)
                .entity(new InvitedJson(MemberJson.of(invited.member()), invited.invitationSent())).build();
    }

    @PUT
    @Path("{id}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changer le rôle d'un membre (le dernier administrateur garde le sien)")
    public MemberJson changeRole(@PathParam("id") String id, RoleInputJson request) {
        return MemberJson.of(changes.changeRole(caller.get(), alias, id, request == null ? null : request.role()));
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Désactiver le compte d'un membre : il ne peut plus se connecter")
    public MemberJson disable(@PathParam("id") String id) {
        return MemberJson.of(changes.disable(caller.get(), alias, id));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Réactiver le compte d'un membre")
    public MemberJson enable(@PathParam("id") String id) {
        return MemberJson.of(changes.enable(caller.get(), alias, id));
    }

    @POST
    @Path("{id}/invitation")
    @Operation(summary = "Renvoyer le courriel d'invitation d'un membre qui ne l'a pas encore accepté")
    public InvitedJson resendInvitation(@PathParam("id") String id) {
        MemberInvitations.Invited invited = invitations.resend(caller.get(), alias, id);
        return new InvitedJson(MemberJson.of(invited.member()), invited.invitationSent());
    }
}
