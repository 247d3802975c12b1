package org.kafo.web.directory.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.directory.Directory;
import org.kafo.domain.directory.DirectoryFilter;
import org.kafo.domain.directory.Drafts.OrganizationDraft;
import org.kafo.domain.directory.Drafts.ServiceDraft;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.tenancy.Caller;
import org.kafo.web.api.Bodies;
import org.kafo.web.api.Paging;
import org.kafo.web.api.Roles;
import org.kafo.web.directory.DirectoryJson.AnswerJson;
import org.kafo.web.directory.DirectoryJson.OrganizationJson;
import org.kafo.web.directory.DirectoryJson.OrganizationSummaryJson;
import org.kafo.web.directory.DirectoryJson.ServiceJson;
import org.kafo.web.directory.DirectoryJson;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;

/**
 * The directory's entries (HSDS organizations). Anyone reads what the visibility rule shows; a member's
 * entry is kept by its tenant admin, other actors' entries by the network admins.
 */
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Organizations organizations;

    @Inject
    Directory directory;

    @GET
    @PermitAll
    @Operation(summary = "Les acteurs de l'annuaire (filtres : q, category, targetGroup, region, city, kind), par nom ; "
            + "sans réponse : wider, la recherche élargie la plus proche qui en a")
    public AnswerJson<OrganizationSummaryJson> list(@BeanParam FilterParams filter, @BeanParam Paging.Params page) {
        Paging paging = page.paging();
        Caller asked = caller.get();
        DirectoryFilter question = filter.filter();
        return DirectoryJson.answer(organizations.organizations(asked, question, paging.first(), paging.max()),
                OrganizationSummaryJson::of, question, f -> organizations.widerEntries(asked, f));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "La fiche d'un acteur : services, lieux, horaires, contacts (coordonnées directes pour les personnes connectées)")
    public OrganizationJson get(@PathParam("id") String id) {
        return OrganizationJson.of(organizations.visible(caller.get(), Ids.parse(id)), caller.get());
    }

    @POST
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Créer la fiche d'un acteur non membre (tenue par le réseau)")
    public Response create(OrganizationDraft draft) {
        OrganizationJson created = OrganizationJson.of(directory.create(caller.get(), Bodies.required(draft)), caller.get());
        return Response.created(URI.create("organizations/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Mettre à jour une fiche (la sienne pour une association, celles du réseau pour la coordination)")
    public OrganizationJson update(@PathParam("id") String id, OrganizationDraft draft) {
        return OrganizationJson.of(directory.update(caller.get(), Ids.parse(id), Bodies.required(draft)), caller.get());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Supprimer la fiche d'un acteur non membre")
    public Response delete(@PathParam("id") String id) {
        directory.delete(caller.get(), Ids.parse(id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/services")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Ajouter un service à une fiche")
    public Response addService(@PathParam("id") String id, ServiceDraft draft) {
        Bodies.required(draft);
        ServiceJson created = ServiceJson.of(directory.addService(caller.get(), Ids.parse(id), draft));
        return Response.created(URI.create("services/" + created.id())).entity(created).build();
    }

}
