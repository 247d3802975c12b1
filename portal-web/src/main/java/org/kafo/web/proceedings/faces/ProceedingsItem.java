package org.kafo.web.proceedings.faces;

import jakarta.enterprise.context.ApplicationScoped;
import org.kafo.web.faces.NavigationItem;
import org.kafo.web.proceedings.EventPages;

/** "Rencontres" in the navigation: open to everyone (visitors see the public events). */
@ApplicationScoped
public class ProceedingsItem implements NavigationItem {

    @Override
    public String path() {
        return EventPages.LIST;
    }

    @Override
    public String labelKey() {
        return "nav.proceedings";
    }

    @Override
    public int order() {
        return 35;
    }
}
