package org.kafo.web.alert;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.kafo.domain.alert.AlertChanged;
import org.kafo.domain.alert.AlertFilter;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.VisibilityRule;

/**
 * The pages of the alert list API, as read for one audience of the visibility rule ({@link VisibilityRule#audience}:
 * every member of a reception team asks the same page, again and again, on a slow phone). A page is kept until the
 * next committed alert change (of this instance, after commit; of another, when the relay hears it) and
 * never longer than {@link #MAX_AGE}: the order of the list moves with the clock, and a missed notice heals itself.
 *
 * <p>A page read while a change commits is not kept: each page carries the generation it was read in, and a
 * change starts a new one after its commit.
 */
@ApplicationScoped
public class AlertListCache {

    static final Duration MAX_AGE = Duration.ofSeconds(5);
    /** Enough for every tenant's usual filters and first pages; beyond, the cache starts again empty. */
    static final int MAX_PAGES = 2_000;

    private record Key(VisibilityRule.Audience audience, AlertFilter filter, int first, int max) {
    }

    private record Kept(long generation, long readAt, AlertJson.PageJson page) {
    }

    private final ConcurrentHashMap<Key, Kept> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final LongSupplier nanoClock;

    public AlertListCache() {
        this(System::nanoTime);
    }

    AlertListCache(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /**
     * The page kept for this caller's audience, filter and paging, or the one {@code read} gives, kept. Kept as shown
     * (with the names of the associations and arrival points, themselves kept by {@link AlertNames}).
     */
    public AlertJson.PageJson page(Caller caller, AlertFilter filter, int first, int max, Supplier<AlertJson.PageJson> read) {
        Key key = new Key(VisibilityRule.audience(caller), filter, first, max);
        long current = generation.get();
        long now = nanoClock.getAsLong();
        Kept kept = pages.get(key);
        if (kept != null && kept.generation() == current && now - kept.readAt() < MAX_AGE.toNanos()) {
            return kept.page();
        }
        AlertJson.PageJson page = read.get();
        if (pages.size() >= MAX_PAGES) {
            pages.clear();
        }
        pages.put(key, new Kept(current, now, page));
        return page;
    }

    /** First after commit, before the event stream: a client told of a change and reading the list at once sees it. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION) AlertChanged change) {
        invalidate();
    }

    /** Every page kept so far is stale: an alert changed. */
    public void invalidate() {
        generation.incrementAndGet();
        pages.clear();
    }
}
