package org.kafo.web.identity;

import java.util.Locale;
import org.kafo.domain.shared.Message;
import org.kafo.web.problem.Problem;
import org.kafo.web.problem.ProblemCause;

/**
 * Keycloak could not be reached, or refused the portal's service account: nothing was changed by the
 * operation that met it (the callers compensate what they had done). Answered 503 on the API.
 */
public class IdentityUnavailable extends RuntimeException implements ProblemCause {

    private static final long serialVersionUID = 1L;

    public IdentityUnavailable(Throwable cause) {
        super(Message.of("problem.identityUnavailable").french(), cause);
    }

    @Override
    public Problem problem(Locale language) {
        return Problem.said(503, "identity-unavailable", "problem.title.identityUnavailable", Message.of("problem.identityUnavailable"), language);
    }
}
