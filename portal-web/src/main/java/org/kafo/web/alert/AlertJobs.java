package org.kafo.web.alert;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.domain.alert.AlertService;

/**
 * The alerts' scheduled work, on every instance: the escalation check (an alert nobody took in charge
 * {@code KAFO_ALERT_ESCALATION_HOURS} before its arrival is escalated once, whichever instance gets there
 * first) and the purge of personal data {@code KAFO_PERSONAL_DATA_RETENTION_DAYS} after the alert's expected
 * arrival or its last activity, whichever is later, whether or not the alert was ever closed (idempotent, audited).
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn("DatabaseStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertJobs {

    private static final Logger LOG = Logger.getLogger(AlertJobs.class.getName());

    @Inject
    AlertService alerts;

    @Inject
    @ConfigProperty(name = "kafo.alert.escalation.hours", defaultValue = "6")
    int escalationHours;

    @Inject
    @ConfigProperty(name = "kafo.personal-data.retention.days", defaultValue = "90")
    int retentionDays;

    /** How often the checks run; a minute is plenty for hours-long delays (tests shorten it). */
    @Inject
    @ConfigProperty(name = "kafo.alert.jobs.interval-seconds", defaultValue = "60")
    int intervalSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    @PostConstruct
    void start() {
        tasks.add(scheduler.scheduleWithFixedDelay(this::escalate, intervalSeconds, intervalSeconds, TimeUnit.SECONDS));
        tasks.add(scheduler.scheduleWithFixedDelay(this::purge, intervalSeconds, intervalSeconds * 10L, TimeUnit.SECONDS));
    }

    @PreDestroy
    void stop() {
        tasks.forEach(t -> t.cancel(false));
    }

    void escalate() {
        try {
            Instant now = Instant.now();
            for (UUID id : alerts.dueForEscalation(now, Duration.ofHours(escalationHours))) {
                if (alerts.escalate(id, now)) {
                    LOG.info(() -> "Alerte " + id + " escaladée : aucun accueil pris en charge à " + escalationHours + " h de l'arrivée");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "escalation check failed; will retry", e);
        }
    }

    void purge() {
        try {
            Instant now = Instant.now();
            Duration retention = Duration.ofDays(retentionDays);
            for (UUID id : alerts.duePersonalDataPurge(now, retention)) {
                int count = alerts.purgePersonalData(id, now, retention);
                if (count > 0) {
                    LOG.info(() -> "Données personnelles de l'alerte " + id + " effacées (" + count + " fiche(s))");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "personal data purge failed; will retry", e);
        }
    }
}
