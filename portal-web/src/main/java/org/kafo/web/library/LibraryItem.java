package org.kafo.web.library;

import jakarta.enterprise.context.ApplicationScoped;
import org.kafo.web.faces.NavigationItem;

/** "Bibliothèque" in the navigation: open to everyone (visitors see the public documents). */
@ApplicationScoped
public class LibraryItem implements NavigationItem {

    @Override
    public String path() {
        return DocumentPages.LIST;
    }

    @Override
    public String labelKey() {
        return "nav.library";
    }

    @Override
    public int order() {
        return 40;
    }
}
