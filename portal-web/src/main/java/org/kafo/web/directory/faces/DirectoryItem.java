package org.kafo.web.directory.faces;

import jakarta.enterprise.context.ApplicationScoped;
import org.kafo.web.faces.NavigationItem;

/** "Annuaire" in the navigation, for everyone. */
@ApplicationScoped
public class DirectoryItem implements NavigationItem {

    @Override
    public String path() {
        return "/annuaire/";
    }

    @Override
    public String labelKey() {
        return "nav.directory";
    }

    @Override
    public int order() {
        return 30;
    }
}
