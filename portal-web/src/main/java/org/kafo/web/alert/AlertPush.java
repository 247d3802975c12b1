package org.kafo.web.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.kafo.domain.alert.AlertChanged;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.VisibilityRule;

/**
 * Pushes alert changes to open pages without a reload: the pages open the Faces websocket channel
 * {@value #CHANNEL} with their {@link Caller} as the user, and each change goes only to the callers
 * that may see the alert. Pages then refresh their list through an ordinary request, which applies the
 * visibility rule again.
 */
@ApplicationScoped
public class AlertPush {

    public static final String CHANNEL = "alertes";

    @Inject
    @Push(channel = CHANNEL)
    PushContext push;

    /** The callers with at least one open page, and how many. */
    private final ConcurrentHashMap<Caller, AtomicInteger> open = new ConcurrentHashMap<>();

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent event) {
        if (CHANNEL.equals(event.getChannel()) && event.getUser() instanceof Caller caller) {
            open.computeIfAbsent(caller, c -> new AtomicInteger()).incrementAndGet();
        }
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent event) {
        if (CHANNEL.equals(event.getChannel()) && event.getUser() instanceof Caller caller) {
            open.computeIfPresent(caller, (c, n) -> n.decrementAndGet() <= 0 ? null : n);
        }
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChanged change) {
        deliver(change);
    }

    /** Pushes a committed change (of this instance, or relayed from another by {@link AlertRelay}). */
    void deliver(AlertChanged change) {
        Set<Caller> allowed = open.keySet().stream().filter(c -> VisibilityRule.canSee(c, change)).collect(Collectors.toSet());
        if (!allowed.isEmpty()) {
            push.send(AlertStream.json(change).build().toString(), allowed);
        }
    }
}
