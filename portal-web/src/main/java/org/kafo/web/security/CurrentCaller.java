package org.kafo.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
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
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;

    private Caller caller;

    /** Who this request is from; {@link Caller#anonymous()} when nobody is signed in. */
    public Caller get() {
        Caller c = caller;
        if (c == null) {
            caller = c = securityContext.getCallerPrincipal() instanceof KafoPrincipal principal
                    ? principal.caller()
                    : Caller.anonymous();
        }
        return c;
    }

    /** When the credentials of this request expire: the bearer token's expiry on the API, empty for a browser session. */
    public Optional<Instant> validUntil() {
        return securityContext.getCallerPrincipal() instanceof KafoPrincipal principal ? principal.expiresAt() : Optional.empty();
    }
}
