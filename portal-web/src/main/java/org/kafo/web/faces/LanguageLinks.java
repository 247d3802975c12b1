package org.kafo.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The language switch's links: the page being read, with its query (the record it shows, the filters of a list), and
 * {@code lang=}; {@link LanguageSwitch} keeps the choice and comes back to the same address. After a post, the page's
 * query is what its view parameters hold (the form's address has none).
 */
@Named
@RequestScoped
public class LanguageLinks {

    private String query;

    /** {@code /kafo/annuaire/fiche.xhtml?id=…&lang=en}; on an error page, the address that led there. */
    public String href(String lang) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String rest = query();
        return (failed instanceof String uri ? uri : request.getRequestURI()) + "?" + (rest.isEmpty() ? "" : rest + "&") + "lang=" + lang;
    }

    private String query() {
        if (query == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            query = "GET".equals(request.getMethod()) ? Language.withoutLang(request.getQueryString()) : viewParameters(faces);
        }
        return query;
    }

    private static String viewParameters(FacesContext faces) {
        StringJoiner query = new StringJoiner("&");
        if (faces.getViewRoot() != null) {
            for (UIViewParameter parameter : ViewMetadata.getViewParameters(faces.getViewRoot())) {
                String value = parameter.getStringValue(faces);
                if (value != null && !value.isEmpty()) {
                    query.add(URLEncoder.encode(parameter.getName(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        }
        return query.toString();
    }
}
