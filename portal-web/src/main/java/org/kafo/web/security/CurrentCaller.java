package org.kafo.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import org.kafo.domain.tenancy.Caller;

/**
 * The caller of the request being served, and the only way to get one: {@code @Inject CurrentCaller caller}, then
 * {@code caller.get()} where it is needed. The bean is request-scoped, so what a longer-lived bean (a view, kept for
 * as long as its page is open) injects is a proxy that finds the bean of each request: an action posted from a page
 * built before an account was disabled, a role removed or an association suspended runs as the caller the door let
 * in for <em>this</em> request ({@link KafoAuthenticationMechanism}), never as the one who built the page.
 *
 * <p>No {@link Caller} is produced for injection: a bean cannot keep one by mistake. {@code CallerIsReadPerRequestTest}
 * checks that no bean keeps one in a field either.
 *
 * <p>An error page (not found, refused, internal error) is shown by the container's error dispatch, where the request
 * does not always carry the door's principal (a path no page answers): there, a page's caller is the one its session
 * holds, checked as the door checks it ({@link SessionChecks}), so the header still knows a signed-in person.
 * Never for the API, which a session does not authenticate.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    @Inject
    SessionChecks checks;

    private Caller caller;

    /** Who this request is from; {@link Caller#anonymous()} when nobody is signed in. */
    public Caller get() {
        Caller c = caller;
        if (c == null) {
            caller = c = securityContext.getCallerPrincipal() instanceof KafoPrincipal principal
                    ? principal.caller()
                    : errorPageOfASession();
        }
        return c;
    }

    private Caller errorPageOfASession() {
        // the container sets this attribute for its error dispatch only (the request CDI gives is the original one,
        // whose dispatcher type stays REQUEST)
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failed == null || RequestPath.mayBeApi(failed.toString().substring(
                Math.min(request.getContextPath().length(), failed.toString().length())))) {
            return Caller.anonymous();
        }
        SessionChecks.Outcome session = checks.check(request.getSession(false));
        return session.state() == SessionChecks.State.SIGNED_IN ? session.caller() : Caller.anonymous();
    }

    /** When the credentials of this request expire: the bearer token's expiry on the API, empty for a browser session. */
    public Optional<Instant> validUntil() {
        return securityContext.getCallerPrincipal() instanceof KafoPrincipal principal ? principal.expiresAt() : Optional.empty();
    }
}
