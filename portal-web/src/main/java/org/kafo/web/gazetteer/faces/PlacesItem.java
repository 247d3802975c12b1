package org.kafo.web.gazetteer.faces;

import jakarta.enterprise.context.ApplicationScoped;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.web.faces.NavigationItem;

/** "Lieux" in the navigation, for the network's coordination. */
@ApplicationScoped
public class PlacesItem implements NavigationItem {

    @Override
    public String path() {
        return "/admin/lieux.xhtml";
    }

    @Override
    public String labelKey() {
        return "nav.places";
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public boolean visibleTo(Caller caller) {
        return caller.has(Role.NETWORK_ADMIN);
    }
}
