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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.directory.Directory;
import org.kafo.domain.directory.DirectoryFilter;
import org.kafo.domain.directory.Drafts.ServiceDraft;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.tenancy.Caller;
import org.kafo.web.api.Bodies;
import org.kafo.web.api.Paging;
import org.kafo.web.api.Roles;
import org.kafo.web.directory.DirectoryJson.AnswerJson;
import org.kafo.web.directory.DirectoryJson.ServiceJson;
import org.kafo.web.directory.DirectoryJson;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;

/** The services of the directory: the referral question ("who gives what, for whom, where"). */
@Path("services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NETWORK_ADMIN, Roles.TENANT_ADMIN})
public class ServiceResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Organizations organizations;

    @Inject
    Directory directory;

    @GET
    @PermitAll
    @Operation(summary = "Qui donne quoi, pour qui, où : services filtrés (q, category, targetGroup, region, city, kind), "
            + "actifs d'abord, puis les plus récemment vérifiés ; les mots sont cherchés dans le service (nom, description, "
            + "catégorie, publics). Sans réponse : wider, la recherche élargie la plus proche qui en a")
    public AnswerJson<ServiceJson> list(@BeanParam FilterParams filter, @BeanParam Paging.Params page) {
        Paging paging = page.paging();
        Caller asked = caller.get();
        DirectoryFilter question = filter.filter();
        return DirectoryJson.answer(organizations.services(asked, question, paging.first(), paging.max()), ServiceJson::of, question,
                f -> organizations.widerServices(asked, f));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Un service")
    public ServiceJson get(@PathParam("id") String id) {
        return ServiceJson.of(organizations.visibleService(caller.get(), Ids.parse(id)));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Mettre à jour un service")
    public ServiceJson update(@PathParam("id") String id, ServiceDraft draft) {
        Bodies.required(draft);
        return ServiceJson.of(directory.updateService(caller.get(), Ids.parse(id), draft));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Retirer un service")
    public Response delete(@PathParam("id") String id) {
        directory.removeService(caller.get(), Ids.parse(id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/assurance")
    @Operation(summary = "Confirmer aujourd'hui que les informations du service sont justes (HSDS assured_date)")
    public ServiceJson assure(@PathParam("id") String id) {
        return ServiceJson.of(directory.assure(caller.get(), Ids.parse(id)));
    }
}
