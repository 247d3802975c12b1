package org.kafo.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.domain.tenancy.Caller;

/**
 * Keeps a signed-in browser session true to Keycloak. Keycloak vouches for the caller again (the session's tokens are
 * refreshed) a little before the access token expires and at the latest {@code KAFO_SESSION_CHECK_SECONDS} (60 s by
 * default) after it last did; when an account is changed through the portal (disabled, enabled, its role changed), that
 * person's sessions on this instance are checked at their next request. When Keycloak refuses the refresh (account
 * disabled or deleted, signed out elsewhere, password changed) or the association is suspended, the whole HTTP session
 * ends: its views, its push channels, everything kept in it. Asked by the door at each page request and by the live
 * push for the sessions of open pages.
 */
@ApplicationScoped
public class SessionChecks {

    private static final Logger LOG = Logger.getLogger(SessionChecks.class.getName());

    /** What a check found. */
    public enum State {
        /** Nobody is signed in in this session (or there is no session). */
        NONE,
        /** Signed in, and Keycloak vouched for the caller recently enough. */
        SIGNED_IN,
        /** Keycloak refused to vouch for the caller any longer: the session was ended. */
        ENDED,
        /** The caller's association is suspended: the session was ended. */
        SUSPENDED
    }

    /** What a check found, and the caller Keycloak vouches for when signed in ({@code null} otherwise). */
    public record Outcome(State state, Caller caller) {
        static final Outcome NONE = new Outcome(State.NONE, null);
    }

    @Inject
    OidcFlow flow;

    @Inject
    TenantGate gate;

    @Inject
    @ConfigProperty(name = "kafo.session.check-seconds", defaultValue = "60")
    int checkSeconds;

    /** Accounts changed through the portal on this instance, and when: their sessions check again at once. */
    private final Map<String, Instant> changed = new ConcurrentHashMap<>();

    /** When a session whose access token expires at {@code expiry} must be checked again. */
    Instant nextCheck(Instant expiry, Instant now) {
        Instant beforeExpiry = expiry.minusSeconds(10);
        Instant cadence = now.plusSeconds(checkSeconds);
        return beforeExpiry.isBefore(cadence) ? beforeExpiry : cadence;
    }

    /** The longest a session goes without Keycloak vouching for its caller. */
    public Duration cadence() {
        return Duration.ofSeconds(checkSeconds);
    }

    /** The account {@code userId} was just changed through the portal: its sessions check again at their next request. */
    public void recheck(String userId) {
        Instant now = Instant.now();
        // after a whole cadence every session has checked again anyway
        changed.values().removeIf(at -> at.isBefore(now.minusSeconds(checkSeconds + 10L)));
        changed.put(userId, now);
    }

    /** Checks the signed-in caller of {@code session} (may be {@code null}), refreshing the session's tokens when due. */
    public Outcome check(HttpSession session) {
        WebSession web;
        try {
            web = session == null ? null : (WebSession) session.getAttribute(WebSession.ATTRIBUTE);
        } catch (IllegalStateException invalidated) {
            return Outcome.NONE;
        }
        if (web == null) {
            return Outcome.NONE;
        }
        Instant now = Instant.now();
        if (due(web, now)) {
            try {
                web = flow.refresh(web);
                session.setAttribute(WebSession.ATTRIBUTE, web);
            } catch (OidcFlow.SignInFailed e) {
                String who = web.caller().username();
                LOG.info(() -> "session of " + who + " ended: Keycloak refused its refresh (" + e.getMessage() + ")");
                end(session);
                return new Outcome(State.ENDED, null);
            } catch (OidcSettings.IdentityProviderUnavailable e) {
                // Keycloak cannot be asked: the session lives on until its access token expires, no longer.
                if (now.isAfter(web.expiresAt())) {
                    LOG.warning("session of " + web.caller().username() + " ended: its token expired while Keycloak was unreachable");
                    end(session);
                    return new Outcome(State.ENDED, null);
                }
            } catch (IllegalStateException invalidated) {
                return Outcome.NONE;
            }
        }
        if (!gate.admits(web.caller())) {
            end(session);
            return new Outcome(State.SUSPENDED, null);
        }
        return new Outcome(State.SIGNED_IN, web.caller());
    }

    /**
     * The caller of {@code session} as last checked, without asking anyone: for the live push, which filters every
     * event for every open page. Empty when the session ended, its association is known to be suspended, or its last
     * check is older than its token (the push's own timer calls {@link #check} to keep it fresh); the anonymous caller
     * when nobody signed in.
     */
    public Optional<Caller> peek(HttpSession session) {
        WebSession web;
        try {
            web = (WebSession) session.getAttribute(WebSession.ATTRIBUTE);
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
        if (web == null) {
            return Optional.of(Caller.anonymous());
        }
        if (Instant.now().isAfter(web.expiresAt()) || gate.knownSuspended(web.caller())) {
            return Optional.empty();
        }
        return Optional.of(web.caller());
    }

    private boolean due(WebSession web, Instant now) {
        if (web.needsRefresh(now)) {
            return true;
        }
        Instant change = changed.get(web.caller().userId());
        return change != null && !change.isBefore(web.checkedAt());
    }

    private static void end(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // another request ended it first
        }
    }
}
