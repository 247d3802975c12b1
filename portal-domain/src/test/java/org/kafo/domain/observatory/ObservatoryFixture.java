package org.kafo.domain.observatory;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.kafo.domain.alert.AlertHistory;
import org.kafo.domain.alert.AlertInput;
import org.kafo.domain.alert.ArrivalPoints;
import org.kafo.domain.alert.Arrival;
import org.kafo.domain.alert.ReceptionReport;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.outbox.Outbox;
import org.kafo.domain.reference.Regions;
import org.kafo.domain.support.Callers;
import org.kafo.domain.support.TestDatabase;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/**
 * A known year of returns (2024) and its neighbours, every alert written at the times it happened, whose figures the
 * tests compare with numbers worked out by hand (see {@link ObservatoryFiguresTest}):
 *
 * <pre>
 * A0 Cimade  network   charter   LY→Bamako-Sénou  2023-06-10  50 expected, never arrived          (2023 only)
 * A1 Cimade  network   charter   LY→Bamako-Sénou  2024-03-10 120 expected (20 women, 10 minors, 4 unaccompanied;
 *                                                 sick, detained); AME accepted 03-09 09h, Gao 03-09 11h;
 *                                                 118 arrived 03-10 11h (19, 10, 3), published 49 h before;
 *                                                 AME received 110 (welcome, medical, shelter; a referral),
 *                                                 Gao 20 (welcome): 130 reported, 118 counted
 * A2 Cimade  network   escorted  FR→Bamako-Sénou  2024-03-20   3 expected (1 woman; detained); AME accepted
 *                                                 08h45, after the arrival at 08h30 (24.5 h); 3 arrived (1 woman);
 *                                                 AME received 3 (welcome, family, legal)
 * A3 Gao     network   convoy    DZ→Gao           2024-05-05  60 expected (5, 8, 2; injured, sick); no offer;
 *                                                 58 arrived 14h (5, 8, 2), 26 h; Gao received 58 (welcome,
 *                                                 medical, food, transport; a referral)
 * A4 APDHA   partners: AME  push-back MR→Gogui    2024-07-15  40 expected (2, 3, 0); AME named, accepted at
 *                                                 once; 40 arrived 07h (2, 3, 0), 25 h; AME received 38
 *                                                 (welcome, transport, food)
 * A5 Cimade  network   escorted  FR→Bamako-Sénou  2024-11-02   2 expected (pregnant), cancelled
 * A6 AME     public    repatriation NE→Sogoniko   2024-10-10  30 expected (10, 12, 0), no arrival recorded
 * A7 Cimade  draft     escorted  FR→Bamako-Sénou  2024-06-01   9 expected: never published
 * A8 Cimade  partners: APDHA  escorted ES→Bamako-Sénou 2024-12-05  4 expected, 4 arrived, Cimade received 4 (welcome)
 * A9 Gao     network   convoy    NE→Gao     expected 2023-12-31 23h, arrived 2024-01-01 01h: counts for 2024;
 *                                                 7 expected (0, 1, 1; injured), 7 arrived (0, 1, 1), 26 h;
 *                                                 Gao received 7 (welcome, food)
 * Meetings: AME, network, 2024-06-10: OIM done (due 2024-09-01), OIM planned (due 2024-09-30: overdue),
 *           MME in progress (due 2030-01-01). Cimade, private, 2024-05-01: OIM planned (due 2024-06-01: overdue).
 *           AME, network, 2023-12-10: MME planned.
 * </pre>
 */
final class ObservatoryFixture {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final Caller AME = Callers.of("ame", Role.MEMBER);
    static final Caller CIMADE = Callers.of("cimade", Role.MEMBER);
    static final Caller APDHA = Callers.of("apdha", Role.MEMBER);
    static final Caller GAO = Callers.of("mission-catholique-gao", Role.MEMBER);
    static final Caller COORDINATION = Callers.of("ame", Role.NETWORK_ADMIN, Role.MEMBER);
    static final Caller OBSERVER = Callers.of(null, Role.OBSERVER);
    static final UUID OIM = UUID.fromString("00000000-0000-0000-0000-00000000001a");
    static final UUID MME = UUID.fromString("00000000-0000-0000-0000-00000000002b");

    final TestDatabase db = TestDatabase.get();

    /** The data set, written once per test class (each test only reads, or publishes and withdraws). */
    ObservatoryFixture load() {
        db.truncate("alert_subscription", "alert_person", "alert_timeline", "alert_claim", "alert_report", "alert_revision", "alert",
                "audit_entry", "search_outbox", "observatory_publication", "demonstration_data", "event", "directory_organization");
        db.run(em -> {
            em.createNativeQuery("insert into tenant (alias, name, country) values ('ame', 'AME', 'ML'),"
                    + " ('cimade', 'La Cimade', 'FR'), ('apdha', 'APDHA', 'ES'), ('mission-catholique-gao', 'Mission catholique de Gao', 'ML')"
                    + " on conflict (alias) do nothing").executeUpdate();
            actor(em, OIM, "Organisation internationale pour les migrations", "OIM");
            actor(em, MME, "Ministère des Maliens de l'Extérieur", "MME");
            UUID seminar = event(em, "ame", "NETWORK", "2024-06-10");
            commitment(em, seminar, OIM, "2024-09-01", "REALISE");
            commitment(em, seminar, OIM, "2024-09-30", "PREVU");
            commitment(em, seminar, MME, "2030-01-01", "EN_COURS");
            commitment(em, event(em, "cimade", "PRIVATE", "2024-05-01"), OIM, "2024-06-01", "PREVU");
            commitment(em, event(em, "ame", "NETWORK", "2023-12-10"), MME, "2024-03-01", "PREVU");
        });
        history(h -> h.posted(CIMADE, input("AIR_CHARTER", "LY", "bamako-senou", "2023-06-10T10:00:00Z", 50, null, null, null,
                List.of(), "NETWORK"), at("2023-06-09T10:00:00Z")).done());
        history(h -> h.posted(CIMADE, input("AIR_CHARTER", "LY", "bamako-senou", "2024-03-10T10:00:00Z", 120, 20, 10, 4,
                        List.of("SICK", "DETAINED"), "NETWORK"), at("2024-03-08T10:00:00Z"))
                .offered(AME, at("2024-03-08T12:00:00Z")).accepted(CIMADE, "ame", at("2024-03-09T09:00:00Z"))
                .offered(GAO, at("2024-03-09T10:00:00Z")).accepted(CIMADE, "mission-catholique-gao", at("2024-03-09T11:00:00Z"))
                .arrived(AME, arrival("2024-03-10T11:00:00Z", 118, 19, 10, 3), at("2024-03-10T11:00:00Z"))
                .reported(AME, ReceptionReport.of(110, List.of("WELCOME", "MEDICAL", "SHELTER"), "Six personnes orientées vers le CIGEM",
                        "Texte libre qui ne compte jamais"), at("2024-03-11T09:00:00Z"))
                .reported(GAO, ReceptionReport.of(20, List.of("WELCOME"), null, null), at("2024-03-11T10:00:00Z"))
                .closed(CIMADE, at("2024-03-12T09:00:00Z")).done());
        history(h -> h.posted(CIMADE, input("AIR_ESCORTED", "FR", "bamako-senou", "2024-03-20T08:00:00Z", 3, 1, 0, 0,
                        List.of("DETAINED"), "NETWORK"), at("2024-03-19T08:00:00Z"))
                .offered(AME, at("2024-03-19T09:00:00Z")).accepted(CIMADE, "ame", at("2024-03-20T08:45:00Z"))
                .arrived(CIMADE, arrival("2024-03-20T08:30:00Z", 3, 1, 0, 0), at("2024-03-20T09:00:00Z"))
                .reported(AME, ReceptionReport.of(3, List.of("WELCOME", "FAMILY_CONTACT", "LEGAL"), null, null), at("2024-03-20T12:00:00Z"))
                .done());
        history(h -> h.posted(GAO, input("LAND_CONVOY", "DZ", "gao", "2024-05-05T12:00:00Z", 60, 5, 8, 2,
                        List.of("INJURED", "SICK"), "NETWORK"), at("2024-05-04T12:00:00Z"))
                .arrived(GAO, arrival("2024-05-05T14:00:00Z", 58, 5, 8, 2), at("2024-05-05T14:00:00Z"))
                .reported(GAO, ReceptionReport.of(58, List.of("WELCOME", "MEDICAL", "FOOD", "TRANSPORT"), "Deux personnes vers MSF", null),
                        at("2024-05-06T09:00:00Z")).done());
        history(h -> h.posted(APDHA, partners(input("LAND_PUSHBACK", "MR", "gogui", "2024-07-15T06:00:00Z", 40, 2, 3, 0, List.of(),
                        "PARTNERS"), "ame"), at("2024-07-14T06:00:00Z"))
                .offered(AME, at("2024-07-14T08:00:00Z"))
                .arrived(AME, arrival("2024-07-15T07:00:00Z", 40, 2, 3, 0), at("2024-07-15T07:00:00Z"))
                .reported(AME, ReceptionReport.of(38, List.of("WELCOME", "TRANSPORT", "FOOD"), null, null), at("2024-07-15T18:00:00Z"))
                .done());
        history(h -> h.posted(CIMADE, input("AIR_ESCORTED", "FR", "bamako-senou", "2024-11-02T09:00:00Z", 2, null, null, null,
                        List.of("PREGNANT"), "NETWORK"), at("2024-10-31T09:00:00Z"))
                .cancelled(CIMADE, "Vol annulé", at("2024-11-01T09:00:00Z")).done());
        history(h -> h.posted(AME, input("REPATRIATION", "NE", "sogoniko", "2024-10-10T10:00:00Z", 30, 10, 12, 0, List.of(), "PUBLIC"),
                at("2024-10-08T10:00:00Z")).done());
        history(h -> h.drafted(CIMADE, input("AIR_ESCORTED", "FR", "bamako-senou", "2024-06-01T10:00:00Z", 9, null, null, null,
                List.of(), "NETWORK"), at("2024-05-30T10:00:00Z")));
        history(h -> h.posted(CIMADE, partners(input("AIR_ESCORTED", "ES", "bamako-senou", "2024-12-05T10:00:00Z", 4, 0, 0, 0,
                        List.of(), "PARTNERS"), "apdha"), at("2024-12-04T10:00:00Z"))
                .arrived(CIMADE, arrival("2024-12-05T10:00:00Z", 4, 0, 0, 0), at("2024-12-05T10:30:00Z"))
                .reported(CIMADE, ReceptionReport.of(4, List.of("WELCOME"), null, null), at("2024-12-05T15:00:00Z")).done());
        history(h -> h.posted(GAO, input("LAND_CONVOY", "NE", "gao", "2023-12-31T23:00:00Z", 7, 0, 1, 1, List.of("INJURED"), "NETWORK"),
                        at("2023-12-30T23:00:00Z"))
                .arrived(GAO, arrival("2024-01-01T01:00:00Z", 7, 0, 1, 1), at("2024-01-01T01:00:00Z"))
                .reported(GAO, ReceptionReport.of(7, List.of("WELCOME", "FOOD"), null, null), at("2024-01-01T10:00:00Z")).done());
        return this;
    }

    <T> T observatory(Function<Observatory, T> work) {
        return db.inTransaction(em -> work.apply(observatory(em, 5)));
    }

    static Observatory observatory(EntityManager em, int threshold) {
        AuditLog audit = new AuditLog(em);
        Regions regions = new Regions(em);
        return new Observatory(em, new FigureQueries(em), new ArrivalPoints(em, regions, audit), regions, audit,
                new Suppression(threshold));
    }

    Figures figures(Caller caller, Scope scope, Period period) {
        return figures(caller, scope, period, FigureFilter.NONE);
    }

    Figures figures(Caller caller, Scope scope, Period period, FigureFilter filter) {
        return observatory(o -> o.figures(caller, scope, period, filter, NOW));
    }

    private void history(Function<AlertHistory, Object> work) {
        db.inTransaction(em -> {
            AuditLog audit = new AuditLog(em);
            return work.apply(new AlertHistory(em, new ArrivalPoints(em, new Regions(em), audit), new Outbox(em)));
        });
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static Arrival.Input arrival(String at, int count, Integer women, Integer minors, Integer unaccompanied) {
        return new Arrival.Input(Instant.parse(at), count, women, minors, unaccompanied, true);
    }

    static AlertInput input(String kind, String origin, String point, String expected, int people, Integer women, Integer minors,
                            Integer unaccompanied, List<String> vulnerabilities, String audience) {
        return new AlertInput(kind, origin, List.of(), null, null, null, null, Instant.parse(expected), point, people, null, women,
                minors, unaccompanied, vulnerabilities, List.of("WELCOME"), null, "OBSERVED", "EXPECTED", "MODERATE", null, audience,
                null);
    }

    private static AlertInput partners(AlertInput in, String... partners) {
        return new AlertInput(in.kind(), in.originCountry(), in.transitCountries(), null, null, null, null, in.expectedArrival(),
                in.arrivalPoint(), in.peopleCount(), null, in.women(), in.minors(), in.unaccompaniedMinors(), in.vulnerabilities(),
                in.needs(), null, in.certainty(), in.urgency(), in.severity(), null, in.audience(), List.of(partners));
    }

    private static void actor(EntityManager em, UUID id, String name, String acronym) {
        em.createNativeQuery("insert into directory_organization (id, visibility, created_at, updated_at, name, acronym, kind, country)"
                + " values (?, 'PUBLIC', now(), now(), ?, ?, 'ORGANISATION_INTERNATIONALE', 'ML')")
                .setParameter(1, id).setParameter(2, name).setParameter(3, acronym).executeUpdate();
    }

    private static UUID event(EntityManager em, String owner, String visibility, String startsOn) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into event (id, owner_tenant, visibility, created_at, updated_at, kind, title, starts_on, ends_on)"
                        + " values (?, ?, ?, now(), now(), 'SEMINAIRE', 'Séminaire', ?, ?)")
                .setParameter(1, id).setParameter(2, owner).setParameter(3, visibility)
                .setParameter(4, LocalDate.parse(startsOn)).setParameter(5, LocalDate.parse(startsOn)).executeUpdate();
        return id;
    }

    private static void commitment(EntityManager em, UUID event, UUID actor, String due, String status) {
        em.createNativeQuery("insert into commitment (id, event_id, owner_organization_id, what, due_on, status, created_at, updated_at)"
                        + " values (?, ?, ?, 'Un engagement', ?, ?, now(), now())")
                .setParameter(1, UUID.randomUUID()).setParameter(2, event).setParameter(3, actor)
                .setParameter(4, LocalDate.parse(due)).setParameter(5, status).executeUpdate();
    }
}
