package org.kafo.web.observatory;

import jakarta.enterprise.context.ApplicationScoped;
import org.kafo.web.faces.NavigationItem;

/** "Observatoire" in the navigation: open to everyone (visitors see the figures the coordination published). */
@ApplicationScoped
public class ObservatoryItem implements NavigationItem {

    public static final String PATH = "/observatoire/";

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String labelKey() {
        return "nav.observatory";
    }

    @Override
    public int order() {
        return 37;
    }
}
