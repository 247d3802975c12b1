package org.kafo.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.kafo.web.security.CurrentCaller;

/** The main navigation: the items features contribute, in order, those the caller may use. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    Instance<NavigationItem> contributed;

    @Inject
    CurrentCaller caller;

    private List<NavigationItem> items;

    public List<NavigationItem> getItems() {
        if (items == null) {
            items = contributed.stream().filter(i -> i.visibleTo(caller.get()))
                    .sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        }
        return items;
    }

    public boolean isCurrent(NavigationItem item) {
        String path = currentPath();
        return !item.path().equals("/") && path.startsWith(item.path());
    }

    /** Where to come back after signing in. */
    public String getCurrentPathEncoded() {
        return URLEncoder.encode(currentPath(), StandardCharsets.UTF_8);
    }

    private static String currentPath() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
