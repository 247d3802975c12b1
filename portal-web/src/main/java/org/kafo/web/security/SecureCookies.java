package org.kafo.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is {@code HttpOnly} and {@code SameSite=Lax} (web.xml) everywhere, and {@code Secure} as soon as
 * the portal's public address ({@code KAFO_PORTAL_URL}) is https: behind a TLS proxy the portal itself speaks plain
 * http, and the cookie must still never leave the browser over plain http.
 */
@WebListener
public class SecureCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean https = ConfigProvider.getConfig().getOptionalValue("kafo.portal.url", String.class)
                .map(u -> u.trim().startsWith("https://")).orElse(false);
        if (https) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
