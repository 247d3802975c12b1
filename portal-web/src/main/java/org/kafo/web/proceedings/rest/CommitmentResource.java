package org.kafo.web.proceedings.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kafo.domain.proceedings.Commitment;
import org.kafo.domain.proceedings.CommitmentInput;
import org.kafo.domain.proceedings.Events;
import org.kafo.domain.proceedings.Proceedings;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.web.api.Bodies;
import org.kafo.web.api.Paging;
import org.kafo.web.api.Roles;
import org.kafo.web.input.Ids;
import org.kafo.web.proceedings.EventJson;
import org.kafo.web.security.CurrentCaller;

/** The follow-up of commitments across the events one may see, and their progress notes. */
@Path("commitments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MEMBER, Roles.TENANT_ADMIN, Roles.NETWORK_ADMIN})
public class CommitmentResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Events events;

    @Inject
    Proceedings proceedings;

    public record NoteInputJson(String status, String text, String notedOn, Long version) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Le suivi des engagements, échéance la plus proche d'abord",
            description = "Filtres : actor (identifiant d'un acteur de l'annuaire), status=open (prévus et en cours, par défaut) ou all, "
                    + "overdue=true (ouverts et échus). Le nombre total est dans l'en-tête X-Total-Count.")
    public Response list(@QueryParam("actor") String actor, @QueryParam("status") String status,
                         @QueryParam("overdue") boolean overdue, @BeanParam Paging.Params page) {
        Paging paging = page.paging();
        UUID actorId = actor == null || actor.isBlank() ? null : actorId(actor);
        boolean open = status == null || status.isBlank() || status.equalsIgnoreCase("open");
        if (!open && !status.equalsIgnoreCase("all")) {
            throw DomainException.invalid("status", Message.of("proceedings.commitment.statusFilter"));
        }
        LocalDate today = Commitment.today();
        List<EventJson.CommitmentJson> items = events.commitments(caller.get(), actorId, open, overdue, today, paging.first(), paging.max())
                .stream().map(EventJson.CommitmentJson::of).toList();
        return Response.ok(items).header("X-Total-Count", events.countCommitments(caller.get(), actorId, open, overdue, today)).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Un engagement avec ses notes de suivi (404 si sa rencontre est invisible)")
    public EventJson.CommitmentJson get(@PathParam("id") String id) {
        return EventJson.CommitmentJson.of(events.commitment(caller.get(), Ids.parse(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modifier qui s'engage à quoi et pour quand", description = "version : celle qu'on a lue (409 sinon).")
    public EventJson.CommitmentJson update(@PathParam("id") String id, EventResource.CommitmentInputJson body) {
        Bodies.required(body);
        return EventJson.CommitmentJson.of(proceedings.changeCommitment(caller.get(), Ids.parse(id),
                CommitmentInput.of(body.ownerId(), body.what(), body.dueOn()), body.version()));
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Noter l'avancement", description = "status (PREVU, EN_COURS, REALISE, ABANDONNE), text, notedOn (AAAA-MM-JJ, "
            + "aujourd'hui par défaut), version (celle de l'engagement qu'on a lu ; 409 sinon).")
    @APIResponse(responseCode = "201", description = "Notée")
    public Response note(@PathParam("id") String id, NoteInputJson body) {
        Bodies.required(body);
        proceedings.noteProgress(caller.get(), Ids.parse(id), body.status(), body.text(), body.notedOn(), body.version());
        return Response.status(Response.Status.CREATED).entity(get(id)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Retirer un engagement")
    public Response remove(@PathParam("id") String id) {
        proceedings.removeCommitment(caller.get(), Ids.parse(id));
        return Response.noContent().build();
    }

    private static UUID actorId(String actor) {
        try {
            return UUID.fromString(actor.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("actor", Message.of("proceedings.commitment.actorFilter"));
        }
    }
}
