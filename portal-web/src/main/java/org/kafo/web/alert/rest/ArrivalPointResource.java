package org.kafo.web.alert.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.alert.ArrivalPoint;
import org.kafo.domain.alert.ArrivalPointKind;
import org.kafo.domain.alert.ArrivalPoints;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.web.api.Bodies;
import org.kafo.web.api.Roles;
import org.kafo.web.security.CurrentCaller;

/** The arrival points the network keeps: public to read, kept by the network admins. */
@Path("arrival-points")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NETWORK_ADMIN)
public class ArrivalPointResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ArrivalPoints points;

    @Context
    UriInfo uriInfo;

    public record PointJson(String code, String name, String kind, String city, String region, boolean active, long version) {
        static PointJson of(ArrivalPoint p) {
            return new PointJson(p.code(), p.name(), p.kind().name(), p.city(), p.region(), p.active(), p.version());
        }
    }

    public record PointInputJson(String code, String name, String kind, String city, String region, Boolean active, Long version) {
        ArrivalPoints.Details details() {
            ArrivalPointKind k = null;
            if (kind != null && !kind.isBlank()) {
                try {
                    k = ArrivalPointKind.valueOf(kind.trim());
                } catch (IllegalArgumentException e) {
                    throw DomainException.invalid("kind", Message.of("alert.point.kindUnknown", kind));
                }
            }
            return new ArrivalPoints.Details(name, k, city, region, active);
        }
    }

    @GET
    @PermitAll
    @Operation(summary = "Les points d'arrivée (actifs ; ?all=true pour les retirés aussi)")
    public List<PointJson> list(@QueryParam("all") boolean all) {
        return (all ? points.all() : points.active()).stream().map(PointJson::of).toList();
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "Un point d'arrivée")
    public PointJson get(@PathParam("code") String code) {
        return PointJson.of(points.find(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ajouter un point d'arrivée (coordination du réseau)")
    public Response add(PointInputJson request) {
        ArrivalPoint added = points.add(caller.get(), Bodies.required(request).code(), request.details());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(added.code()).build()).entity(PointJson.of(added)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Corriger, retirer ou réactiver un point d'arrivée (coordination du réseau)")
    public PointJson change(@PathParam("code") String code, PointInputJson request) {
        return PointJson.of(points.change(caller.get(), code, Bodies.required(request).details(), request.version()));
    }
}
