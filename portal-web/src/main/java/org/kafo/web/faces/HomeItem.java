package org.kafo.web.faces;

import jakarta.enterprise.context.ApplicationScoped;

/** "Accueil" in the navigation. */
@ApplicationScoped
public class HomeItem implements NavigationItem {

    @Override
    public String path() {
        return "/";
    }

    @Override
    public String labelKey() {
        return "nav.home";
    }

    @Override
    public int order() {
        return 0;
    }
}
