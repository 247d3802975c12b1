package org.kafo.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** One transaction per demo set, so that a set that fails leaves nothing half-loaded. */
@ApplicationScoped
public class DemoTransaction {

    @Transactional
    public boolean loadIfMissing(DemoDataSet set) {
        if (set.present()) {
            return false;
        }
        set.load();
        return true;
    }
}
