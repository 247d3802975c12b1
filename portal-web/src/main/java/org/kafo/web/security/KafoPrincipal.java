package org.kafo.web.security;

import jakarta.security.enterprise.CallerPrincipal;
import org.kafo.domain.tenancy.Caller;

/** The container's principal, carrying the {@link Caller} read from the token. */
public class KafoPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final Caller caller;

    public KafoPrincipal(Caller caller) {
        super(caller.username());
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }
}
