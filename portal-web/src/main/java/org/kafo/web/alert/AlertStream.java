package org.kafo.web.alert;

import static org.kafo.domain.shared.JsonApi.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import org.kafo.domain.alert.AlertChanged;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.VisibilityRule;

/**
 * The server-sent-event stream of alert changes for API clients. Each subscriber gets only the changes
 * of alerts the visibility rule lets it see, after commit, as {@code event: alert} with a small JSON
 * summary (never personal data).
 *
 * <p>A change is checked against each subscriber's caller in memory and serialised once; the writes then go out on
 * {@link #LANES} sending threads, each subscriber always on the same one (so its events keep their order), rather
 * than one after the other on the thread that committed: with hundreds of subscribers the last one no longer waits
 * for all the others' writes on a single thread.
 */
@ApplicationScoped
public class AlertStream {

    private static final Logger LOG = Logger.getLogger(AlertStream.class.getName());

    /** Sending threads. Four even on two cores: the writes mostly wait for the sockets and the other threads. */
    static final int LANES = Math.max(4, Runtime.getRuntime().availableProcessors());

    private final ConcurrentHashMap<SseEventSink, Subscriber> subscribers = new ConcurrentHashMap<>();
    private final AtomicInteger joined = new AtomicInteger();
    private final List<ExecutorService> lanes = new ArrayList<>();

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private record Subscriber(Caller caller, Sse sse, int lane) {
    }

    /**
     * How often every subscriber gets a comment ({@code KAFO_ALERT_STREAM_HEARTBEAT_SECONDS}): proxies and mobile
     * networks close a connection that stays silent, and a client that went away without closing is only found when
     * a write to it fails; until then each event is written to it for nothing.
     */
    @Inject
    @ConfigProperty(name = "kafo.alert.stream.heartbeat-seconds", defaultValue = "20")
    int heartbeatSeconds;

    private ScheduledExecutorService heartbeat;

    @PostConstruct
    void start() {
        for (int i = 0; i < LANES; i++) {
            lanes.add(Executors.newSingleThreadExecutor(threads));
        }
        heartbeat = Executors.newSingleThreadScheduledExecutor(threads);
        heartbeat.scheduleWithFixedDelay(this::beat, heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        lanes.forEach(ExecutorService::shutdownNow);
    }

    void subscribe(SseEventSink sink, Sse sse, Caller caller) {
        // A comment line at once, so that clients and proxies know the stream is open.
        sink.send(sse.newEventBuilder().comment("Kafo : flux des alertes ouvert").build());
        subscribers.put(sink, new Subscriber(caller, sse, Math.floorMod(joined.getAndIncrement(), LANES)));
    }

    /** Open subscribers of this instance, for the operators' metrics ({@code /metrics}). */
    @Gauge(name = "kafo.alert.stream.subscribers", unit = MetricUnits.NONE, absolute = true,
            description = "Abonnés ouverts au flux des alertes (/api/v1/alerts/stream) sur cette instance")
    public int size() {
        return subscribers.size();
    }

    /** Right after the list's kept pages are dropped, before the mails and the pages' push: the live stream first. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION + 100) AlertChanged change) {
        deliver(change);
    }

    /** Sends a committed change (of this instance, or relayed from another by {@link AlertRelay}). */
    void deliver(AlertChanged change) {
        // Who may see it is decided in memory, for every subscriber. The data as UTF-8 bytes, encoded once: Jersey writes a
        // byte array as it is, where it would encode a string again for every subscriber. The bytes on the wire are the same.
        byte[] data = json(change).build().toString().getBytes(StandardCharsets.UTF_8);
        broadcast(subscriber -> VisibilityRule.canSee(subscriber.caller(), change), sse -> sse.newEventBuilder()
                .name("alert")
                .id(change.alertId() + ":" + change.at().toEpochMilli())
                .mediaType(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .data(byte[].class, data).build());
    }

    /** A comment to every subscriber: an idle connection stays open, and one whose client went away is found and forgotten. */
    void beat() {
        try {
            broadcast(subscriber -> true, sse -> sse.newEventBuilder().comment("toujours là").build());
        } catch (RuntimeException e) {
            // the next beat comes all the same
            LOG.log(Level.WARNING, "alert stream heartbeat failed", e);
        }
    }

    /** Builds the event once, and has each lane write it to those of its subscribers that {@code isFor} accepts. */
    private void broadcast(Predicate<Subscriber> isFor, Function<Sse, OutboundSseEvent> event) {
        List<List<SseEventSink>> recipients = new ArrayList<>(LANES);
        for (int i = 0; i < LANES; i++) {
            recipients.add(new ArrayList<>());
        }
        Sse sse = null;
        for (var entry : subscribers.entrySet()) {
            SseEventSink sink = entry.getKey();
            Subscriber subscriber = entry.getValue();
            if (sink.isClosed()) {
                subscribers.remove(sink);
            } else if (isFor.test(subscriber)) {
                recipients.get(subscriber.lane()).add(sink);
                sse = subscriber.sse();
            }
        }
        if (sse == null) {
            return;
        }
        OutboundSseEvent built = event.apply(sse);
        for (int i = 0; i < LANES; i++) {
            List<SseEventSink> lane = recipients.get(i);
            if (lane.isEmpty()) {
                continue;
            }
            try {
                lanes.get(i).execute(() -> lane.forEach(sink -> send(sink, built)));
            } catch (RejectedExecutionException e) {
                // shutting down
                LOG.log(Level.FINE, "alert stream stopped", e);
            }
        }
    }

    /** One subscriber's failure (a client gone away) never keeps the others from their event. */
    private void send(SseEventSink sink, OutboundSseEvent event) {
        try {
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
        return JSON.createObjectBuilder()
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
