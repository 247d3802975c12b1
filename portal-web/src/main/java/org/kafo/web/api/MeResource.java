package org.kafo.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;
import org.kafo.web.security.CurrentCaller;

/** Who the token says the caller is: the portal's reading of it, tenant included. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NETWORK_ADMIN, Roles.TENANT_ADMIN, Roles.MEMBER, Roles.OBSERVER})
public class MeResource {

    @Inject
    CurrentCaller caller;

    @Inject
    TenantRegistry tenants;

    @JsonbNillable
    public record MeJson(String username, String displayName, String email, String tenant, String tenantName, List<String> roles) {
    }

    @GET
    @Operation(summary = "L'utilisateur connecté, son association et ses rôles")
    public MeJson me() {
        String tenantName = tenants.find(caller.get().tenant()).map(Tenant::name).orElse(null);
        return new MeJson(caller.get().username(), caller.get().displayName(), caller.get().email(), caller.get().tenant(), tenantName,
                caller.get().roles().stream().map(Role::claimValue).toList());
    }
}
