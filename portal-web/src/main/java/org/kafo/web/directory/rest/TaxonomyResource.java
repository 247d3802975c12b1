package org.kafo.web.directory.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.directory.Taxonomies;
import org.kafo.domain.directory.Taxonomy;
import org.kafo.domain.directory.Term;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.web.api.Bodies;
import org.kafo.web.api.Roles;
import org.kafo.web.directory.DirectoryJson.RegionJson;
import org.kafo.web.directory.DirectoryJson.TermJson;
import org.kafo.web.security.CurrentCaller;

/**
 * The shared lists: service categories, target groups, regions. Anyone reads the offered terms
 * ({@code ?all=true} adds retired ones); the network admins add, rename, retire and offer again.
 */
@Path("taxonomies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NETWORK_ADMIN)
public class TaxonomyResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Taxonomies taxonomies;

    /** A new term. */
    public record NewTermJson(String code, String name) {
    }

    /** A change: a new name, and/or retired ({@code active: false}) or offered again. */
    public record TermChangeJson(String name, Boolean active) {
    }

    @GET
    @Path("{list}")
    @PermitAll
    @Operation(summary = "Une liste de termes : service-categories ou target-groups")
    public List<TermJson> list(@PathParam("list") String list, @QueryParam("all") boolean all) {
        return taxonomies.terms(taxonomy(list), all).stream().map(TermJson::of).toList();
    }

    @GET
    @Path("regions")
    @PermitAll
    @Operation(summary = "Les régions (retirées comprises avec ?all=true)")
    public List<RegionJson> regions(@QueryParam("all") boolean all) {
        return taxonomies.regions(all).stream().map(RegionJson::of).toList();
    }

    @POST
    @Path("{list}")
    @Operation(summary = "Ajouter un terme à service-categories ou target-groups")
    public Response add(@PathParam("list") String list, NewTermJson term) {
        Bodies.required(term);
        Term added = taxonomies.add(caller.get(), taxonomy(list), term.code(), term.name());
        return Response.status(Response.Status.CREATED).entity(TermJson.of(added)).build();
    }

    @PUT
    @Path("regions/{code}")
    @Operation(summary = "Renommer une région, la retirer ou la proposer de nouveau")
    public RegionJson changeRegion(@PathParam("code") String code, TermChangeJson change) {
        return RegionJson.of(taxonomies.changeRegion(caller.get(), code, Bodies.required(change).name(), change.active()));
    }

    @PUT
    @Path("{list}/{code}")
    @Operation(summary = "Renommer un terme, le retirer ou le proposer de nouveau")
    public TermJson change(@PathParam("list") String list, @PathParam("code") String code, TermChangeJson change) {
        Bodies.required(change);
        Taxonomy taxonomy = taxonomy(list);
        if (taxonomies.terms(taxonomy, true).stream().noneMatch(t -> t.code().equals(code))) {
            throw DomainException.notFound(Message.of("directory.term.unknownInList", code));
        }
        return TermJson.of(taxonomies.change(caller.get(), code, change.name(), change.active()));
    }

    private static Taxonomy taxonomy(String list) {
        return switch (list) {
            case "service-categories" -> Taxonomy.CATEGORY;
            case "target-groups" -> Taxonomy.TARGET_GROUP;
            default -> throw DomainException.notFound(Message.of("directory.taxonomy.unknown", list));
        };
    }
}
