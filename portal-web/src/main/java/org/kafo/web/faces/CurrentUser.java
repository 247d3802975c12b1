package org.kafo.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;
import org.kafo.web.security.CurrentCaller;

/** The signed-in user as pages show them: name, association, role. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    CurrentCaller caller;

    @Inject
    TenantRegistry tenants;

    private Tenant tenant;
    private boolean tenantLoaded;

    public Caller caller() {
        return caller.get();
    }

    public boolean isSignedIn() {
        return caller.get().signedIn();
    }

    public String getDisplayName() {
        return caller.get().displayName();
    }

    public String getUsername() {
        return caller.get().username();
    }

    public String getEmail() {
        return caller.get().email();
    }

    /** The association's name; {@code null} for users of none. */
    public String getTenantName() {
        if (!tenantLoaded) {
            tenant = tenants.find(caller.get().tenant()).orElse(null);
            tenantLoaded = true;
        }
        return tenant == null ? caller.get().tenant() : tenant.name();
    }

    /** The key of the main role's label in the message bundle, e.g. {@code role.member}. */
    public String getRoleKey() {
        return caller.get().mainRole().map(r -> "role." + r.claimValue()).orElse("role.none");
    }

    public boolean has(String role) {
        return Role.fromClaim(role).map(caller.get()::has).orElse(false);
    }

}
