package org.kafo.web.faces;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kafo.domain.tenancy.Caller;
import org.kafo.web.identity.IdentityDirectory;
import org.kafo.web.security.CurrentCaller;

/**
 * The language switch: {@code ?lang=fr}, {@code ?lang=en} or {@code ?lang=es} on any page remembers the choice for a year
 * and comes back to the same page, with the rest of its query (the record it shows, a list's filters), without the
 * parameter. A signed-in person's choice is also kept with their account, so that their e-mails say it too.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageSwitch extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LanguageSwitch.class.getName());

    @Inject
    transient CurrentCaller currentCaller;

    @Inject
    transient IdentityDirectory identity;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    transient ManagedExecutorService executor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Only a GET's query string: reading a POST's parameters here would fix their encoding before Faces does.
        String lang = "GET".equals(request.getMethod()) ? Language.fromQuery(request.getQueryString()) : null;
        if (lang == null) {
            chain.doFilter(request, response);
            return;
        }
        Cookie cookie = new Cookie(Language.COOKIE, lang);
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        Caller caller = currentCaller.get();
        if (caller.signedIn()) {
            remember(caller.userId(), Locale.forLanguageTag(lang));
        }
        String rest = Language.withoutLang(request.getQueryString());
        response.sendRedirect(request.getRequestURI() + (rest.isEmpty() ? "" : "?" + rest));
    }

    /** Off the request: the page comes back at once, and Keycloak being slow or away only costs the e-mails' language. */
    private void remember(String userId, Locale language) {
        try {
            executor.execute(() -> {
                try {
                    identity.rememberLanguage(userId, language);
                } catch (RuntimeException e) {
                    LOG.log(Level.INFO, "the language chosen could not be kept with the account", e);
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "the language chosen could not be kept with the account", e);
        }
    }
}
