package org.kafo.web.alert.push;



import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.domain.alert.AlertChanged;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.VisibilityRule;
import org.kafo.web.security.SessionChecks;
import org.kafo.web.security.TenantGate;

/**
 * Pushes alert changes to open pages without a reload: the pages open the Faces websocket channel
 * {@value #CHANNEL} as their HTTP session's {@link Viewer}, and each change goes only to the viewers that may see the
 * alert. Pages then refresh their list through an ordinary request, which applies the visibility rule again.
 *
 * <p>A viewer is its session, not the caller who opened the page: at each event the caller is the one the session
 * holds now, as last checked ({@link SessionChecks#peek}: in memory, no query). A timer checks the sessions of open
 * pages as the door checks a request ({@link SessionChecks#check}: Keycloak vouches again at the sessions' cadence, the
 * association's status is read again every ten seconds at most), so that a page left open is not a way around it; a
 * session Keycloak refuses or of a suspended association is ended, and Faces closes its channels with it. A person
 * may keep {@code KAFO_ALERT_PUSH_MAX_PER_CALLER} live pages open at once; a page beyond that is drawn without the
 * channel and says why.
 */
@ApplicationScoped
@Named
public class AlertPush {

    public static final String CHANNEL = "alertes";
    private static final Logger LOG = Logger.getLogger(AlertPush.class.getName());
    private static final String VIEWER = "kafo.push.viewer";

    @Inject
    @Push(channel = CHANNEL)
    PushContext push;

    @Inject
    SessionChecks sessions;

    @Inject
    @ConfigProperty(name = "kafo.alert.push.max-per-caller", defaultValue = "10")
    int maxPerCaller;

    /** A thread of its own for the checks: the pages' push may be started inside any component's call (an EJB's timer). */
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private ScheduledExecutorService checks;

    /** The open channels, by viewer, and how many of its pages have one open. */
    private final ConcurrentHashMap<Viewer, AtomicInteger> open = new ConcurrentHashMap<>();

    /**
     * The user of the channel of one HTTP session's pages. Equal by an id of its own; the session itself is held only in
     * memory (the channel does not outlive it: Faces closes it when the session ends).
     */
    public static final class Viewer implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id = UUID.randomUUID().toString();
        private final transient HttpSession session;

        Viewer(HttpSession session) {
            this.session = session;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Viewer other && other.id.equals(id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }

    @PostConstruct
    void start() {
        long every = Math.min(sessions.cadence().toSeconds(), TenantGate.TTL.toSeconds());
        checks = Executors.newSingleThreadScheduledExecutor(threads);
        checks.scheduleWithFixedDelay(this::recheck, every, every, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        checks.shutdownNow();
    }

    /** The viewer of this request's session, for {@code <f:websocket user="#{alertPush.viewer}">}. */
    public Viewer getViewer() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
        Viewer viewer = (Viewer) session.getAttribute(VIEWER);
        if (viewer == null || viewer.session != session) {
            viewer = new Viewer(session);
            session.setAttribute(VIEWER, viewer);
        }
        return viewer;
    }

    /** Whether this request's person may open one more live page (else the page is drawn without its channel). */
    public boolean isAdmitted() {
        Viewer viewer = getViewer();
        Caller caller = sessions.peek(viewer.session).orElse(Caller.anonymous());
        // a signed-in person's pages in all their sessions on this instance; a visitor's in this session
        int pages = open.entrySet().stream()
                .filter(e -> caller.signedIn()
                        ? sessions.peek(e.getKey().session).map(c -> caller.userId().equals(c.userId())).orElse(false)
                        : e.getKey().equals(viewer))
                .mapToInt(e -> e.getValue().get()).sum();
        return pages < maxPerCaller;
    }

    public int getMaxPerCaller() {
        return maxPerCaller;
    }

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent event) {
        if (CHANNEL.equals(event.getChannel()) && event.getUser() instanceof Viewer viewer && viewer.session != null) {
            open.computeIfAbsent(viewer, v -> new AtomicInteger()).incrementAndGet();
        }
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent event) {
        if (CHANNEL.equals(event.getChannel()) && event.getUser() instanceof Viewer viewer) {
            open.computeIfPresent(viewer, (v, n) -> n.decrementAndGet() <= 0 ? null : n);
        }
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChanged change) {
        deliver(change);
    }

    /** Pushes a committed change (of this instance, or relayed from another by {@link AlertRelay}). */
    void deliver(AlertChanged change) {
        Set<Viewer> allowed = open.keySet().stream()
                .filter(v -> sessions.peek(v.session).map(c -> VisibilityRule.canSee(c, change)).orElse(false))
                .collect(Collectors.toSet());
        if (!allowed.isEmpty()) {
            push.send(AlertNotice.event(change).build().toString(), allowed);
        }
    }

    /** The timer's check of the sessions of open pages: one check per session, as the door does at a request. */
    void recheck() {
        for (Viewer viewer : open.keySet()) {
            try {
                SessionChecks.State state = sessions.check(viewer.session).state();
                if (state == SessionChecks.State.ENDED || state == SessionChecks.State.SUSPENDED) {
                    // the session is gone, and Faces closes its channels with it
                    open.remove(viewer);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "live page check failed; the next one comes all the same", e);
            }
        }
    }
}
