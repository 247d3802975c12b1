package org.kafo.domain.alert;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.outbox.Outbox;
import org.kafo.domain.reference.Regions;
import org.kafo.domain.support.TestDatabase;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenant.TenantRegistry;

/** The alert service on the test database, with the events it announced, and inputs to start from. */
final class AlertFixture {

    final TestDatabase db = TestDatabase.get();
    final List<AlertChanged> announced = new ArrayList<>();

    AlertFixture() {
        db.truncate("alert_subscription", "alert_person", "alert_timeline", "alert_claim", "alert_report", "alert_revision", "alert",
                "audit_entry", "search_outbox");
        // Other features' tests share the tenants: added if missing, never emptied here.
        db.run(em -> em.createNativeQuery("insert into tenant (alias, name, country) values ('ame', 'AME', 'ML'),"
                + " ('cimade', 'La Cimade', 'FR'), ('apdha', 'APDHA', 'ES'), ('mission-catholique-gao', 'Mission catholique de Gao', 'ML'),"
                + " ('resf', 'RESF', 'FR')"
                + " on conflict (alias) do nothing").executeUpdate());
    }

    <T> T service(Function<AlertService, T> work) {
        return db.inTransaction(em -> work.apply(service(em)));
    }

    AlertService service(EntityManager em) {
        AuditLog audit = new AuditLog(em);
        return new AlertService(em, new Alerts(em), new ArrivalPoints(em, new Regions(em), audit), new TenantRegistry(em),
                audit, new Outbox(em), announced::add);
    }

    /** {@code receiver} offers to take the alert in charge, and the owner accepts. */
    void received(Caller owner, Caller receiver, UUID id) {
        service(s -> s.offer(receiver, id));
        service(s -> s.accept(owner, id, receiver.tenant(), null));
    }

    /** The arrival now, with its count (confirmed: the fixture's alerts are expected later the same day or the next). */
    static Arrival.Input arrivedNow(int count) {
        return new Arrival.Input(null, count, null, null, null, true);
    }

    static AlertInput charter() {
        return new AlertInput("AIR_CHARTER", "LY", List.of("NE"), "Autorités libyennes", "Afriqiyah Airways", "8U 650",
                null, Instant.now().plus(Duration.ofHours(20)), "bamako-senou", 120, 90, 20, 10, 4,
                List.of("SICK", "DETAINED"), List.of("WELCOME", "MEDICAL", "SHELTER"), "Partenaires en Libye",
                "LIKELY", "EXPECTED", "SEVERE", "Expulsion massive depuis Tripoli.", "NETWORK", null);
    }

    static AlertInput forPartners(String... partners) {
        AlertInput c = charter();
        return new AlertInput(c.kind(), c.originCountry(), c.transitCountries(), c.expellingAuthority(), c.airline(),
                c.flightNumber(), c.convoy(), c.expectedArrival(), c.arrivalPoint(), c.peopleCount(), c.men(), c.women(),
                c.minors(), c.unaccompaniedMinors(), c.vulnerabilities(), c.needs(), c.source(), c.certainty(), c.urgency(),
                c.severity(), c.description(), "PARTNERS", List.of(partners));
    }

    static AlertInput arrivingIn(Duration in) {
        AlertInput c = charter();
        return new AlertInput(c.kind(), c.originCountry(), c.transitCountries(), c.expellingAuthority(), c.airline(),
                c.flightNumber(), c.convoy(), Instant.now().plus(in), c.arrivalPoint(), c.peopleCount(), c.men(), c.women(),
                c.minors(), c.unaccompaniedMinors(), c.vulnerabilities(), c.needs(), c.source(), c.certainty(), c.urgency(),
                c.severity(), c.description(), c.audience(), c.partners());
    }

    /** The charter, for another audience ({@code NETWORK}, {@code PUBLIC}). */
    static AlertInput forAudience(String audience) {
        AlertInput c = charter();
        return new AlertInput(c.kind(), c.originCountry(), c.transitCountries(), c.expellingAuthority(), c.airline(),
                c.flightNumber(), c.convoy(), c.expectedArrival(), c.arrivalPoint(), c.peopleCount(), c.men(), c.women(),
                c.minors(), c.unaccompaniedMinors(), c.vulnerabilities(), c.needs(), c.source(), c.certainty(), c.urgency(),
                c.severity(), c.description(), audience, null);
    }

    long count(String sql) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
