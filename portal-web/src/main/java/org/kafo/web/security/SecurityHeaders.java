package org.kafo.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The browser's protections, on every response, set before anything is written:
 * <ul>
 * <li>{@code Content-Security-Policy}: scripts only from the portal itself and those its pages write with this request's
 * nonce ({@link #nonce}; Faces' own inline scripts get it from {@code org.kafo.web.faces.ScriptNonces}): no inline event
 * handler, no {@code eval}, no script of another site; styles, images, fonts and connections from the portal only; forms
 * post to the portal, or to Keycloak (sign-in); never framed. The API's answers are data: {@code default-src 'none'}.</li>
 * <li>{@code Strict-Transport-Security} when the public address is https ({@code KAFO_PORTAL_URL}): a browser that came
 * once never speaks plain http to it again.</li>
 * <li>{@code Referrer-Policy: same-origin} (an alert's address never leaves for another site),
 * {@code Permissions-Policy} (no camera, microphone, location, payment…), {@code X-Content-Type-Options: nosniff},
 * {@code X-Frame-Options: DENY} for browsers before CSP's {@code frame-ancestors}.</li>
 * </ul>
 *
 * <p>Mapped first in {@code web.xml}, so that it runs before any other filter.
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The request attribute that holds this request's script nonce. */
    public static final String NONCE = "kafo.csp.nonce";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), "
            + "midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), interest-cohort=()";
    static final String HSTS = "max-age=31536000";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    OidcSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("X-Frame-Options", "DENY");
        if (settings.portalUrl().map(u -> u.startsWith("https://")).orElse(false)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (RequestPath.isApi(request)) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        } else {
            response.setHeader("Content-Security-Policy", pagePolicy(nonce(request), identityProviderOrigin()));
        }
        chain.doFilter(request, response);
    }

    /** The page policy: scripts of the portal and of this nonce; forms to the portal and to the identity provider. */
    static String pagePolicy(String nonce, String identityProvider) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'" + (identityProvider == null ? "" : " " + identityProvider) + "; frame-ancestors 'none'";
    }

    /** This request's nonce, made on first use (16 random bytes, as CSP asks). */
    public static String nonce(ServletRequest request) {
        Object nonce = request.getAttribute(NONCE);
        if (nonce == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(NONCE, nonce);
        }
        return (String) nonce;
    }

    /** Where the sign-in form posts (Keycloak's origin, from the issuer), or nothing when it cannot be read. */
    private String identityProviderOrigin() {
        try {
            URI issuer = URI.create(settings.issuer());
            return issuer.getScheme() + "://" + issuer.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
