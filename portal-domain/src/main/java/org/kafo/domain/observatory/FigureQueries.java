package org.kafo.domain.observatory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.jpa.JpaCriteriaBuilder;
import org.kafo.domain.alert.AlertKind;
import org.kafo.domain.alert.Assistance;
import org.kafo.domain.alert.ReceptionReport;
import org.kafo.domain.alert.Vulnerability;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.proceedings.Commitment;
import org.kafo.domain.proceedings.CommitmentStatus;
import org.kafo.domain.proceedings.Event;
import org.kafo.domain.tenancy.Caller;

/**
 * The figures' queries: PostgreSQL adds up, the domain only rolls the sums up into tables. Each query reads the alerts of
 * one period through {@link Scope#alerts} (the visibility rule, and for one's own association what it took part in) and
 * groups them by month, origin country, kind and arrival point at once: a few thousand rows at most, from which every
 * breakdown and total is one pass in memory. Four queries for a whole page of figures.
 */
@ApplicationScoped
public class FigureQueries {

    /** The sums of {@link #alerts}, by position in {@link AlertSums#values}. */
    static final int ALERTS = 0, EXPECTED = 1, ARRIVED_ALERTS = 2, ARRIVED = 3, RECEIVED = 4, WOMEN = 5, MINORS = 6,
            UNACCOMPANIED = 7, ARRIVED_WOMEN = 8, ARRIVED_MINORS = 9, ARRIVED_UNACCOMPANIED = 10, IN_TIME = 11, CANCELLED = 12,
            VULNERABILITY = 13;

    /** The sums of {@link #reports}: reports, people received, reports with referrals, then per service reports and people. */
    static final int REPORTS = 0, REPORTED = 1, REFERRALS = 2, SERVICE = 3;

    /** The slice of alerts a query reads: whose figures, as whom, when, narrowed how. */
    record Slice(Scope scope, Caller caller, Period period, FigureFilter filter) {
    }

    /** One combination of month, origin, kind and arrival point (with its region), and its sums. */
    record Sums(String month, String origin, AlertKind kind, String point, String region, long[] values) {
    }

    /** One actor's commitments made at the meetings of the period. */
    record ActorCommitments(UUID actor, String name, String acronym, long made, long done, long overdue) {
    }

    private EntityManager em;

    protected FigureQueries() {
    }

    @Inject
    public FigureQueries(EntityManager em) {
        this.em = em;
    }

    /** The alerts' sums (cancelled alerts only in {@link #CANCELLED}), by month, origin, kind and point. */
    List<Sums> alerts(Slice s) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<AlertFact> f = q.from(AlertFact.class);
        Predicate counted = cb.isFalse(f.get("cancelled"));
        Predicate arrived = cb.and(counted, cb.isTrue(f.get("arrived")));
        List<Expression<?>> sums = new ArrayList<>();
        sums.add(count(cb, counted));
        sums.add(sum(cb, counted, f.get("peopleCount")));
        sums.add(count(cb, arrived));
        sums.add(sum(cb, arrived, f.get("arrivedCount")));
        sums.add(sum(cb, arrived, f.get("received")));
        sums.add(sum(cb, counted, f.get("women")));
        sums.add(sum(cb, counted, f.get("minors")));
        sums.add(sum(cb, counted, f.get("unaccompaniedMinors")));
        sums.add(sum(cb, arrived, f.get("arrivedWomen")));
        sums.add(sum(cb, arrived, f.get("arrivedMinors")));
        sums.add(sum(cb, arrived, f.get("arrivedUnaccompaniedMinors")));
        sums.add(count(cb, cb.and(arrived, cb.isTrue(f.get("inTime")))));
        sums.add(count(cb, cb.isTrue(f.get("cancelled"))));
        for (Vulnerability v : Vulnerability.values()) {
            sums.add(count(cb, cb.and(counted, holds(cb, f.get("vulnerabilities"), v.name()))));
        }
        return grouped(cb, q, f, sums, where(s, cb, q, f));
    }

    /** The reports' sums (the scope's reports of the alerts it counts, cancelled ones aside), by the same four. */
    List<Sums> reports(Slice s) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<AlertFact> f = q.from(AlertFact.class);
        Join<AlertFact, ReceptionReport> r = f.join("reports");
        Path<String> services = r.get("services");
        List<Expression<?>> sums = new ArrayList<>();
        sums.add(cb.count(r));
        sums.add(cb.sum(r.<Integer>get("received")));
        sums.add(count(cb, cb.isNotNull(r.get("referrals"))));
        for (Assistance a : Assistance.values()) {
            sums.add(count(cb, holds(cb, services, a.name())));
            sums.add(sum(cb, holds(cb, services, a.name()), r.get("received")));
        }
        List<Predicate> where = new ArrayList<>(List.of(where(s, cb, q, f), cb.isFalse(f.get("cancelled"))));
        s.scope().reports(s.caller(), cb, r).ifPresent(where::add);
        return grouped(cb, q, f, sums, cb.and(where.toArray(Predicate[]::new)));
    }

    /**
     * The median of the hours from publication to arrival over the alerts that arrived, by PostgreSQL's
     * {@code percentile_cont} (EclipseLink's SQL operator: the criteria API has no ordered-set aggregate), and how many
     * alerts it is the median of.
     */
    Median leadTime(Slice s) {
        JpaCriteriaBuilder cb = (JpaCriteriaBuilder) em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<AlertFact> f = q.from(AlertFact.class);
        Path<Double> hours = f.get("leadHours");
        // EclipseLink prints the expression sql() is called on in place of the one "?" (its arguments, none here, before it).
        Expression<Double> median = cb.fromExpression(cb.toExpression(hours)
                .sql("percentile_cont(0.5) within group (order by ?)", List.of()), Double.class);
        q.multiselect(median, cb.count(hours)).where(cb.and(where(s, cb, q, f), cb.isFalse(f.get("cancelled")), cb.isNotNull(hours)));
        Object[] row = em.createQuery(q).getSingleResult();
        return new Median(row[0] == null ? null : ((Number) row[0]).doubleValue(), ((Number) row[1]).longValue());
    }

    /** A median and the number of values it was taken over. */
    record Median(Double value, long over) {
    }

    /** The commitments made at the meetings of the period the scope counts, by actor, most first. */
    List<ActorCommitments> commitments(Slice s, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Commitment> c = q.from(Commitment.class);
        Join<Commitment, Event> event = c.join("event");
        Join<Commitment, Organization> actor = c.join("owner");
        Path<CommitmentStatus> status = c.get("status");
        Predicate open = status.in(CommitmentStatus.PREVU, CommitmentStatus.EN_COURS);
        Expression<Long> made = cb.count(c);
        q.multiselect(actor.get("id"), actor.get("name"), actor.get("acronym"), made,
                        count(cb, cb.equal(status, CommitmentStatus.REALISE)),
                        count(cb, cb.and(open, cb.lessThan(c.<LocalDate>get("dueOn"), today))))
                .where(s.scope().events(s.caller(), cb, event),
                        cb.greaterThanOrEqualTo(event.<LocalDate>get("startsOn"), s.period().firstDay()),
                        cb.lessThan(event.<LocalDate>get("startsOn"), s.period().endDay()))
                .groupBy(actor.get("id"), actor.get("name"), actor.get("acronym"))
                .orderBy(cb.desc(made), cb.asc(actor.get("name")));
        return em.createQuery(q).getResultList().stream().map(r -> new ActorCommitments((UUID) r[0], (String) r[1], (String) r[2],
                number(r[3]), number(r[4]), number(r[5]))).toList();
    }

    private List<Sums> grouped(CriteriaBuilder cb, CriteriaQuery<Object[]> q, Root<AlertFact> f, List<Expression<?>> sums,
                               Predicate where) {
        List<Expression<?>> keys = List.of(f.get("month"), f.get("originCountry"), f.get("kind"), f.get("arrivalPoint"), f.get("region"));
        List<Selection<?>> select = new ArrayList<>(keys);
        select.addAll(sums);
        q.multiselect(select).where(where).groupBy(keys);
        return em.createQuery(q).getResultList().stream().map(r -> {
            long[] values = new long[sums.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = number(r[keys.size() + i]);
            }
            return new Sums((String) r[0], (String) r[1], (AlertKind) r[2], (String) r[3], (String) r[4], values);
        }).toList();
    }

    /** The alerts of the selection: the scope's, observed in the period, as the filter narrows them. */
    private static Predicate where(Slice s, CriteriaBuilder cb, AbstractQuery<?> q, Root<AlertFact> f) {
        List<Predicate> all = new ArrayList<>();
        all.add(s.scope().alerts(s.caller(), cb, q, f));
        all.add(cb.greaterThanOrEqualTo(f.get("observedAt"), s.period().start()));
        all.add(cb.lessThan(f.get("observedAt"), s.period().end()));
        FigureFilter filter = s.filter();
        if (filter.kind() != null) {
            all.add(cb.equal(f.get("kind"), filter.kind()));
        }
        if (filter.originCountry() != null) {
            all.add(cb.equal(f.get("originCountry"), filter.originCountry()));
        }
        if (filter.region() != null) {
            all.add(cb.equal(f.get("region"), filter.region()));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    /**
     * Whether a space-separated list of names ("SICK PREGNANT") holds {@code name}. One {@code LIKE '%NAME%'} per name and
     * row (tens of thousands of rows, a dozen names): exact because no vulnerability's or service's name is part of another
     * ({@code ObservatoryFiguresTest} checks it, so that a new name cannot silently count twice).
     */
    static Predicate holds(CriteriaBuilder cb, Expression<String> names, String name) {
        return cb.like(names, "%" + name + "%");
    }

    private static Expression<Long> count(CriteriaBuilder cb, Predicate when) {
        return cb.sum(cb.<Long>selectCase().when(when, 1L).otherwise(0L));
    }

    private static Expression<Long> sum(CriteriaBuilder cb, Predicate when, Expression<? extends Number> value) {
        return cb.sum(cb.<Long>selectCase().when(when, cb.toLong(value)).otherwise(0L));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
