package org.kafo.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.kafo.web.security.OidcSettings;

/** "Mon profil" ({@code /compte/profil.xhtml}): who one is (see {@link CurrentUser}) and where to change one's password. */
@Named
@RequestScoped
public class ProfilePage {

    static final String PATH = "/compte/profil.xhtml";

    @Inject
    OidcSettings settings;

    /** Keycloak's account page for the password, coming back to this profile page. */
    public String getPasswordLink() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String portal = settings.portalUrl().orElseGet(() -> {
            String url = request.getRequestURL().toString();
            return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
        });
        return settings.passwordPage(portal + PATH).toString();
    }
}
