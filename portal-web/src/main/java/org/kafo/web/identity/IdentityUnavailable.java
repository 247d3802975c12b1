package org.kafo.web.identity;

import org.kafo.web.problem.Problem;
import org.kafo.web.problem.ProblemCause;

/**
 * Keycloak could not be reached, or refused the portal's service account: nothing was changed by the
 * operation that met it (the callers compensate what they had done). Answered 503 on the API.
 */
public class IdentityUnavailable extends RuntimeException implements ProblemCause {

    private static final long serialVersionUID = 1L;

    public IdentityUnavailable(Throwable cause) {
        super("Le service d'identité (Keycloak) ne répond pas : rien n'a été enregistré. Réessayez dans un instant.", cause);
    }

    @Override
    public Problem problem() {
        return Problem.of(503, "identity-unavailable", "Service d'identité indisponible", getMessage());
    }
}
