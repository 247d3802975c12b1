package org.kafo.web.observatory;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.kafo.domain.alert.AlertChanged;
import org.kafo.domain.observatory.FigureFilter;
import org.kafo.domain.observatory.Figures;
import org.kafo.domain.observatory.Period;
import org.kafo.domain.tenancy.VisibilityRule;
import org.kafo.web.notices.DatabaseNotice;

/**
 * The figures as computed for one audience of the visibility rule (every member of an association asks the same year
 * again and again), kept until the next committed alert change (of this instance after commit, of another when its
 * notice arrives) and never longer than {@link #MAX_AGE} (meetings and their commitments change without an alert
 * notice; "overdue" moves with the day). Whether the caller may have them is asked on every request, before this.
 * A computation that overlaps a change is not kept (each carries the generation it began in).
 */
@ApplicationScoped
public class FiguresCache {

    static final Duration MAX_AGE = Duration.ofSeconds(60);
    /** Enough for every association's usual questions; beyond, the cache starts again empty. */
    static final int MAX_ENTRIES = 500;

    /** {@code scope} by name; the audience says whose eyes (for public figures, always the network reader's). */
    private record Key(String scope, VisibilityRule.Audience audience, Period period, FigureFilter filter) {
    }

    private record Kept(long generation, long computedAt, Figures figures) {
    }

    private final ConcurrentHashMap<Key, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** The figures kept for this question, or those {@code compute} gives, kept. */
    Figures figures(String scope, VisibilityRule.Audience audience, Period period, FigureFilter filter, Supplier<Figures> compute) {
        Key key = new Key(scope, audience, period, filter);
        long current = generation.get();
        long now = System.nanoTime();
        Kept k = kept.get(key);
        if (k != null && k.generation() == current && now - k.computedAt() < MAX_AGE.toNanos()) {
            return k.figures();
        }
        Figures figures = compute.get();
        if (kept.size() >= MAX_ENTRIES) {
            kept.clear();
        }
        if (generation.get() == current) {
            kept.put(key, new Kept(current, now, figures));
        }
        return figures;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION) AlertChanged change) {
        invalidate();
    }

    /** An alert change announced through PostgreSQL (another instance's, or this one's again): what was kept may be stale. */
    void onNotice(@Observes DatabaseNotice notice) {
        if ("kafo_alert".equals(notice.channel())) {
            invalidate();
        }
    }

    /** Everything kept is stale: an alert changed. */
    public void invalidate() {
        generation.incrementAndGet();
        kept.clear();
    }
}
