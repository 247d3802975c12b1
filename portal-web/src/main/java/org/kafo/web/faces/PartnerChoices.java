package org.kafo.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;
import org.kafo.web.security.CurrentCaller;

/**
 * The associations a form may name as partners of a record shared with PARTNERS: every other one
 * ({@code #{partnerChoices.all}}), for the deposit of a document and the form of a meeting alike.
 */
@Named
@RequestScoped
public class PartnerChoices {

    @Inject
    TenantRegistry tenants;

    @Inject
    CurrentCaller caller;

    private List<Tenant> all;

    public List<Tenant> getAll() {
        if (all == null) {
            all = tenants.all().stream().filter(t -> !caller.get().belongsTo(t.alias())).toList();
        }
        return all;
    }
}
