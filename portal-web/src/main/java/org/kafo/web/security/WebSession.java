package org.kafo.web.security;

import java.io.Serializable;
import java.time.Instant;
import org.kafo.domain.tenancy.Caller;

/**
 * A signed-in browser session: who, and the tokens needed to keep the session fresh and to end it at
 * Keycloak. Kept in the HTTP session, so it must stay serializable (sessions may move between instances).
 *
 * @param checkedAt when Keycloak last vouched for the caller (sign-in or refresh)
 * @param refreshAt when to ask Keycloak again ({@link SessionChecks}): a little before the access token expires, and
 *                  never later than {@code KAFO_SESSION_CHECK_SECONDS} after {@code checkedAt}
 * @param expiresAt when the access token behind the session expires: while Keycloak cannot be reached, the session
 *                  lives on until then and no longer
 */
record WebSession(Caller caller, String idToken, String refreshToken, Instant checkedAt, Instant refreshAt, Instant expiresAt)
        implements Serializable {

    static final String ATTRIBUTE = "kafo.session";

    boolean needsRefresh(Instant now) {
        return now.isAfter(refreshAt);
    }
}
