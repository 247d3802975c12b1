package org.kafo.web.alert.faces;

import jakarta.enterprise.context.ApplicationScoped;
import org.kafo.web.faces.NavigationItem;

/** "Alertes" in the main navigation, first after the home page: the network's first reason to exist. */
@ApplicationScoped
public class AlertsItem implements NavigationItem {

    @Override
    public String path() {
        return "/alertes/";
    }

    @Override
    public String labelKey() {
        return "nav.alerts";
    }

    @Override
    public int order() {
        return 10;
    }
}
