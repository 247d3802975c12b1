package org.kafo.domain.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.outbox.Outbox;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenant.TenantRegistry;

/**
 * The alerts' application service: loads the alert as the caller sees it, asks the aggregate, stores,
 * audits, marks the change for search and announces it ({@link AlertChanged}, delivered after commit).
 * A refusal rolls everything back: no half-written alert, no audit entry, no outbox row, no push.
 */
@ApplicationScoped
public class AlertService {

    public static final String KIND = "alert";
    /** The actor the scheduled jobs write in the audit log and the timeline. */
    public static final Caller SYSTEM = new Caller("kafo-system", "kafo", "Kafo", null, null, Set.of());

    private EntityManager em;
    private Alerts alerts;
    private ArrivalPoints points;
    private TenantRegistry tenants;
    private AuditLog audit;
    private Outbox outbox;
    private Consumer<AlertChanged> announce;

    protected AlertService() {
    }

    @Inject
    public AlertService(EntityManager em, Alerts alerts, ArrivalPoints points, TenantRegistry tenants, AuditLog audit,
                        Outbox outbox, Event<AlertChanged> changes) {
        this(em, alerts, points, tenants, audit, outbox, changes::fire);
    }

    /** For tests outside a container: {@code announce} receives what CDI observers would. */
    public AlertService(EntityManager em, Alerts alerts, ArrivalPoints points, TenantRegistry tenants, AuditLog audit,
                        Outbox outbox, Consumer<AlertChanged> announce) {
        this.em = em;
        this.alerts = alerts;
        this.points = points;
        this.tenants = tenants;
        this.audit = audit;
        this.outbox = outbox;
        this.announce = announce;
    }

    /** Creates a draft of the caller's association, published at once when {@code publish} is true. */
    @Transactional
    public Alert create(Caller caller, AlertInput input, boolean publish) {
        Instant now = Instant.now();
        AlertContent content = check(input, now);
        Alert alert = Alert.draft(caller, content, audience(input), partners(input), now);
        em.persist(alert);
        // The timeline is ordered by insertion: "created" must reach the table before "published".
        em.flush();
        audit.write(caller, "alert.create", KIND, alert.id().toString(), alert.ownerTenant(), null);
        if (publish) {
            alert.publish(caller, now);
            audit.write(caller, "alert.publish", KIND, alert.id().toString(), alert.ownerTenant(), null);
        }
        return changed(alert, publish ? AlertChanged.Change.PUBLISHED : AlertChanged.Change.CREATED, now, null);
    }

    /** Supersedes the alert's content; {@code expectedVersion} is the version the caller edited. */
    @Transactional
    public Alert update(Caller caller, UUID id, AlertInput input, Long expectedVersion) {
        Instant now = Instant.now();
        Alert alert = load(caller, id, expectedVersion, true);
        AlertContent content = check(input, now);
        alert.revise(caller, content, audience(input), partners(input), now);
        // A new arrival time deserves a new look by the escalation check, even one claimed since the alert was read.
        alerts.forgetEscalation(id);
        audit.write(caller, "alert.update", KIND, id.toString(), alert.ownerTenant(), "version " + alert.revision());
        return changed(alert, AlertChanged.Change.UPDATED, now, null);
    }

    @Transactional
    public Alert publish(Caller caller, UUID id, Long expectedVersion) {
        Instant now = Instant.now();
        Alert alert = load(caller, id, expectedVersion, false);
        alert.publish(caller, now);
        audit.write(caller, "alert.publish", KIND, id.toString(), alert.ownerTenant(), null);
        return changed(alert, AlertChanged.Change.PUBLISHED, now, null);
    }

    /**
     * The caller's association offers to take the reception in charge: the owner is told, and accepts or declines. A
     * partner the owner named is accepted at once.
     */
    @Transactional
    public Alert offer(Caller caller, UUID id) {
        Instant now = Instant.now();
        Alert alert = load(caller, id, null, false);
        Claim claim = alert.offer(caller, now);
        boolean atOnce = claim.is(ClaimState.ACCEPTED);
        audit.write(caller, atOnce ? "alert.claim.accept" : "alert.claim.offer", KIND, id.toString(), alert.ownerTenant(), caller.tenant());
        return changed(alert, atOnce ? AlertChanged.Change.CLAIMED : AlertChanged.Change.OFFERED, now, caller.tenant());
    }

    /** The owner accepts the offer of the association {@code tenant}. */
    @Transactional
    public Alert accept(Caller caller, UUID id, String tenant, Long expectedVersion) {
        Instant now = Instant.now();
        Alert alert = load(caller, id, expectedVersion, false);
        alert.accept(caller, tenant, now);
        audit.write(caller, "alert.claim.accept", KIND, id.toString(), alert.ownerTenant(), tenant);
        return changed(alert, AlertChanged.Change.ACCEPTED, now, tenant);
    }

    /** The owner declines the offer of the association {@code tenant}, with a reason. */
    @Transactional
    public Alert decline(Caller caller, UUID id, String tenant, String reason, Long expectedVersion) {
        Instant now = Instant.now();
        Alert alert = load(caller, id, expectedVersion, false);
        alert.decline(caller, tenant, reason, now);
        audit.write(caller, "alert.claim.decline", KIND, id.toString(), alert.ownerTenant(), tenant);
        return changed(alert, AlertChanged.Change.DECLINED, now, tenant);
    }

    /** The owner withdraws its acceptance of the association {@code tenant}, with a reason. */
    @Transactional
    public Alert withdraw(Caller caller, UUID id, String tenant, String reason, Long expectedVersion) {
        Instant now = Instant.now();
        Alert alert = load(caller, id, expectedVersion, false);
        alert.withdraw(caller, tenant, reason, now);
        audit.write(caller, "alert.claim.withdraw", KIND, id.toString(), alert.ownerTenant(), tenant);
        return changed(alert, AlertChanged.Change.WITHDRAWN, now, tenant);
    }

    /** The arrival as it happened. */
    @Transactional
    public Alert recordArrival(Caller caller, UUID id, Arrival.Input arrival, Long expectedVersion) {
        Instant now = Instant.now();
        Alert alert = load(caller, id, expectedVersion, false);
        alert.recordArrival(caller, arrival == null ? new Arrival.Input(null, null, null, null, null, false) : arrival, now);
        audit.write(caller, "alert.arrived", KIND, id.toString(), alert.ownerTenant(), alert.arrival().orElseThrow().peopleCount() + " arrivées");
        return changed(alert, AlertChanged.Change.ARRIVED, now, null);
    }

    /** The caller's association's own reception report. */
    @Transactional
    public Alert fileReceptionReport(Caller caller, UUID id, ReceptionReport report, Long expectedVersion) {
        Instant now = Instant.now();
        Alert alert = load(caller, id, expectedVersion, false);
        alert.fileReceptionReport(caller, report, now);
        audit.write(caller, "alert.report", KIND, id.toString(), alert.ownerTenant(), report.received() + " reçues");
        return changed(alert, AlertChanged.Change.REPORTED, now, caller.tenant());
    }

    @Transactional
    public Alert close(Caller caller, UUID id, Long expectedVersion) {
        Instant now = Instant.now();
        Alert alert = load(caller, id, expectedVersion, false);
        alert.close(caller, now);
        audit.write(caller, "alert.close", KIND, id.toString(), alert.ownerTenant(), null);
        return changed(alert, AlertChanged.Change.CLOSED, now, null);
    }

    /** Cancels, with a reason; the reason is free text and stays in the alert (not in the audit log). */
    @Transactional
    public Alert cancel(Caller caller, UUID id, String reason, Long expectedVersion) {
        Instant now = Instant.now();
        Alert alert = load(caller, id, expectedVersion, false);
        alert.cancel(caller, reason, now);
        audit.write(caller, "alert.cancel", KIND, id.toString(), alert.ownerTenant(), null);
        return changed(alert, AlertChanged.Change.CANCELLED, now, null);
    }

    @Transactional
    public Alert find(Caller caller, UUID id) {
        return alerts.visible(caller, id);
    }

    @Transactional
    public AlertPage list(Caller caller, AlertFilter filter, int first, int max) {
        if (filter.arrivalPoint() != null) {
            points.find(filter.arrivalPoint());
        }
        return alerts.list(caller, filter, first, max, Instant.now());
    }

    /**
     * The same page as {@link #list}, as the plain values a list shows ({@link Alerts#summaries}): one query (two for a
     * page past the end), which needs no transaction of its own (none is begun and committed for it).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AlertSummary.Page summaries(Caller caller, AlertFilter filter, int first, int max) {
        if (filter.arrivalPoint() != null) {
            points.find(filter.arrivalPoint());
        }
        return alerts.summaries(caller, filter, first, max, Instant.now());
    }

    // --- personal data of the people arriving ---------------------------------------------------

    /** The people recorded for the alert; an audited read, for the reception team only. */
    @Transactional
    public List<ArrivingPerson> people(Caller caller, UUID alertId) {
        Alert alert = personalDataOf(caller, alertId, AlertAction.READ_PERSONAL_DATA);
        audit.sensitiveRead(caller, "alert.personal-data.read", KIND, alertId.toString(), alert.ownerTenant());
        return em.createQuery("select p from ArrivingPerson p where p.alertId = :alert order by p.createdAt, p.fullName",
                ArrivingPerson.class).setParameter("alert", alertId).getResultList();
    }

    @Transactional
    public ArrivingPerson addPerson(Caller caller, UUID alertId, ArrivingPerson.Details details) {
        Instant now = Instant.now();
        Alert alert = personalDataOf(caller, alertId, AlertAction.RECORD_PERSONAL_DATA);
        ArrivingPerson person = new ArrivingPerson(alertId, caller.tenant(), details, now);
        em.persist(person);
        alert.personalDataRecorded(caller, now, "Données personnelles : une personne ajoutée");
        audit.write(caller, "alert.personal-data.add", KIND, alertId.toString(), alert.ownerTenant(), person.id().toString());
        return person;
    }

    @Transactional
    public ArrivingPerson changePerson(Caller caller, UUID alertId, UUID personId, ArrivingPerson.Details details,
                                       Long expectedVersion) {
        Alert alert = personalDataOf(caller, alertId, AlertAction.RECORD_PERSONAL_DATA);
        ArrivingPerson person = person(alertId, personId);
        if (expectedVersion != null && expectedVersion != person.version()) {
            throw DomainException.conflict(Message.of("alert.person.changed"));
        }
        person.describe(details);
        alert.personalDataRecorded(caller, Instant.now(), "Données personnelles : une fiche modifiée");
        audit.write(caller, "alert.personal-data.change", KIND, alertId.toString(), alert.ownerTenant(), personId.toString());
        return person;
    }

    @Transactional
    public void removePerson(Caller caller, UUID alertId, UUID personId) {
        Alert alert = personalDataOf(caller, alertId, AlertAction.RECORD_PERSONAL_DATA);
        em.remove(person(alertId, personId));
        alert.personalDataRecorded(caller, Instant.now(), "Données personnelles : une fiche supprimée");
        audit.write(caller, "alert.personal-data.remove", KIND, alertId.toString(), alert.ownerTenant(), personId.toString());
    }

    /** The alert, if the caller may see it (else "not found") and may do this with its personal data (else "forbidden"). */
    private Alert personalDataOf(Caller caller, UUID alertId, AlertAction action) {
        Alert alert = alerts.visible(caller, alertId);
        AlertRule.require(caller, alert, action);
        return alert;
    }

    private ArrivingPerson person(UUID alertId, UUID personId) {
        ArrivingPerson person = personId == null ? null : em.find(ArrivingPerson.class, personId);
        if (person == null || !person.alertId().equals(alertId)) {
            throw DomainException.notFound(Message.of("alert.person.notFound"));
        }
        return person;
    }

    // --- scheduled jobs -------------------------------------------------------------------------

    /** Published alerts without an accepted receiver (offers waiting do not count) that arrive within {@code delay} of {@code now}. */
    @Transactional
    public List<UUID> dueForEscalation(Instant now, Duration delay) {
        return alerts.dueForEscalation(now.plus(delay), now.minus(Duration.ofDays(1)));
    }

    /**
     * Escalates one alert, unless another instance already did: the conditional UPDATE decides.
     * Returns whether this call escalated it (and so must send the one e-mail).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean escalate(UUID id, Instant now) {
        if (!alerts.claimEscalation(id, now)) {
            return false;
        }
        Alert alert = alerts.byId(id);
        em.persist(alert.escalation(now));
        audit.write(SYSTEM, "alert.escalate", KIND, id.toString(), alert.ownerTenant(), null);
        changed(alert, AlertChanged.Change.ESCALATED, now, null);
        return true;
    }

    /**
     * Alerts whose personal data must go: expected to arrive, and last active, before {@code now - retention}, whether
     * or not they were ever closed.
     */
    @Transactional
    public List<UUID> duePersonalDataPurge(Instant now, Duration retention) {
        return alerts.duePersonalDataPurge(now.minus(retention));
    }

    /**
     * Deletes the personal data of one alert if it is still due (nobody touched the alert or its people since it was
     * found due); the timeline and the audit log say so. Idempotent: run again, or by another instance at the same time,
     * it finds nothing left and records nothing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgePersonalData(UUID alertId, Instant now, Duration retention) {
        Alert alert = alerts.byId(alertId);
        Instant before = now.minus(retention);
        if (alert == null || !alert.content().expectedArrival().isBefore(before) || !alert.updatedAt().isBefore(before)) {
            return 0;
        }
        int count = em.createQuery("delete from ArrivingPerson p where p.alertId = :alert")
                .setParameter("alert", alertId).executeUpdate();
        if (count > 0) {
            alert.personalDataPurged(now, count);
            audit.write(SYSTEM, "alert.personal-data.purge", KIND, alertId.toString(), alert.ownerTenant(),
                    count + " fiche(s), conservation de " + retention.toDays() + " jours écoulée");
        }
        return count;
    }

    // --- helpers --------------------------------------------------------------------------------

    private Alert load(Caller caller, UUID id, Long expectedVersion, boolean versionRequired) {
        Alert alert = alerts.visible(caller, id);
        if (expectedVersion == null && versionRequired) {
            throw DomainException.invalid("version", Message.of("alert.version.missing"));
        }
        if (expectedVersion != null && expectedVersion != alert.version()) {
            throw DomainException.conflict(Message.of("alert.version.changed", alert.version(), expectedVersion));
        }
        return alert;
    }

    private AlertContent check(AlertInput input, Instant now) {
        if (input == null) {
            throw DomainException.invalid("kind", Message.of("alert.content.missing"));
        }
        AlertContent content = AlertContent.from(input, now);
        points.requireActive(content.arrivalPoint(), "arrivalPoint");
        tenants.requireAll(partners(input), "partners");
        return content;
    }

    private static Audience audience(AlertInput input) {
        Checks checks = Checks.start();
        // Chosen by the person, never assumed: an alert silently shared with the whole network is a leak.
        Audience audience = checks.choice(Audience.class, "audience", "alert.field.audience", input.audience())
                .required("alert.audience.missing");
        checks.throwIfAny();
        return audience;
    }

    private static Set<String> partners(AlertInput input) {
        return input.partners() == null ? Set.of()
                : input.partners().stream().filter(p -> p != null && !p.isBlank()).map(String::trim)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private Alert changed(Alert alert, AlertChanged.Change change, Instant now, String subjectTenant) {
        em.flush();
        outbox.changed(KIND, alert.id());
        announce.accept(AlertChanged.of(alert, change, points.find(alert.content().arrivalPoint()), now, subjectTenant));
        return alert;
    }
}
