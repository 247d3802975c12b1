package org.kafo.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.kafo.domain.tenancy.Caller;

/**
 * Makes the caller of the current request injectable: {@code @Inject Caller caller}. A record cannot be
 * proxied, so the produced value is dependent: inject it into request-scoped beans (resources, views),
 * and pass it to application services as an argument.
 */
@ApplicationScoped
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;

    @Produces
    @Dependent
    Caller caller() {
        return securityContext.getCallerPrincipal() instanceof KafoPrincipal principal
                ? principal.caller()
                : Caller.anonymous();
    }
}
