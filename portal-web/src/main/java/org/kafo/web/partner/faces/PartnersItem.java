package org.kafo.web.partner.faces;

import jakarta.enterprise.context.ApplicationScoped;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.web.faces.NavigationItem;

/** "Partenaires" in the navigation, for the network's coordination. */
@ApplicationScoped
public class PartnersItem implements NavigationItem {

    @Override
    public String path() {
        return "/admin/partenaires.xhtml";
    }

    @Override
    public String labelKey() {
        return "nav.partners";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public boolean visibleTo(Caller caller) {
        return caller.has(Role.NETWORK_ADMIN);
    }
}
