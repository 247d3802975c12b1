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
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kafo.domain.outbox.OutboxEntry;
import org.kafo.search.index.SearchIndex;

/**
 * Applies new outbox rows to this instance's index, every quarter of a second. Rows are applied in
 * order and idempotently (each reloads the record's current state), and the index commit records the
 * watermark: every row at or below it has been applied. Identity values are handed out before commit,
 * so a row may appear after a higher one; the watermark waits for it, and gives up on a gap (a
 * rolled-back insert) after {@link #GAP_TIMEOUT}. A deleted index is rebuilt from the database.
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

    @Inject
    KafoIndex index;

    @Inject
    IndexWork work;

    @Inject
    Instance<SearchDocumentSource> sources;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final ReentrantLock lock = new ReentrantLock();
    private final TreeSet<Long> appliedAboveWatermark = new TreeSet<>();
    private volatile long watermark;
    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        SearchIndex search = index.get();
        // an index ahead of the outbox was built from another database (a restored backup, a new test database)
        if (search.wasCreated() || search.watermark() > work.lastOutboxId()) {
            rebuild();
        } else {
            watermark = search.watermark();
        }
        task = scheduler.scheduleWithFixedDelay(this::poll, 250, 250, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Empties the index and indexes every record again (the operators' reindex command). */
    public int rebuild() {
        lock.lock();
        try {
            long from = work.lastOutboxId();
            SearchIndex search = index.get();
            search.deleteAll();
            int count = 0;
            for (SearchDocumentSource source : sources) {
                count += work.indexAll(source, search);
            }
            watermark = from;
            appliedAboveWatermark.clear();
            search.commit(watermark);
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
        return watermark;
    }

    void poll() {
        if (!lock.tryLock()) {
            return;
        }
        try {
            List<OutboxEntry> rows = work.rowsAfter(watermark, BATCH);
            if (rows.isEmpty()) {
                return;
            }
            Map<String, SearchDocumentSource> byKind = new HashMap<>();
            sources.forEach(s -> byKind.put(s.kind(), s));
            SearchIndex search = index.get();
            boolean changed = false;
            for (OutboxEntry row : rows) {
                if (appliedAboveWatermark.add(row.id())) {
                    SearchDocumentSource source = byKind.get(row.kind());
                    if (source == null) {
                        LOG.warning("no search source for outbox kind " + row.kind() + "; row " + row.id() + " skipped");
                    } else {
                        work.apply(source, row.entityId(), search);
                    }
                    changed = true;
                }
            }
            long before = watermark;
            advanceWatermark(rows);
            if (changed) {
                search.refresh();
            }
            if (watermark != before) {
                search.commit(watermark);
            }
        } catch (RuntimeException | IOException e) {
            // Kept for the next tick: the rows stay in the outbox, and applying them again is harmless.
            LOG.log(Level.WARNING, "index feed failed; will retry", e);
        } finally {
            lock.unlock();
        }
    }

    /** Moves the watermark over every applied row that follows it without a gap, or over a stale gap. */
    private void advanceWatermark(List<OutboxEntry> rows) {
        Map<Long, Instant> createdAt = new HashMap<>();
        rows.forEach(r -> createdAt.put(r.id(), r.createdAt()));
        while (!appliedAboveWatermark.isEmpty()) {
            long next = appliedAboveWatermark.first();
            if (next == watermark + 1 || gapIsStale(createdAt.get(next))) {
                watermark = next;
                appliedAboveWatermark.pollFirst();
            } else {
                break;
            }
        }
    }

    private static boolean gapIsStale(Instant firstAfterGap) {
        return firstAfterGap != null && firstAfterGap.isBefore(Instant.now().minus(GAP_TIMEOUT));
    }
}
