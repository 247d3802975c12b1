package org.kafo.web.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.reference.Countries;
import org.kafo.domain.reference.Regions;

/** The shared reference lists. Public. */
@Path("reference")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReferenceResource {

    @Inject
    Regions regions;

    public record RegionJson(String code, String name, String country) {
    }

    @GET
    @Path("regions")
    @Operation(summary = "Les régions (Mali)")
    public List<RegionJson> regions() {
        return regions.active().stream().map(r -> new RegionJson(r.code(), r.name(), r.country())).toList();
    }

    @GET
    @Path("countries")
    @Operation(summary = "Les pays (ISO 3166), noms en français")
    public List<Countries.Country> countries() {
        return Countries.all();
    }
}
