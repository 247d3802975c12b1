package org.kafo.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * One transaction per demo set, so that a set that fails leaves nothing half-loaded. Several instances may
 * start at once on an empty database: a transaction-level advisory lock makes them load one after the other,
 * and the later ones find the set present.
 */
@ApplicationScoped
public class DemoTransaction {

    /** The advisory lock's key (any number of the application's own; {@code 'kafo'} in ASCII). */
    static final long LOCK = 0x6b61666fL;

    @Inject
    EntityManager em;

    @Transactional
    public boolean loadIfMissing(DemoDataSet set) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) as locked").setParameter(1, LOCK).getSingleResult();
        if (set.present()) {
            return false;
        }
        set.load();
        return true;
    }
}
