package org.kafo.web.library.faces;

import jakarta.enterprise.context.ApplicationScoped;
import org.kafo.web.faces.NavigationItem;
import org.kafo.web.library.DocumentPages;

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
