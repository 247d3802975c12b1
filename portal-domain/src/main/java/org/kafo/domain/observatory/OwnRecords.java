package org.kafo.domain.observatory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.alert.Alert;
import org.kafo.domain.alert.AlertKind;
import org.kafo.domain.alert.AlertStatus;
import org.kafo.domain.alert.Arrival;
import org.kafo.domain.alert.Assistance;
import org.kafo.domain.alert.ReceptionReport;
import org.kafo.domain.alert.Vulnerability;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.VisibilityRule;

/**
 * One's own association's records of a period, line by line, for its own spreadsheet: the alerts it posted and the
 * reception reports it filed. Structured facts only: never the people's personal data, never free text (description,
 * source, notes, referrals, reasons) nor who typed what; a referral is a yes or a no.
 */
@ApplicationScoped
public class OwnRecords {

    /** An alert the association posted, as its export shows it. */
    public record AlertLine(UUID id, AlertStatus status, AlertKind kind, String originCountry, List<String> transitCountries,
                            String arrivalPoint, Instant publishedAt, Instant expectedArrival, int peopleExpected, Integer women,
                            Integer minors, Integer unaccompaniedMinors, Set<Vulnerability> vulnerabilities, Set<Assistance> needs,
                            Instant arrivedAt, Integer peopleArrived, List<String> receivers, int reports, int peopleReceived) {
    }

    /** A report the association filed, with the facts of its alert. */
    public record ReportLine(UUID alertId, String alertOwner, AlertKind kind, String originCountry, String arrivalPoint,
                             Instant arrivedAt, Instant filedAt, int received, Set<Assistance> services, boolean referrals) {
    }

    private EntityManager em;

    protected OwnRecords() {
    }

    @Inject
    public OwnRecords(EntityManager em) {
        this.em = em;
    }

    /** The published alerts of the caller's association that count for the period, in time order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AlertLine> alerts(Caller caller, Period period) {
        Scope.OWN.requireAllowed(caller);
        List<AlertLine> lines = new ArrayList<>();
        for (Alert a : ofPeriod(caller, period, true)) {
            Optional<Arrival> arrival = a.arrival();
            int reported = a.reports().stream().mapToInt(ReceptionReport::received).sum();
            int received = arrival.map(Arrival::peopleCount).filter(n -> n != null).map(n -> Math.min(n, reported)).orElse(reported);
            lines.add(new AlertLine(a.id(), a.status(), a.content().kind(), a.content().originCountry(), a.content().transitCountries(),
                    a.content().arrivalPoint(), a.publishedAt().orElse(null), a.content().expectedArrival(), a.content().peopleCount(),
                    a.content().women(), a.content().minors(), a.content().unaccompaniedMinors(), a.content().vulnerabilities(),
                    a.content().needs(), arrival.map(Arrival::at).orElse(null), arrival.map(Arrival::peopleCount).orElse(null),
                    a.receivers(), a.reports().size(), received));
        }
        return lines;
    }

    /** The reports the caller's association filed on alerts that count for the period, in time order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportLine> reports(Caller caller, Period period) {
        Scope.OWN.requireAllowed(caller);
        List<ReportLine> lines = new ArrayList<>();
        for (Alert a : ofPeriod(caller, period, false)) {
            a.reportOf(caller.tenant()).ifPresent(r -> lines.add(new ReportLine(a.id(), a.ownerTenant(), a.content().kind(),
                    a.content().originCountry(), a.content().arrivalPoint(), a.arrival().map(Arrival::at).orElse(null), r.filedAt(),
                    r.received(), r.services(), r.referralsFor(caller).isPresent())));
        }
        return lines;
    }

    /** Alerts the caller sees (the one rule), published, counting for the period: its own, or those it reported on. */
    private List<Alert> ofPeriod(Caller caller, Period period, boolean posted) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Alert> q = cb.createQuery(Alert.class);
        Root<Alert> a = q.from(Alert.class);
        // The time an alert counts for is the figures' (the view's observed_at): the same alerts as the period's figures.
        jakarta.persistence.criteria.Subquery<UUID> counted = q.subquery(UUID.class);
        Root<AlertFact> f = counted.from(AlertFact.class);
        counted.select(f.get("id")).where(cb.greaterThanOrEqualTo(f.get("observedAt"), period.start()),
                cb.lessThan(f.get("observedAt"), period.end()));
        jakarta.persistence.criteria.Predicate whose;
        if (posted) {
            whose = cb.equal(a.get("ownerTenant"), caller.tenant());
        } else {
            jakarta.persistence.criteria.Subquery<Long> filed = q.subquery(Long.class);
            Root<ReceptionReport> r = filed.from(ReceptionReport.class);
            filed.select(cb.literal(1L)).where(cb.equal(r.get("alert"), a), cb.equal(r.get("tenant"), caller.tenant()));
            whose = cb.exists(filed);
        }
        q.select(a).where(VisibilityRule.visibleTo(caller, cb, a), whose, cb.notEqual(a.get("status"), AlertStatus.DRAFT),
                a.get("id").in(counted)).orderBy(cb.asc(a.get("content").get("expectedArrival")), cb.asc(a.get("id")));
        return em.createQuery(q).setHint("eclipselink.read-only", "true")
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "a.reports").getResultList();
    }
}
