package org.kafo.web.security;

import java.io.Serializable;
import java.time.Instant;
import org.kafo.domain.tenancy.Caller;

/**
 * A signed-in browser session: who, and the tokens needed to keep the session fresh and to end it at
 * Keycloak. Kept in the HTTP session, so it must stay serializable (sessions may move between instances).
 */
record WebSession(Caller caller, String idToken, String refreshToken, Instant refreshAt) implements Serializable {

    static final String ATTRIBUTE = "kafo.session";

    boolean needsRefresh(Instant now) {
        return now.isAfter(refreshAt);
    }
}
