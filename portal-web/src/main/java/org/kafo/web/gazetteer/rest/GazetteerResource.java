package org.kafo.web.gazetteer.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.gazetteer.Place;
import org.kafo.domain.gazetteer.PlaceInput;
import org.kafo.domain.gazetteer.PlaceKind;
import org.kafo.domain.gazetteer.Places;
import org.kafo.web.api.Bodies;
import org.kafo.web.api.Roles;
import org.kafo.web.gazetteer.PlaceSynonyms;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;

/**
 * The gazetteer: places and their spellings, which search applies as synonyms. Everyone reads it; the network's
 * coordination changes it, and the change takes effect on the next search.
 */
@Path("gazetteer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NETWORK_ADMIN)
public class GazetteerResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Places places;

    @Inject
    PlaceSynonyms synonyms;

    /** A place as the API shows it; {@code kindLabel} in French. */
    public record PlaceJson(String id, String name, String kind, String kindLabel, List<String> spellings, long version) {
        static PlaceJson of(Place p) {
            return new PlaceJson(p.id().toString(), p.name(), p.kind().name(), p.kind().label(), p.spellings(), p.version());
        }
    }

    /** What a client sends: {@code kind} is one of REGION, CITY, BORDER_POST, ARRIVAL_POINT, CAMP, COUNTRY, OTHER. */
    public record PlaceInputJson(String name, String kind, List<String> spellings, Long version) {
        PlaceInput input() {
            return new PlaceInput(name, PlaceKind.parse(kind), spellings);
        }
    }

    @GET
    @PermitAll
    @Operation(summary = "Les lieux et leurs graphies, appliqués par la recherche")
    public List<PlaceJson> list() {
        return places.all().stream().map(PlaceJson::of).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Un lieu et ses graphies")
    public PlaceJson get(@PathParam("id") String id) {
        return PlaceJson.of(places.find(Ids.parse(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ajouter un lieu (coordination du réseau)")
    public Response add(PlaceInputJson body) {
        Place place = synonyms.add(caller.get(), Bodies.required(body).input());
        return Response.status(Response.Status.CREATED).entity(PlaceJson.of(place)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modifier un lieu et ses graphies (coordination du réseau)")
    public PlaceJson change(@PathParam("id") String id, PlaceInputJson body) {
        return PlaceJson.of(synonyms.change(caller.get(), Ids.parse(id), Bodies.required(body).input(), body.version()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Supprimer un lieu (coordination du réseau)")
    public Response remove(@PathParam("id") String id) {
        synonyms.remove(caller.get(), Ids.parse(id));
        return Response.noContent().build();
    }
}
