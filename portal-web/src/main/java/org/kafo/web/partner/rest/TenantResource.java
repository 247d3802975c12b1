package org.kafo.web.partner.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;

/** The member associations of the network. Public: the network shows who it is. */
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class TenantResource {

    @Inject
    TenantRegistry tenants;

    public record TenantJson(String alias, String name, String acronym, String country, String city, String status) {
        static TenantJson of(Tenant t) {
            return new TenantJson(t.alias(), t.name(), t.acronym(), t.country(), t.city(), t.status().name());
        }
    }

    @GET
    @Operation(summary = "Les associations membres du réseau")
    public List<TenantJson> list() {
        return tenants.all().stream().map(TenantJson::of).toList();
    }

    @GET
    @Path("{alias}")
    @Operation(summary = "Une association membre")
    public TenantJson get(@PathParam("alias") String alias) {
        return TenantJson.of(tenants.require(alias));
    }
}
