package org.kafo.web.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kafo.domain.alert.AlertChanged;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.VisibilityRule;

/**
 * The server-sent-event stream of alert changes for API clients. Each subscriber gets only the changes
 * of alerts the visibility rule lets it see, after commit, as {@code event: alert} with a small JSON
 * summary (never personal data).
 */
@ApplicationScoped
public class AlertStream {

    private static final Logger LOG = Logger.getLogger(AlertStream.class.getName());

    private final ConcurrentHashMap<SseEventSink, Subscriber> subscribers = new ConcurrentHashMap<>();

    private record Subscriber(Caller caller, Sse sse) {
    }

    void subscribe(SseEventSink sink, Sse sse, Caller caller) {
        subscribers.put(sink, new Subscriber(caller, sse));
        // A comment line at once, so that clients and proxies know the stream is open.
        sink.send(sse.newEventBuilder().comment("Kafo : flux des alertes ouvert").build());
    }

    public int size() {
        return subscribers.size();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChanged change) {
        deliver(change);
    }

    /** Sends a committed change (of this instance, or relayed from another by {@link AlertRelay}). */
    void deliver(AlertChanged change) {
        String json = json(change).build().toString();
        subscribers.forEach((sink, subscriber) -> {
            if (sink.isClosed()) {
                subscribers.remove(sink);
            } else if (VisibilityRule.canSee(subscriber.caller(), change)) {
                send(sink, subscriber, change, json);
            }
        });
    }

    /** One subscriber's failure (a client gone away) never keeps the others from their event. */
    private void send(SseEventSink sink, Subscriber subscriber, AlertChanged change, String json) {
        try {
            OutboundSseEvent event = subscriber.sse().newEventBuilder().name("alert")
                    .id(change.alertId() + ":" + change.at().toEpochMilli()).data(json).build();
            sink.send(event).whenComplete((ok, failure) -> {
                if (failure != null) {
                    forget(sink, failure);
                }
            });
        } catch (RuntimeException e) {
            forget(sink, e);
        }
    }

    private void forget(SseEventSink sink, Throwable why) {
        LOG.log(Level.FINE, "SSE subscriber gone", why);
        subscribers.remove(sink);
        try {
            sink.close();
        } catch (RuntimeException ignored) {
            // already closed by the client
        }
    }

    static JsonObjectBuilder json(AlertChanged c) {
        return Json.createObjectBuilder()
                .add("id", c.alertId().toString())
                .add("change", c.change().name())
                .add("status", c.status().name())
                .add("headline", c.headline())
                .add("arrivalPoint", c.arrivalPoint())
                .add("arrivalPointName", c.arrivalPointName())
                .add("expectedArrival", c.expectedArrival().toString())
                .add("revision", c.revision())
                .add("escalated", c.escalated())
                .add("at", c.at().toString());
    }
}
