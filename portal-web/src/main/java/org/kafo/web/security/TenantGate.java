package org.kafo.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenant.TenantRegistry;

/**
 * Keeps the members of a suspended association out: the door asks it on every request. The status is
 * read from the database and kept {@link #TTL} per association, so that a suspension reaches every
 * instance within seconds without a query per request; the instance that suspends forgets at once.
 */
@ApplicationScoped
public class TenantGate {

    public static final Duration TTL = Duration.ofSeconds(10);

    @Inject
    TenantRegistry tenants;

    private final Map<String, Status> statuses = new ConcurrentHashMap<>();

    private record Status(boolean suspended, long readAt) {
    }

    /** Whether the caller's association lets them in; callers of no association are not concerned. */
    public boolean admits(Caller caller) {
        String alias = caller.tenant();
        if (alias == null) {
            return true;
        }
        long now = System.nanoTime();
        Status status = statuses.get(alias);
        if (status == null || now - status.readAt() > TTL.toNanos()) {
            status = new Status(tenants.find(alias).map(t -> !t.active()).orElse(false), now);
            statuses.put(alias, status);
        }
        return !status.suspended();
    }

    /**
     * Whether the caller's association is suspended as far as this instance last read, without reading again: for the
     * live channels, which filter every event for every subscriber and must not query for it. They read again through
     * {@link #admits} on their own timer.
     */
    public boolean knownSuspended(Caller caller) {
        String alias = caller.tenant();
        Status status = alias == null ? null : statuses.get(alias);
        return status != null && status.suspended();
    }

    /** After a change of status on this instance. */
    public void forget(String alias) {
        statuses.remove(alias);
    }

    static String message(Caller caller) {
        return "Votre association (" + caller.tenant() + ") est suspendue du réseau : "
                + "vous ne pouvez plus vous connecter au portail. Rien de ce qu'elle a publié n'est supprimé ; "
                + "contactez la coordination du réseau.";
    }
}
