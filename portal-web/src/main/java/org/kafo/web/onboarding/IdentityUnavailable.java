package org.kafo.web.onboarding;

/**
 * Keycloak could not be reached, or refused the portal's service account: nothing was changed by the
 * operation that met it (the callers compensate what they had done). Answered 503 on the API.
 */
public class IdentityUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdentityUnavailable(Throwable cause) {
        super("Le service d'identité (Keycloak) ne répond pas : rien n'a été enregistré. Réessayez dans un instant.", cause);
    }
}
