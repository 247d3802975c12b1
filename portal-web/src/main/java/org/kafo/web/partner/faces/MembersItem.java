package org.kafo.web.partner.faces;

import jakarta.enterprise.context.ApplicationScoped;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.web.faces.NavigationItem;

/** "Mon association" in the navigation, for an association's administrators. */
@ApplicationScoped
public class MembersItem implements NavigationItem {

    @Override
    public String path() {
        return "/mon-association/membres.xhtml";
    }

    @Override
    public String labelKey() {
        return "nav.members";
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    public boolean visibleTo(Caller caller) {
        return caller.has(Role.TENANT_ADMIN) && caller.tenant() != null;
    }
}
