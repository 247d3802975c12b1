package org.kafo.web.security;

import jakarta.security.enterprise.CallerPrincipal;
import java.time.Instant;
import java.util.Optional;
import org.kafo.domain.tenancy.Caller;

/**
 * The container's principal, carrying the {@link Caller} read from the token and, on the API, when that bearer token
 * expires (what is opened with it, an event stream, must not outlive it).
 */
public class KafoPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final Caller caller;
    private final Instant expiresAt;

    public KafoPrincipal(Caller caller, Instant expiresAt) {
        super(caller.username());
        this.caller = caller;
        this.expiresAt = expiresAt;
    }

    public Caller caller() {
        return caller;
    }

    /** When the bearer token of the request expires; empty for a browser session (checked by {@link SessionChecks}). */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }
}
