package org.kafo.web.alert.push;



import static org.kafo.domain.shared.JsonApi.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.kafo.web.identity.IdentityDirectory;
import org.kafo.web.identity.IdentityUnavailable;
import org.kafo.web.security.SessionChecks;
import org.kafo.web.security.TenantGate;

/**
 * The server-sent-event stream of alert changes for API clients. Each subscriber gets only the changes
 * of alerts the visibility rule lets it see, after commit, as {@code event: alert} with a small JSON
 * summary (never personal data).
 *
 * <p>A stream is no longer than the right behind it. It is checked against the subscriber's caller as last checked,
 * in memory, at each event: never after the bearer token it was opened with expires (it is closed then), never to a
 * subscriber of an association this instance knows to be suspended. A timer asks Keycloak again for each signed-in
 * subscriber's account at the cadence of the browser sessions ({@code KAFO_SESSION_CHECK_SECONDS}, one lookup per
 * person whatever the number of their streams) and the database for their association's status (every ten seconds at
 * most): a disabled or deleted account or a suspended association has its streams closed; a role or an association
 * changed applies to the next events. Each stream that ends gets a last {@code event: closed} saying why. A caller may
 * keep {@code KAFO_ALERT_STREAM_MAX_PER_CALLER} streams open at once (an anonymous one: per address); one more is
 * refused with 429.
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

    /** An open stream: whose it is, who they are as last checked, until when its token lets it live, its lane. */
    private static final class Subscriber {
        final String key;
        final long expiresAtMillis;
        final Sse sse;
        final int lane;
        volatile Caller caller;
        volatile long checkedAtNanos;

        Subscriber(String key, Caller caller, Instant expiresAt, Sse sse, int lane) {
            this.key = key;
            this.caller = caller;
            this.expiresAtMillis = expiresAt == null ? Long.MAX_VALUE : expiresAt.toEpochMilli();
            this.sse = sse;
            this.lane = lane;
            this.checkedAtNanos = System.nanoTime();
        }
    }

    /** Why a stream ends, as its last event says. */
    enum Ending {
        TOKEN_EXPIRED("token-expired", "Le jeton d'accès de ce flux a expiré : rouvrez le flux avec un nouveau jeton."),
        ACCOUNT_DISABLED("account-disabled", "Ce compte est désactivé ou n'existe plus : le flux est fermé."),
        ASSOCIATION_SUSPENDED("association-suspended", "L'association de ce compte est suspendue du réseau : le flux est fermé.");

        final String code;
        final String detail;

        Ending(String code, String detail) {
            this.code = code;
            this.detail = detail;
        }
    }

    /** How many streams one caller (an anonymous one: one address) may keep open at once. */
    @Inject
    @ConfigProperty(name = "kafo.alert.stream.max-per-caller", defaultValue = "5")
    int maxPerCaller;

    @Inject
    SessionChecks sessions;

    @Inject
    IdentityDirectory identity;

    @Inject
    TenantGate gate;

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
        long every = Math.min(sessions.cadence().toSeconds(), TenantGate.TTL.toSeconds());
        heartbeat.scheduleWithFixedDelay(this::recheck, every, every, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        lanes.forEach(ExecutorService::shutdownNow);
    }

    /**
     * Opens a stream for {@code caller}, whose request's credentials are valid until {@code expiresAt} (a bearer token's
     * expiry; empty for none); {@code address} tells anonymous callers apart. Refused when the caller already has
     * {@link #maxPerCaller} streams open.
     */
    public void subscribe(SseEventSink sink, Sse sse, Caller caller, Optional<Instant> expiresAt, String address) {
        String key = caller.signedIn() ? caller.userId() : "anonyme " + address;
        synchronized (subscribers) {
            long open = subscribers.entrySet().stream().filter(e -> !e.getKey().isClosed() && e.getValue().key.equals(key)).count();
            if (open >= maxPerCaller) {
                throw new TooManyStreams(maxPerCaller, heartbeatSeconds);
            }
            // A comment line at once, so that clients and proxies know the stream is open.
            sink.send(sse.newEventBuilder().comment("Kafo : flux des alertes ouvert").build());
            subscribers.put(sink, new Subscriber(key, caller, expiresAt.orElse(null), sse, Math.floorMod(joined.getAndIncrement(), LANES)));
        }
        expiresAt.ifPresent(at -> {
            try {
                heartbeat.schedule(() -> end(sink, Ending.TOKEN_EXPIRED), Math.max(0, Duration.between(Instant.now(), at).toMillis()),
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                LOG.log(Level.FINE, "alert stream stopped", e);
            }
        });
    }

    /** Whether this subscriber may be told of {@code change} now: in memory, no query. */
    private boolean mayReceive(Subscriber subscriber, AlertChanged change, long nowMillis) {
        Caller caller = subscriber.caller;
        return nowMillis < subscriber.expiresAtMillis && !gate.knownSuspended(caller) && VisibilityRule.canSee(caller, change);
    }

    /**
     * The timer's check of every open stream: the account of each signed-in subscriber whose last check is older than
     * the sessions' cadence, asked of Keycloak once per person, and the status of each association.
     */
    void recheck() {
        try {
            long now = System.nanoTime();
            long cadence = sessions.cadence().toNanos();
            Map<String, Optional<Caller>> accounts = new HashMap<>();
            for (var entry : subscribers.entrySet()) {
                Subscriber subscriber = entry.getValue();
                if (subscriber.caller.signedIn() && now - subscriber.checkedAtNanos >= cadence) {
                    if (!accounts.containsKey(subscriber.key)) {
                        accounts.put(subscriber.key, accountNow(subscriber.key));
                    }
                    Optional<Caller> account = accounts.get(subscriber.key);
                    if (account == null) {
                        // Keycloak cannot be asked: the stream lives on until its token expires, no longer.
                        continue;
                    }
                    if (account.isEmpty()) {
                        end(entry.getKey(), Ending.ACCOUNT_DISABLED);
                        continue;
                    }
                    subscriber.caller = account.get();
                    subscriber.checkedAtNanos = now;
                }
                if (!gate.admits(subscriber.caller)) {
                    end(entry.getKey(), Ending.ASSOCIATION_SUSPENDED);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "alert stream check failed; the next one comes all the same", e);
        }
    }

    /** The account now, empty when disabled or gone; {@code null} when Keycloak cannot say. */
    private Optional<Caller> accountNow(String userId) {
        try {
            return identity.callerNow(userId);
        } catch (IdentityUnavailable e) {
            LOG.warning("alert stream: Keycloak could not be asked about an account; its streams live until their tokens expire");
            return null;
        }
    }

    /** Tells the subscriber why its stream ends, on its own lane (after the events before), then closes it. */
    private void end(SseEventSink sink, Ending why) {
        Subscriber subscriber = subscribers.remove(sink);
        if (subscriber == null) {
            return;
        }
        OutboundSseEvent last = subscriber.sse.newEventBuilder().name("closed").mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, JSON.createObjectBuilder().add("reason", why.code).add("detail", why.detail).build().toString())
                .build();
        try {
            lanes.get(subscriber.lane).execute(() -> {
                try {
                    sink.send(last).whenComplete((ok, failure) -> close(sink));
                } catch (RuntimeException e) {
                    close(sink);
                }
            });
        } catch (RejectedExecutionException e) {
            close(sink);
        }
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
        byte[] data = AlertNotice.event(change).build().toString().getBytes(StandardCharsets.UTF_8);
        long now = System.currentTimeMillis();
        broadcast(subscriber -> mayReceive(subscriber, change, now), sse -> sse.newEventBuilder()
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
                recipients.get(subscriber.lane).add(sink);
                sse = subscriber.sse;
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
        close(sink);
    }

    private static void close(SseEventSink sink) {
        try {
            sink.close();
        } catch (RuntimeException ignored) {
            // already closed by the client
        }
    }
}
