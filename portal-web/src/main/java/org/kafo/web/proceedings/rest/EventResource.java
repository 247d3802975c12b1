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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kafo.domain.files.IncomingFile;
import org.kafo.domain.files.StoredFiles;
import org.kafo.domain.library.Document;
import org.kafo.domain.proceedings.CommitmentInput;
import org.kafo.domain.proceedings.CommunicationInput;
import org.kafo.domain.proceedings.Event;
import org.kafo.domain.proceedings.EventDetails;
import org.kafo.domain.proceedings.Events;
import org.kafo.domain.proceedings.ParticipantInput;
import org.kafo.domain.proceedings.Proceedings;
import org.kafo.domain.proceedings.RecommendationInput;
import org.kafo.domain.proceedings.SessionInput;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.web.api.Bodies;
import org.kafo.web.api.Paging;
import org.kafo.web.api.Roles;
import org.kafo.web.input.Ids;
import org.kafo.web.proceedings.EventExports;
import org.kafo.web.proceedings.EventJson;
import org.kafo.web.security.CurrentCaller;

/**
 * Meetings and their proceedings. Anyone lists and reads the events the visibility rule lets them see (observers:
 * what the organiser shares with the network or the public); members and tenant admins of the organiser change
 * them. Every change is one transaction: a refusal (problem+json) leaves nothing behind.
 */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MEMBER, Roles.TENANT_ADMIN, Roles.NETWORK_ADMIN})
public class EventResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Events events;

    @Inject
    Proceedings proceedings;

    @Inject
    StoredFiles files;

    @Inject
    EventExports exports;

    /** What POST and PUT take. {@code version} (PUT, optional) guards against a lost update. */
    public record EventInputJson(String kind, String title, String theme, String startsOn, String endsOn, String venue, String city,
                             String visibility, Set<String> partnerTenants, Long version) {
    }

    public record SessionInputJson(String subTheme, String moderator, String day, String start, String end, Long version) {
    }

    public record CommunicationInputJson(String title, String speakers, String summary, Long version) {
    }

    public record ParticipantInputJson(String name, String organizationId, String organisationName, String role) {
    }

    public record RecommendationInputJson(String theme, String text, List<String> addressees) {
    }

    public record CommitmentInputJson(String ownerId, String what, String dueOn, Long version) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Les rencontres visibles, les plus récentes d'abord", description = "Le nombre total est dans l'en-tête X-Total-Count.")
    public Response list(@BeanParam Paging.Params page) {
        Paging paging = page.paging();
        List<EventJson> items = events.visible(caller.get(), paging.first(), paging.max()).stream().map(e -> EventJson.of(e, caller.get())).toList();
        return Response.ok(items).header("X-Total-Count", events.count(caller.get())).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Une rencontre avec son programme, ses communications, recommandations et engagements (404 si invisible)")
    public EventJson get(@PathParam("id") String id) {
        return EventJson.of(events.find(caller.get(), Ids.parse(id)), caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Créer une rencontre (séminaire, atelier, forum, journée de concertation)",
            description = "kind (SEMINAIRE, ATELIER, FORUM, JOURNEE_CONCERTATION), title, theme, startsOn et endsOn (AAAA-MM-JJ, "
                    + "la fin pas avant le début), venue, city, visibility (PRIVATE par défaut, PARTNERS, NETWORK, PUBLIC), partnerTenants.")
    @APIResponse(responseCode = "201", description = "Créée ; Location donne son adresse")
    public Response create(EventInputJson input) {
        EventInputJson body = Bodies.required(input);
        Event event = proceedings.create(caller.get(), details(body), Visibility.parse(body.visibility()), partners(body.partnerTenants()));
        return Response.created(URI.create("events/" + event.id())).entity(EventJson.of(event, caller.get())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modifier une rencontre", description = "version : celle qu'on a lue ; si quelqu'un a modifié la rencontre entre-temps, 409.")
    public EventJson update(@PathParam("id") String id, EventInputJson input) {
        EventInputJson body = Bodies.required(input);
        return EventJson.of(proceedings.describe(caller.get(), Ids.parse(id), details(body), Visibility.parse(body.visibility()),
                partners(body.partnerTenants()), body.version()), caller.get());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Supprimer une rencontre et ses actes (les documents déposés restent dans la base documentaire)")
    @APIResponse(responseCode = "204", description = "Supprimée")
    public Response delete(@PathParam("id") String id, @QueryParam("version") Long version) {
        proceedings.delete(caller.get(), Ids.parse(id), version);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ajouter une session", description = "subTheme, moderator, day (AAAA-MM-JJ, pendant la rencontre), start et end (HH:MM).")
    @APIResponse(responseCode = "201", description = "Ajoutée")
    public Response addSession(@PathParam("id") String id, SessionInputJson body) {
        SessionInputJson b = Bodies.required(body);
        proceedings.addSession(caller.get(), Ids.parse(id), SessionInput.of(b.subTheme(), b.moderator(), b.day(), b.start(), b.end()), b.version());
        return created(id);
    }

    @PUT
    @Path("{id}/sessions/{sessionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modifier une session")
    public EventJson changeSession(@PathParam("id") String id, @PathParam("sessionId") String sessionId, SessionInputJson body) {
        SessionInputJson b = Bodies.required(body);
        proceedings.changeSession(caller.get(), Ids.parse(id), Ids.parse(sessionId),
                SessionInput.of(b.subTheme(), b.moderator(), b.day(), b.start(), b.end()), b.version());
        return get(id);
    }

    @DELETE
    @Path("{id}/sessions/{sessionId}")
    @Operation(summary = "Retirer une session")
    public Response removeSession(@PathParam("id") String id, @PathParam("sessionId") String sessionId) {
        proceedings.removeSession(caller.get(), Ids.parse(id), Ids.parse(sessionId));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/communications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ajouter une communication sans document", description = "title, speakers, summary (le résumé).")
    @APIResponse(responseCode = "201", description = "Ajoutée")
    public Response addCommunication(@PathParam("id") String id, CommunicationInputJson body) {
        CommunicationInputJson b = Bodies.required(body);
        proceedings.addCommunication(caller.get(), Ids.parse(id), CommunicationInput.of(b.title(), b.speakers(), b.summary()), List.of(), b.version());
        return created(id);
    }

    @POST
    @Path("{id}/communications")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Ajouter une communication avec ses documents (PDF, DOCX, ODT ou TXT)",
            description = "multipart/form-data : title, speakers, summary, file (répété). Chaque fichier rejoint la base documentaire "
                    + "(type « communication », visible comme la rencontre). Un fichier refusé (type, taille, PDF abîmé) : 400 et rien d'écrit.")
    @APIResponse(responseCode = "201", description = "Ajoutée")
    public Response addCommunicationWithFiles(@PathParam("id") String id, List<EntityPart> parts) {
        Multipart form = Multipart.read(parts, files);
        proceedings.addCommunication(caller.get(), Ids.parse(id), CommunicationInput.of(form.one("title"), form.one("speakers"),
                form.one("summary")), form.files(), null);
        return created(id);
    }

    @POST
    @Path("{id}/communications/{communicationId}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Joindre un document à une communication (multipart : file)")
    @APIResponse(responseCode = "201", description = "Joint ; Location donne le document")
    public Response attach(@PathParam("id") String id, @PathParam("communicationId") String communicationId, List<EntityPart> parts) {
        Multipart form = Multipart.read(parts, files);
        if (form.files().isEmpty()) {
            throw DomainException.invalid("file", Message.of("file.part.missing"));
        }
        Document document = proceedings.attach(caller.get(), Ids.parse(id), Ids.parse(communicationId), form.files().get(0));
        return Response.created(URI.create("documents/" + document.id())).entity(EventJson.DocumentRefJson.of(document)).build();
    }

    @DELETE
    @Path("{id}/communications/{communicationId}")
    @Operation(summary = "Retirer une communication (ses documents restent dans la base documentaire)")
    public Response removeCommunication(@PathParam("id") String id, @PathParam("communicationId") String communicationId) {
        proceedings.removeCommunication(caller.get(), Ids.parse(id), Ids.parse(communicationId));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/participants")
    @RolesAllowed({Roles.MEMBER, Roles.TENANT_ADMIN, Roles.NETWORK_ADMIN, Roles.OBSERVER})
    @Operation(summary = "Les participants d'une rencontre, pour les personnes connectées (données personnelles : la lecture est journalisée)")
    public List<EventJson.ParticipantJson> participants(@PathParam("id") String id) {
        return proceedings.participants(caller.get(), Ids.parse(id)).stream().map(EventJson.ParticipantJson::of).toList();
    }

    @POST
    @Path("{id}/participants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ajouter un participant", description = "name, organizationId (un acteur de l'annuaire) ou organisationName "
            + "(texte libre), role (ORGANISATEUR, MODERATEUR, INTERVENANT, PARTICIPANT, OBSERVATEUR).")
    @APIResponse(responseCode = "201", description = "Ajouté")
    public Response addParticipant(@PathParam("id") String id, ParticipantInputJson body) {
        ParticipantInputJson b = Bodies.required(body);
        proceedings.addParticipant(caller.get(), Ids.parse(id), ParticipantInput.of(b.name(), b.organizationId(), b.organisationName(), b.role()), null);
        return created(id);
    }

    @DELETE
    @Path("{id}/participants/{participantId}")
    @Operation(summary = "Retirer un participant")
    public Response removeParticipant(@PathParam("id") String id, @PathParam("participantId") String participantId) {
        proceedings.removeParticipant(caller.get(), Ids.parse(id), Ids.parse(participantId));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/recommendations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ajouter une recommandation", description = "theme, text, addressees (identifiants d'acteurs de l'annuaire).")
    @APIResponse(responseCode = "201", description = "Ajoutée")
    public Response addRecommendation(@PathParam("id") String id, RecommendationInputJson body) {
        RecommendationInputJson b = Bodies.required(body);
        proceedings.addRecommendation(caller.get(), Ids.parse(id), RecommendationInput.of(b.theme(), b.text(), b.addressees()), null);
        return created(id);
    }

    @DELETE
    @Path("{id}/recommendations/{recommendationId}")
    @Operation(summary = "Retirer une recommandation")
    public Response removeRecommendation(@PathParam("id") String id, @PathParam("recommendationId") String recommendationId) {
        proceedings.removeRecommendation(caller.get(), Ids.parse(id), Ids.parse(recommendationId));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/commitments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ajouter un engagement", description = "ownerId (l'acteur de l'annuaire qui s'engage, obligatoire), what, "
            + "dueOn (AAAA-MM-JJ, pas avant la rencontre). Statut initial : PREVU.")
    @APIResponse(responseCode = "201", description = "Ajouté ; Location donne l'engagement")
    public Response addCommitment(@PathParam("id") String id, CommitmentInputJson body) {
        CommitmentInputJson b = Bodies.required(body);
        var commitment = proceedings.addCommitment(caller.get(), Ids.parse(id), CommitmentInput.of(b.ownerId(), b.what(), b.dueOn()), b.version());
        return Response.created(URI.create("commitments/" + commitment.id())).entity(EventJson.CommitmentJson.of(commitment)).build();
    }

    @GET
    @Path("{id}/actes.pdf")
    @PermitAll
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Les actes de la rencontre en PDF (application/pdf)")
    public Response pdf(@PathParam("id") String id) {
        Event event = events.find(caller.get(), Ids.parse(id));
        return Response.ok(exports.pdf(caller.get(), event.id()), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"actes-" + EventExports.slug(event) + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("{id}/calendar.ics")
    @PermitAll
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "La rencontre et ses sessions au format iCalendar (text/calendar)")
    public Response ics(@PathParam("id") String id) {
        Event event = events.find(caller.get(), Ids.parse(id));
        return Response.ok(exports.ics(event), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + EventExports.slug(event) + ".ics\"").build();
    }

    private Response created(String id) {
        return Response.created(URI.create("events/" + id)).entity(get(id)).build();
    }

    private static EventDetails details(EventInputJson b) {
        return EventDetails.of(b.kind(), b.title(), b.theme(), b.startsOn(), b.endsOn(), b.venue(), b.city());
    }

    private static Set<String> partners(Set<String> partners) {
        return partners == null ? Set.of() : partners;
    }

    /** A multipart form read once: text fields and the files, each under the size limit. */
    record Multipart(List<EntityPart> parts, List<IncomingFile> files) {

        static Multipart read(List<EntityPart> parts, StoredFiles stored) {
            List<IncomingFile> files = new ArrayList<>();
            List<EntityPart> all = parts == null ? List.of() : parts;
            for (EntityPart part : all) {
                if (part.getName().equals("file") && part.getFileName().isPresent()) {
                    String name = part.getFileName().get();
                    files.add(new IncomingFile(name, stored.limit().read(name, part.getContent())));
                }
            }
            return new Multipart(all, files);
        }

        String one(String name) {
            for (EntityPart part : parts) {
                if (part.getName().equals(name) && part.getFileName().isEmpty()) {
                    try {
                        return part.getContent(String.class);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return null;
        }
    }
}
