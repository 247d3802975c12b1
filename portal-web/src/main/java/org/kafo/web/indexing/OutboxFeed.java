package org.kafo.web.indexing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kafo.domain.outbox.OutboxEntry;
import org.kafo.search.index.SearchIndex;
import org.kafo.web.notices.DatabaseNotice;

/**
 * Applies new outbox rows to this instance's index, every quarter of a second, and at once when the outbox's
 * trigger announces a new row (channel {@value #CHANNEL}, heard by {@code DatabaseNotices}) from this instance or
 * another: each instance keeps its own index with its own cursor over the one outbox. Rows are applied in
 * order and idempotently (each reloads the record's current state), and the index commit records the
 * {@link Watermark}. A deleted index is rebuilt from the database, and so is an index ahead of the database
 * (one kept while the database was replaced or restored from a backup).
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn("DatabaseStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxFeed {

    private static final Logger LOG = Logger.getLogger(OutboxFeed.class.getName());
    static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);
    private static final int BATCH = 500;
    static final Duration WAKE_DELAY = Duration.ofMillis(150);
    /** The channel of the outbox table's trigger ({@code V1_1}). */
    static final String CHANNEL = "kafo_outbox";

    @Inject
    KafoIndex index;

    @Inject
    IndexWork work;

    @Inject
    Instance<SearchDocumentSource> sources;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final ReentrantLock lock = new ReentrantLock();
    private final Watermark watermark = new Watermark(0, GAP_TIMEOUT);
    private ScheduledFuture<?> task;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();

    @PostConstruct
    void start() {
        SearchIndex search = index.get();
        if (search.wasCreated()) {
            rebuild();
        } else if (search.watermark() > work.lastOutboxId()) {
            // The index has applied rows this database never had: the database was replaced or restored from
            // a backup. Its own rows at or below that watermark would never be applied: start again from it.
            LOG.warning("L'index de recherche est en avance sur la base (base remplacée ou restaurée) : reconstruction");
            rebuild();
        } else {
            watermark.reset(search.watermark());
        }
        task = scheduler.scheduleWithFixedDelay(this::poll, 250, 250, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /**
     * A row was committed to the outbox: apply it {@link #WAKE_DELAY} later rather than at the next tick (one wake-up
     * queued at most). Not at once: the change's live delivery (event stream, pages, mails) runs in the first tens
     * of milliseconds after commit, and indexing then would compete with it for the processors; a burst of rows
     * is also applied in one refresh of the index.
     */
    public void onNotice(@Observes DatabaseNotice notice) {
        if (CHANNEL.equals(notice.channel()) && wakeQueued.compareAndSet(false, true)) {
            scheduler.schedule(() -> {
                wakeQueued.set(false);
                poll();
            }, WAKE_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Empties the index and indexes every record again (the operators' reindex command). */
    public int rebuild() {
        lock.lock();
        try {
            // Rows of transactions still in flight are invisible now, and their records too: the watermark stays
            // below every row younger than the gap timeout, and the next ticks apply those again (harmless).
            long from = work.lastOutboxIdBefore(Instant.now().minus(GAP_TIMEOUT));
            SearchIndex search = index.get();
            search.deleteAll();
            int count = 0;
            for (SearchDocumentSource source : sources) {
                count += work.indexAll(source, search);
            }
            watermark.reset(from);
            search.commit(from);
            search.refresh();
            LOG.info("Index de recherche reconstruit : " + count + " fiches");
            return count;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
    }

    /** How far the index has caught up with the outbox. */
    public long watermark() {
        return watermark.value();
    }

    void poll() {
        if (!lock.tryLock()) {
            return;
        }
        try {
            List<OutboxEntry> rows = work.rowsAfter(watermark.value(), BATCH);
            if (rows.isEmpty()) {
                return;
            }
            Map<String, SearchDocumentSource> byKind = new HashMap<>();
            sources.forEach(s -> byKind.put(s.kind(), s));
            SearchIndex search = index.get();
            boolean changed = false;
            try {
                for (OutboxEntry row : rows) {
                    if (watermark.needs(row.id())) {
                        SearchDocumentSource source = byKind.get(row.kind());
                        if (source == null) {
                            LOG.warning("no search source for outbox kind " + row.kind() + "; row " + row.id() + " skipped");
                        } else {
                            work.apply(source, row.entityId(), search);
                        }
                        watermark.applied(row.id(), row.createdAt());
                        changed = true;
                    }
                }
            } finally {
                // what was applied before a failure is made searchable and recorded all the same
                long before = watermark.value();
                watermark.advance(Instant.now());
                if (changed) {
                    search.refresh();
                }
                if (watermark.value() != before) {
                    search.commit(watermark.value());
                }
            }
        } catch (RuntimeException | IOException e) {
            // Kept for the next tick: the rows stay in the outbox, and applying them again is harmless.
            LOG.log(Level.WARNING, "index feed failed; will retry", e);
        } finally {
            lock.unlock();
        }
    }

}
