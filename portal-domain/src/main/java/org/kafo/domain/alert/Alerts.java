package org.kafo.domain.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.expressions.ExpressionBuilder;
import org.eclipse.persistence.jpa.JpaCriteriaBuilder;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.domain.tenancy.VisibilityRule;

/** Reads alerts as a caller sees them: every query goes through {@link VisibilityRule}. */
@ApplicationScoped
public class Alerts {

    /** Alerts that arrived more than this long ago sink below those still to come. */
    static final Duration RECENT = Duration.ofHours(12);

    private EntityManager em;

    protected Alerts() {
    }

    @Inject
    public Alerts(EntityManager em) {
        this.em = em;
    }

    /** The alert if the caller may see it; otherwise "not found", exactly as if it did not exist. */
    public Alert visible(Caller caller, UUID id) {
        Alert alert = id == null ? null : em.find(Alert.class, id);
        if (alert == null || !VisibilityRule.canSee(caller, alert)) {
            throw DomainException.notFound(Message.of("alert.notFound"));
        }
        return alert;
    }

    public AlertPage list(Caller caller, AlertFilter filter, int first, int max, Instant now) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Alert> query = cb.createQuery(Alert.class);
        Root<Alert> a = query.from(Alert.class);
        query.select(a).where(where(caller, filter, cb, a)).orderBy(order(filter, cb, a, now));
        // Read-only: a list changes nothing, so the alerts are neither copied into the unit of work nor compared at
        // commit. Those who read each alert's claims (the CAP feeds) get the whole page's in one more query.
        List<Alert> items = em.createQuery(query).setFirstResult(first).setMaxResults(max)
                .setHint("eclipselink.read-only", "true")
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "a.claims").getResultList();
        long total = first == 0 && items.size() < max ? items.size() : count(caller, filter);
        List<UUID> ids = items.stream().map(Alert::id).toList();
        return new AlertPage(total, first, max, items, claimants(ids), offersPending(ids));
    }

    /**
     * The same page as {@link #list}, as plain values: only the columns a list shows, no alert loaded (no content,
     * report or history read, nothing registered in the unit of work). For the busy list of the API.
     */
    public AlertSummary.Page summaries(Caller caller, AlertFilter filter, int first, int max, Instant now) {
        // EclipseLink's criteria extension (the portal's JPA provider) lets the page query carry three more columns:
        // who took each alert in charge (tenant aliases have no spaces; first accepted first), whether an offer waits,
        // and the total, computed by PostgreSQL before LIMIT/OFFSET over the same visibility predicate. One round trip
        // for the whole page.
        JpaCriteriaBuilder cb = (JpaCriteriaBuilder) em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Alert> a = query.from(Alert.class);
        Path<Object> c = a.get("content");
        query.multiselect(a.get("id"), a.get("status"), c.get("kind"), c.get("originCountry"), c.get("arrivalPoint"),
                c.get("expectedArrival"), c.get("peopleCount"), c.get("flightNumber"), a.get("ownerTenant"),
                a.get("visibility"), a.get("partnerTenants"), a.get("escalatedAt"), a.get("revision"), a.get("version"),
                cb.fromExpression(new ExpressionBuilder().literal(CLAIMANTS_COLUMN), String.class),
                cb.fromExpression(new ExpressionBuilder().literal("count(*) over ()"), Long.class),
                cb.fromExpression(new ExpressionBuilder().literal(OFFER_PENDING_COLUMN), Boolean.class));
        query.where(where(caller, filter, cb, a)).orderBy(order(filter, cb, a, now));
        List<Object[]> rows = em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();

        List<AlertSummary> items = new ArrayList<>(rows.size());
        Map<UUID, List<String>> claimants = new HashMap<>();
        for (Object[] r : rows) {
            if (r[14] != null) {
                claimants.put((UUID) r[0], List.of(((String) r[14]).split(" ")));
            }
            AlertStatus status = (AlertStatus) r[1];
            @SuppressWarnings("unchecked")
            Set<String> partners = (Set<String>) r[10];
            items.add(new AlertSummary((UUID) r[0], status, (AlertKind) r[2], (String) r[3], (String) r[4], (Instant) r[5],
                    ((Number) r[6]).intValue(), (String) r[7], (String) r[8], (Visibility) r[9], partners,
                    r[11] != null && status == AlertStatus.PUBLISHED, ((Number) r[12]).intValue(), ((Number) r[13]).longValue(),
                    Boolean.TRUE.equals(r[16])));
        }
        // A page past the end has no row to carry the total.
        long total = rows.isEmpty() ? (first == 0 ? 0 : count(caller, filter)) : ((Number) rows.get(0)[15]).longValue();
        return new AlertSummary.Page(total, first, max, items, claimants);
    }

    /**
     * The receivers of the row's alert (accepted offers, in the order of {@link Alert#receivers()}), as one value:
     * {@code "ame mission-catholique-gao"}, or null. The page query reads the one table "alert", unaliased: the subquery
     * names it.
     */
    static final String CLAIMANTS_COLUMN = "(select string_agg(claim.tenant, ' ' order by claim.decided_at, claim.tenant)"
            + " from alert_claim claim where claim.alert_id = alert.id and claim.state = 'ACCEPTED')";

    /** Whether an offer of the row's alert waits for the owner's answer. */
    static final String OFFER_PENDING_COLUMN = "(exists (select 1 from alert_claim offer"
            + " where offer.alert_id = alert.id and offer.state = 'OFFERED'))";

    private long count(Caller caller, AlertFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Alert> c = count.from(Alert.class);
        count.select(cb.count(c)).where(where(caller, filter, cb, c));
        return em.createQuery(count).getSingleResult();
    }

    /**
     * Who took the reception of each alert in charge (accepted offers), for the alerts of a page, in one query of plain
     * values (the order of {@link Alert#receivers()}): the list shows them without loading each alert's collection.
     */
    private Map<UUID, List<String>> claimants(List<UUID> alerts) {
        if (alerts.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<String>> claimants = new HashMap<>();
        em.createQuery("select c.alert.id, c.tenant from Claim c where c.alert.id in :ids and c.state = :accepted"
                        + " order by c.decidedAt, c.tenant", Object[].class)
                .setParameter("ids", alerts).setParameter("accepted", ClaimState.ACCEPTED).getResultList()
                .forEach(row -> claimants.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return claimants;
    }

    /** The alerts of a page where an offer waits for the owner's answer. */
    private Set<UUID> offersPending(List<UUID> alerts) {
        if (alerts.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select distinct c.alert.id from Claim c where c.alert.id in :ids and c.state = :offered",
                UUID.class).setParameter("ids", alerts).setParameter("offered", ClaimState.OFFERED).getResultList());
    }

    /** Recent and upcoming first, by arrival ({@link AlertFilter.Order#ARRIVAL}); or last changed first. */
    private static List<Order> order(AlertFilter filter, CriteriaBuilder cb, Root<Alert> a, Instant now) {
        Path<Instant> arrival = a.get("content").get("expectedArrival");
        if (filter.order() == AlertFilter.Order.RECENT) {
            return List.of(cb.desc(a.get("updatedAt")), cb.asc(a.get("id")));
        }
        Expression<Integer> past = cb.<Integer>selectCase().when(cb.lessThan(arrival, now.minus(RECENT)), 1).otherwise(0);
        return List.of(cb.asc(past), cb.asc(arrival), cb.asc(a.get("id")));
    }

    private static Predicate where(Caller caller, AlertFilter filter, CriteriaBuilder cb, Root<Alert> a) {
        List<Predicate> all = new ArrayList<>();
        all.add(VisibilityRule.visibleTo(caller, cb, a));
        all.add(a.get("status").in(filter.statuses()));
        Path<Object> content = a.get("content");
        if (filter.arrivalPoint() != null) {
            all.add(cb.equal(content.get("arrivalPoint"), filter.arrivalPoint()));
        }
        if (filter.originCountry() != null) {
            all.add(cb.equal(content.get("originCountry"), filter.originCountry()));
        }
        if (filter.from() != null) {
            all.add(cb.greaterThanOrEqualTo(content.<Instant>get("expectedArrival"), filter.from()));
        }
        if (filter.to() != null) {
            all.add(cb.lessThan(content.<Instant>get("expectedArrival"), filter.to()));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    /** For the search index (which applies the visibility rule itself): a published alert, never a draft. */
    public Optional<Alert> indexable(UUID id) {
        Alert alert = em.find(Alert.class, id);
        return alert == null || alert.draft() ? Optional.empty() : Optional.of(alert);
    }

    public List<UUID> publishedIds() {
        return em.createQuery("select a.id from Alert a where a.status <> :draft order by a.createdAt", UUID.class)
                .setParameter("draft", AlertStatus.DRAFT).getResultList();
    }

    /**
     * Published alerts without an accepted receiver (an alert is taken in charge only once an offer is accepted, so a
     * waiting offer does not count), arriving before {@code limit}, not yet escalated.
     */
    List<UUID> dueForEscalation(Instant limit, Instant notBefore) {
        return em.createQuery("select a.id from Alert a where a.status = :published and a.escalatedAt is null"
                        + " and a.content.expectedArrival <= :limit and a.content.expectedArrival > :notBefore", UUID.class)
                .setParameter("published", AlertStatus.PUBLISHED).setParameter("limit", limit)
                .setParameter("notBefore", notBefore).getResultList();
    }

    /**
     * Claims the escalation of one alert for this instance and marks it escalated: a conditional UPDATE that only one of
     * several instances can win. Runs before the alert is loaded, so the entity read afterwards is fresh. It leaves the
     * alert's version as it was: the escalation changes nothing a person decides on, and an owner accepting an offer,
     * or a receiver recording the arrival, at that very moment (it comes hours before the arrival, when they act) must
     * not be refused as if someone had changed the alert. A transaction that read the alert before keeps the mark: it
     * writes only what it changed.
     */
    boolean claimEscalation(UUID id, Instant now) {
        return em.createNativeQuery("update alert set escalated_at = ?1, updated_at = ?1"
                        + " where id = ?2 and escalated_at is null and status = 'PUBLISHED'")
                .setParameter(1, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .setParameter(2, id).executeUpdate() == 1;
    }

    /**
     * Forgets the alert's escalation in the database, whatever this transaction read: an escalation claimed after it
     * read the alert left the version alone, so the entity would not know to write its own "not escalated".
     */
    void forgetEscalation(UUID id) {
        em.createNativeQuery("update alert set escalated_at = null where id = ?1").setParameter(1, id).executeUpdate();
    }

    /**
     * Alerts whose personal data has outlived the retention period, whatever their status (an alert never closed is no
     * exception): both the expected arrival and the last activity (each change to the alert or its people touches it)
     * are older than {@code before}.
     */
    List<UUID> duePersonalDataPurge(Instant before) {
        return em.createQuery("select a.id from Alert a where a.content.expectedArrival < :before and a.updatedAt < :before"
                        + " and exists (select p from ArrivingPerson p where p.alertId = a.id)", UUID.class)
                .setParameter("before", before).getResultList();
    }

    Alert byId(UUID id) {
        return em.find(Alert.class, id);
    }
}
