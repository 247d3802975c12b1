package org.kafo.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads every {@link DemoDataSet} that is missing, once the schema is migrated. */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "kafo.demo")
    boolean enabled;

    @Inject
    Instance<DemoDataSet> sets;

    @Inject
    DemoTransaction transaction;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        sets.stream().sorted(Comparator.comparingInt(DemoDataSet::order)).forEach(set -> {
            if (transaction.loadIfMissing(set)) {
                LOG.info(() -> "Données de démonstration chargées : " + set.getClass().getSimpleName());
            }
        });
    }
}
