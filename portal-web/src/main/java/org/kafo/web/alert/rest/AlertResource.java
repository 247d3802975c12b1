package org.kafo.web.alert.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.kafo.domain.alert.Alert;
import org.kafo.domain.alert.AlertFilter;
import org.kafo.domain.alert.AlertService;
import org.kafo.domain.alert.AlertSummary;
import org.kafo.domain.alert.ArrivingPerson;
import org.kafo.domain.alert.ReceptionReport;
import org.kafo.web.alert.AlertJson;
import org.kafo.web.alert.AlertListCache;
import org.kafo.web.alert.AlertViews;
import org.kafo.web.api.Bodies;
import org.kafo.web.api.Paging;
import org.kafo.web.api.Roles;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;

/**
 * Alerts on incoming expulsions. Anyone reads what the visibility rule lets them see (anonymous
 * visitors: public alerts only); members of an association post, and offer to take receptions in charge; what each
 * may do on an alert is the domain's {@code AlertRule}. The stream ({@code /alerts/stream}) and the feeds
 * ({@code /alerts/feed.atom}, {@code /alerts/cap}, {@code /alerts/{id}/cap}) have their resources in their channels'
 * packages.
 */
@Path("alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MEMBER, Roles.TENANT_ADMIN, Roles.NETWORK_ADMIN, Roles.OBSERVER})
public class AlertResource {

    @Inject
    CurrentCaller caller;

    @Inject
    AlertService alerts;

    @Inject
    AlertViews views;

    @Inject
    AlertListCache pages;

    @Context
    UriInfo uriInfo;

    @GET
    @PermitAll
    @Operation(summary = "Les alertes visibles, celles qui arrivent bientôt d'abord",
            description = "Sans filtre de statut : les alertes en cours (brouillons de votre association compris). "
                    + "Filtres : statut (plusieurs possibles), point d'arrivée, pays d'origine, période d'arrivée (dates, UTC).")
    public AlertJson.PageJson list(@QueryParam("status") List<String> statuses,
                                @QueryParam("arrivalPoint") String arrivalPoint,
                                @QueryParam("origin") String origin,
                                @Parameter(description = "Arrivée à partir de cette date (AAAA-MM-JJ)") @QueryParam("from") String from,
                                @Parameter(description = "Arrivée jusqu'à cette date incluse (AAAA-MM-JJ)") @QueryParam("to") String to,
                                @QueryParam("first") @DefaultValue("0") int first,
                                @QueryParam("max") @DefaultValue("20") int max,
                                @Parameter(description = "« no-cache » : la page est relue dans la base plutôt que reprise de celles "
                                        + "gardées depuis le dernier changement d'une alerte")
                                @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        // The two paging parameters directly rather than @BeanParam Paging.Params: Jersey builds a bean parameter
        // (and looks up its fields' converters, by reflection) again on every request, a cost this busy list avoids.
        Paging paging = new Paging(first, max);
        AlertFilter filter = AlertFilter.parse(statuses, arrivalPoint, origin, from, to);
        // The page as read for this caller.get()'s audience since the last alert change, unless the client asks for a fresh one.
        Supplier<AlertJson.PageJson> read = () -> {
            AlertSummary.Page result = alerts.summaries(caller.get(), filter, paging.first(), paging.max());
            return new AlertJson.PageJson(result.total(), result.first(), result.max(),
                    result.items().stream().map(a -> views.summary(a, result)).toList());
        };
        return cacheControl != null && cacheControl.contains("no-cache")
                ? read.get() : pages.page(caller.get(), filter, paging.first(), paging.max(), read);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Une alerte, avec son historique (versions, prises en charge, chronologie)")
    public AlertJson.DetailJson get(@PathParam("id") String id) {
        return views.detail(alerts.find(caller.get(), Ids.parse(id)), caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Poster une alerte (brouillon, ou publiée si « publish » vaut true)")
    public Response create(AlertJson.InputJson request) {
        Alert alert = alerts.create(caller.get(), Bodies.required(request).input(), Boolean.TRUE.equals(request.publish()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(alert.id().toString()).build())
                .entity(views.detail(alert, caller.get())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mettre à jour une alerte (nouvelle version ; « version » = la version modifiée, sinon 409)")
    public AlertJson.DetailJson update(@PathParam("id") String id, AlertJson.InputJson request) {
        return views.detail(alerts.update(caller.get(), Ids.parse(id), Bodies.required(request).input(), request.version()), caller.get());
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publier un brouillon")
    public AlertJson.DetailJson publish(@PathParam("id") String id, AlertJson.StepJson step) {
        return views.detail(alerts.publish(caller.get(), Ids.parse(id), version(step)), caller.get());
    }

    @POST
    @Path("{id}/claim")
    @Operation(summary = "Proposer de prendre l'accueil en charge pour votre association",
            description = "Une offre que l'association qui a publié l'alerte accepte ou décline ; elle ne donne aucun droit "
                    + "tant qu'elle n'est pas acceptée. Un partenaire nommé d'une alerte « partenaires » est accepté aussitôt.")
    public AlertJson.DetailJson claim(@PathParam("id") String id) {
        return views.detail(alerts.offer(caller.get(), Ids.parse(id)), caller.get());
    }

    @POST
    @Path("{id}/claims/{tenant}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accepter l'offre de prise en charge d'une association (association qui a publié l'alerte ; message CAP Ack)")
    public AlertJson.DetailJson accept(@PathParam("id") String id, @PathParam("tenant") String tenant, AlertJson.StepJson step) {
        return views.detail(alerts.accept(caller.get(), Ids.parse(id), tenant, version(step)), caller.get());
    }

    @POST
    @Path("{id}/claims/{tenant}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Décliner une offre de prise en charge, avec sa raison (association qui a publié l'alerte)")
    public AlertJson.DetailJson decline(@PathParam("id") String id, @PathParam("tenant") String tenant, AlertJson.StepJson step) {
        AlertJson.StepJson s = Bodies.required(step);
        return views.detail(alerts.decline(caller.get(), Ids.parse(id), tenant, s.reason(), s.version()), caller.get());
    }

    @POST
    @Path("{id}/claims/{tenant}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retirer une prise en charge acceptée, avec sa raison (association qui a publié l'alerte)")
    public AlertJson.DetailJson withdraw(@PathParam("id") String id, @PathParam("tenant") String tenant, AlertJson.StepJson step) {
        AlertJson.StepJson s = Bodies.required(step);
        return views.detail(alerts.withdraw(caller.get(), Ids.parse(id), tenant, s.reason(), s.version()), caller.get());
    }

    @POST
    @Path("{id}/arrival")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistrer l'arrivée telle qu'elle a eu lieu (heure, nombre de personnes arrivées)",
            description = "Une arrivée très en avance sur l'heure prévue est refusée (409, erreur sur « confirm ») tant que "
                    + "« confirm » ne vaut pas true.")
    public AlertJson.DetailJson arrived(@PathParam("id") String id, AlertJson.ArrivalInputJson arrival) {
        AlertJson.ArrivalInputJson a = Bodies.required(arrival);
        return views.detail(alerts.recordArrival(caller.get(), Ids.parse(id), a.input(), a.version()), caller.get());
    }

    @POST
    @Path("{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Déposer le compte rendu d'accueil de votre association (personnes reçues, services rendus, orientations)")
    public AlertJson.DetailJson report(@PathParam("id") String id, AlertJson.ReportInputJson report) {
        AlertJson.ReportInputJson r = Bodies.required(report);
        return views.detail(alerts.fileReceptionReport(caller.get(), Ids.parse(id),
                ReceptionReport.of(r.received(), r.services(), r.referrals(), r.notes()), r.version()), caller.get());
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Clôturer l'alerte (après le compte rendu)")
    public AlertJson.DetailJson close(@PathParam("id") String id, AlertJson.StepJson step) {
        return views.detail(alerts.close(caller.get(), Ids.parse(id), version(step)), caller.get());
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Annuler l'alerte, avec sa raison (message CAP Cancel)")
    public AlertJson.DetailJson cancel(@PathParam("id") String id, AlertJson.StepJson step) {
        AlertJson.StepJson s = Bodies.required(step);
        return views.detail(alerts.cancel(caller.get(), Ids.parse(id), s.reason(), s.version()), caller.get());
    }

    @GET
    @Path("{id}/people")
    @Operation(summary = "Données personnelles des personnes attendues (équipe d'accueil seulement ; chaque lecture est tracée)")
    public List<AlertJson.PersonJson> people(@PathParam("id") String id) {
        return alerts.people(caller.get(), Ids.parse(id)).stream().map(AlertJson.PersonJson::of).toList();
    }

    @POST
    @Path("{id}/people")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistrer une personne (équipe d'accueil seulement)")
    public Response addPerson(@PathParam("id") String id, AlertJson.PersonInputJson person) {
        ArrivingPerson added = alerts.addPerson(caller.get(), Ids.parse(id), details(Bodies.required(person)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(added.id().toString()).build())
                .entity(AlertJson.PersonJson.of(added)).build();
    }

    @PUT
    @Path("{id}/people/{person}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Corriger la fiche d'une personne")
    public AlertJson.PersonJson changePerson(@PathParam("id") String id, @PathParam("person") String person,
                                              AlertJson.PersonInputJson details) {
        AlertJson.PersonInputJson p = Bodies.required(details);
        return AlertJson.PersonJson.of(alerts.changePerson(caller.get(), Ids.parse(id), Ids.parse(person), details(p), p.version()));
    }

    @DELETE
    @Path("{id}/people/{person}")
    @Operation(summary = "Supprimer la fiche d'une personne")
    public Response removePerson(@PathParam("id") String id, @PathParam("person") String person) {
        alerts.removePerson(caller.get(), Ids.parse(id), Ids.parse(person));
        return Response.noContent().build();
    }

    private static Long version(AlertJson.StepJson step) {
        return step == null ? null : step.version();
    }

    private static ArrivingPerson.Details details(AlertJson.PersonInputJson p) {
        return new ArrivingPerson.Details(p.fullName(), p.age(), p.phone(), p.familyContact(), p.healthNotes());
    }

}
