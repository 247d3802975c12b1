package org.kafo.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;

/** The home page: who is signed in (see {@link CurrentUser}) and the network's member associations. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    TenantRegistry tenants;

    private List<Tenant> all;

    public List<Tenant> getTenants() {
        if (all == null) {
            all = tenants.all();
        }
        return all;
    }
}
