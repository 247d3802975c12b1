package org.kafo.web.security;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.web.faces.Language;
import org.kafo.web.problem.Problem;

/**
 * The one door in. On {@code /api/*}, a bearer access token (and only that: a session cookie does not
 * authenticate API calls, so no cross-site request can act for a signed-in browser). On the pages, a
 * session opened by the OpenID Connect code flow at {@code /login}, completed at
 * {@code /oidc/callback}, ended at {@code /logout}.
 */
@ApplicationScoped
public class KafoAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(KafoAuthenticationMechanism.class.getName());

    static final String LOGIN = "/login";
    static final String CALLBACK = "/oidc/callback";
    static final String LOGOUT = "/logout";
    /** Where the members of a suspended association are sent (onboarding, issue 3). */
    static final String SUSPENDED = "/erreur/suspendue.xhtml";
    /** Where a browser whose session Keycloak would no longer vouch for is sent. */
    static final String ENDED = "/erreur/session-terminee.xhtml";

    @Inject
    AccessTokens accessTokens;

    @Inject
    OidcFlow flow;

    @Inject
    OidcSettings settings;

    @Inject
    TenantGate gate;

    @Inject
    SessionChecks checks;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // the routed path, not the raw URI: /./api/…, //api/… or /api;x/… are API calls too (RequestPath)
        String path = RequestPath.of(request);
        try {
            if (RequestPath.isApi(request)) {
                return api(request, response, context);
            }
            return switch (path) {
                case LOGIN -> startSignIn(request, response, context, request.getParameter("returnTo"));
                case CALLBACK -> completeSignIn(request, response, context);
                case LOGOUT -> signOut(request, response, context);
                default -> page(request, response, context);
            };
        } catch (IOException e) {
            LOG.log(Level.WARNING, "authentication I/O failed", e);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            // Anonymous: public resources answer, protected ones say 401 (see ApiAuthorization).
            return context.doNothing();
        }
        try {
            JWTClaimsSet claims = accessTokens.verify(authorization.substring(7).trim());
            Caller caller = TokenClaims.toCaller(claims);
            if (!gate.admits(caller)) {
                Problem.forbidden(TenantGate.message(caller)).writeTo(response, request.getRequestURI());
                return AuthenticationStatus.SEND_FAILURE;
            }
            return login(context, caller, claims.getExpirationTime().toInstant());
        } catch (OidcFlow.SignInFailed | OidcSettings.IdentityProviderUnavailable e) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            Problem.unauthorized("Jeton d'accès invalide ou expiré.").writeTo(response, request.getRequestURI());
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus page(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws IOException {
        SessionChecks.Outcome session = checks.check(request.getSession(false));
        switch (session.state()) {
            case SIGNED_IN:
                return login(context, session.caller(), null);
            case SUSPENDED:
                return sendTo(request, response, SUSPENDED);
            case ENDED:
                // The whole session is gone (its views with it): say why rather than run the request anonymously.
                return sendTo(request, response, ENDED);
            default:
                if (context.isProtected()) {
                    return startSignIn(request, response, context, pathAndQuery(request));
                }
                return context.doNothing();
        }
    }

    /**
     * Sends the browser to one of the portal's explanation pages; a Faces Ajax request (a live refresh, a button of a
     * page) is told in the partial response Faces' script understands, as a plain redirect would be lost in it.
     */
    private AuthenticationStatus sendTo(HttpServletRequest request, HttpServletResponse response, String page) throws IOException {
        String target = base(request) + page;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(target);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus startSignIn(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context, String returnTo) throws IOException {
        try {
            OidcFlow.AuthorizationStart start = flow.start(callback(request), safeReturn(returnTo),
                    Language.chosen(request).orElse(null));
            request.getSession(true).setAttribute(OidcFlow.Pending.ATTRIBUTE, start.pending());
            return context.redirect(start.location().toString());
        } catch (OidcSettings.IdentityProviderUnavailable e) {
            LOG.log(Level.WARNING, e.getMessage(), e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus completeSignIn(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws IOException {
        HttpSession session = request.getSession(false);
        OidcFlow.Pending pending = session == null ? null : (OidcFlow.Pending) session.getAttribute(OidcFlow.Pending.ATTRIBUTE);
        if (pending == null) {
            // A stale or replayed callback: start again rather than show an error.
            response.sendRedirect(base(request) + "/");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        try {
            WebSession web = flow.complete(URI.create(fullUrl(request)), callback(request), pending);
            request.changeSessionId();
            session.removeAttribute(OidcFlow.Pending.ATTRIBUTE);
            if (!gate.admits(web.caller())) {
                response.sendRedirect(base(request) + SUSPENDED);
                return AuthenticationStatus.SEND_CONTINUE;
            }
            session.setAttribute(WebSession.ATTRIBUTE, web);
            response.sendRedirect(base(request) + pending.returnTo());
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (OidcFlow.SignInFailed | OidcSettings.IdentityProviderUnavailable e) {
            LOG.log(Level.WARNING, "sign-in failed: " + e.getMessage(), e);
            session.removeAttribute(OidcFlow.Pending.ATTRIBUTE);
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, e.getMessage());
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus signOut(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) throws IOException {
        HttpSession session = request.getSession(false);
        WebSession web = session == null ? null : (WebSession) session.getAttribute(WebSession.ATTRIBUTE);
        if (session != null) {
            session.invalidate();
        }
        URI home = URI.create(base(request) + "/");
        String target = home.toString();
        if (web != null) {
            try {
                target = flow.logout(web, home).toString();
            } catch (OidcSettings.IdentityProviderUnavailable e) {
                LOG.warning("signed out locally only: " + e.getMessage());
            }
        }
        response.sendRedirect(target);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus login(HttpMessageContext context, Caller caller, Instant expiresAt) {
        Set<String> groups = caller.roles().stream().map(Role::claimValue).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(new KafoPrincipal(caller, expiresAt), groups);
    }

    private URI callback(HttpServletRequest request) {
        return URI.create(base(request) + CALLBACK);
    }

    /** The portal's public base URL: the configured one, else as the request reached us. */
    private String base(HttpServletRequest request) {
        return settings.portalUrl().orElseGet(() -> {
            String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                    || (request.getScheme().equals("https") && request.getServerPort() == 443) ? "" : ":" + request.getServerPort();
            return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath();
        });
    }

    private String fullUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return base(request) + CALLBACK + (query == null ? "" : "?" + query);
    }

    private static String pathAndQuery(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /** Only a path on this site: never an absolute or protocol-relative URL (no open redirect). */
    static String safeReturn(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.startsWith(LOGIN) || returnTo.startsWith(CALLBACK)) {
            return "/";
        }
        return returnTo;
    }
}
