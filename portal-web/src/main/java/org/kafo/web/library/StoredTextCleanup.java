package org.kafo.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kafo.domain.library.Library;

/**
 * At start-up, in the background: the texts of documents kept before the current cleaning of extracted text are
 * extracted again and cleaned, a batch per transaction, and their documents sent to search again through the outbox.
 * Idempotent (a cleaned text is marked with its cleaning's version) and safe on several instances at once.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StoredTextCleanup {

    private static final Logger LOG = Logger.getLogger(StoredTextCleanup.class.getName());
    static final int BATCH = 20;

    @Inject
    Library library;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        executor.submit(this::run);
    }

    void run() {
        int total = 0;
        try {
            for (int done = library.cleanStoredTexts(BATCH); done > 0; done = library.cleanStoredTexts(BATCH)) {
                total += done;
            }
            if (total > 0) {
                LOG.info("Textes extraits nettoyés : " + total + " fichiers");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cleaning of stored texts stopped after " + total + " files; it goes on at the next start", e);
        }
    }
}
