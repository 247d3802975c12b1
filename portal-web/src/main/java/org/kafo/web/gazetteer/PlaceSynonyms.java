package org.kafo.web.gazetteer;

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
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kafo.domain.gazetteer.Place;
import org.kafo.domain.gazetteer.PlaceInput;
import org.kafo.domain.gazetteer.PlaceKind;
import org.kafo.domain.gazetteer.Places;
import org.kafo.domain.tenancy.Caller;
import org.kafo.search.expansion.Gazetteer;
import org.kafo.web.indexing.KafoIndex;

/**
 * Keeps this instance's search in step with the gazetteer: at start-up, seeds an empty gazetteer once from the
 * search module's bundled places, then hands the places to the index as synonyms; after a change made here, at once;
 * after a change made on another instance, within {@link #POLL_SECONDS} seconds (the gazetteer's revision is watched).
 * No restart, no redeploy. The API and the page change places through this bean, so that the change takes effect.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn("DatabaseStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlaceSynonyms {

    private static final Logger LOG = Logger.getLogger(PlaceSynonyms.class.getName());
    static final int POLL_SECONDS = 5;

    @Inject
    Places places;

    @Inject
    KafoIndex index;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile long revision = -1;
    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        int seeded = places.seed(Gazetteer.bundled().places().stream()
                .map(p -> new PlaceInput(p.name(), PlaceKind.ofData(p.kind()), p.spellings())).toList());
        if (seeded > 0) {
            LOG.info("Gazetteer seeded with " + seeded + " places");
        }
        refresh();
        task = scheduler.scheduleWithFixedDelay(this::poll, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    public Place add(Caller caller, PlaceInput input) {
        Place place = places.add(caller, input);
        refresh();
        return place;
    }

    public Place change(Caller caller, UUID id, PlaceInput input, Long expectedVersion) {
        Place place = places.change(caller, id, input, expectedVersion);
        refresh();
        return place;
    }

    public void remove(Caller caller, UUID id) {
        places.remove(caller, id);
        refresh();
    }

    /** Reads the gazetteer and hands it to the index (what the next search expands). */
    public synchronized void refresh() {
        long current = places.revision();
        List<Gazetteer.Place> all = places.all().stream()
                .map(p -> new Gazetteer.Place(p.kind().name(), p.name(), p.spellings())).toList();
        index.get().expansions(index.get().expansions().withPlaces(Gazetteer.of(all)));
        revision = current;
    }

    void poll() {
        try {
            if (places.revision() != revision) {
                refresh();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "gazetteer not re-read; will retry", e);
        }
    }
}
