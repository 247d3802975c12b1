package org.kafo.web.observatory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.kafo.domain.alert.AlertHistory;
import org.kafo.domain.alert.AlertInput;
import org.kafo.domain.alert.Arrival;
import org.kafo.domain.alert.ReceptionReport;
import org.kafo.domain.observatory.Observatory;
import org.kafo.domain.observatory.Period;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.web.demo.DemoDataSet;

/**
 * Several years of returns for the observatory's demonstration (January 2022 to last month), so that its charts mean
 * something on the first run: invented alerts shaped on the sources (Libyan charters received at the airport, expulsions
 * "au compte-gouttes" from France and Spain, push-backs from Algeria to Gao and from Mauritania to Gogui, repatriations
 * from Niger), each written through the alert's own rules at the times it happened ({@link AlertHistory}), every one
 * closed or cancelled. The same every time (a fixed seed). The coordination published 2024 and 2025; the database is
 * marked as holding demonstration data, which every page and file of the observatory then says.
 */
@ApplicationScoped
public class DemoReturns implements DemoDataSet {

    static final String NAME = "observatory-returns";
    static final YearMonth FIRST = YearMonth.of(2022, 1);

    private static final Caller CIMADE = member("membre.cimade", "cimade");
    private static final Caller AME = member("accueil.ame", "ame");
    private static final Caller GAO = member("membre.gao", "mission-catholique-gao");
    private static final Caller APDHA = member("membre.apdha", "apdha");
    private static final Caller COORDINATION = new Caller("demo-coordination", "coordination", "coordination", null, "ame",
            Set.of(Role.NETWORK_ADMIN, Role.MEMBER));

    @Inject
    AlertHistory history;

    @Inject
    Observatory observatory;

    private Random random;

    @Override
    public int order() {
        return 25;
    }

    @Override
    public boolean present() {
        return observatory.demonstrationLoaded(NAME);
    }

    @Override
    public void load() {
        random = new Random(19);
        YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        for (YearMonth m = FIRST; !m.isAfter(last); m = m.plusMonths(1)) {
            // More alerts as more associations joined the network: about 4 a month in 2022, 7 by 2026.
            double growth = 1 + 0.15 * (m.getYear() - FIRST.getYear());
            repeat(m, 1.2 * growth, this::fromFrance);
            repeat(m, 0.35 * growth, this::fromLibya);
            repeat(m, 1.3 * growth * (m.getMonthValue() >= 3 && m.getMonthValue() <= 7 ? 1.6 : 1), this::fromAlgeria);
            repeat(m, 0.8 * growth, this::fromMauritania);
            repeat(m, 0.4 * growth, this::fromSpain);
            repeat(m, 0.35 * growth, this::fromNiger);
            repeat(m, 0.15, this::voluntaryReturn);
        }
        Instant now = Instant.now();
        for (int year = 2024; year < LocalDate.now(ZoneOffset.UTC).getYear() && year <= 2025; year++) {
            observatory.publish(COORDINATION, Period.year(year), now);
        }
        observatory.demonstrationLoaded(NAME, now);
    }

    /** About {@code mean} alerts of that kind in the month (a Poisson draw). */
    private void repeat(YearMonth month, double mean, java.util.function.Consumer<Instant> alert) {
        int n = 0;
        for (double p = Math.exp(-mean), s = p, u = random.nextDouble(); u > s; s += p) {
            n++;
            p *= mean / n;
        }
        for (int i = 0; i < n; i++) {
            alert.accept(month.atDay(1 + random.nextInt(month.lengthOfMonth())).atStartOfDay().toInstant(ZoneOffset.UTC)
                    .plus(Duration.ofMinutes(6 * 60 + random.nextInt(14 * 60))));
        }
    }

    private void fromFrance(Instant expected) {
        boolean named = random.nextBoolean();
        int people = 1 + (random.nextDouble() < 0.25 ? 1 + random.nextInt(2) : 0);
        life(CIMADE, input("AIR_ESCORTED", "FR", "bamako-senou", expected, people, pick(0.2, 1), 0, 0,
                vulnerabilities(0.7, "DETAINED", 0.15, "ESCORT_VIOLENCE", 0.05, "SICK"), named ? "PARTNERS" : "NETWORK", named ? List.of("ame") : null),
                expected.minus(hours(12, 60)), AME, List.of("WELCOME", "FAMILY_CONTACT", "LEGAL", "TRANSPORT"), 0.3);
    }

    private void fromLibya(Instant expected) {
        int people = 70 + random.nextInt(100);
        life(CIMADE, input("AIR_CHARTER", "LY", "bamako-senou", expected, people, people / 8 + random.nextInt(5), people / 12 + random.nextInt(4),
                random.nextInt(4), vulnerabilities(0.8, "DETAINED", 0.6, "SICK", 0.4, "ESCORT_VIOLENCE", 0.2, "INJURED", 0.15, "PREGNANT"), "NETWORK", null),
                expected.minus(hours(24, 96)), AME, List.of("WELCOME", "SHELTER", "MEDICAL", "PSYCHOSOCIAL", "FAMILY_CONTACT", "FOOD", "TRANSPORT"), 0.8);
    }

    private void fromAlgeria(Instant expected) {
        double where = random.nextDouble();
        String point = where < 0.7 ? "gao" : where < 0.9 ? "tinzawaten" : "kidal";
        int people = 15 + random.nextInt(90);
        life(GAO, input(random.nextDouble() < 0.6 ? "LAND_CONVOY" : "LAND_PUSHBACK", "DZ", point, expected, people, random.nextInt(people / 10 + 1),
                people / 9 + random.nextInt(4), random.nextInt(3), vulnerabilities(0.6, "INJURED", 0.5, "SICK", 0.2, "ESCORT_VIOLENCE", 0.05, "PREGNANT"),
                "NETWORK", null), expected.minus(hours(2, 30)), null, List.of("WELCOME", "MEDICAL", "FOOD", "TRANSPORT", "SHELTER"), 0.5);
    }

    private void fromMauritania(Instant expected) {
        double where = random.nextDouble();
        String point = where < 0.5 ? "gogui" : where < 0.8 ? "nioro" : "kayes";
        int people = 10 + random.nextInt(45);
        life(APDHA, input("LAND_PUSHBACK", "MR", point, expected, people, random.nextInt(people / 8 + 1), random.nextInt(people / 8 + 1), random.nextInt(2),
                vulnerabilities(0.3, "INJURED", 0.2, "SICK"), "NETWORK", null), expected.minus(hours(3, 40)), AME,
                List.of("WELCOME", "TRANSPORT", "FOOD", "FAMILY_CONTACT"), 0.25);
    }

    private void fromSpain(Instant expected) {
        int people = 1 + random.nextInt(6);
        life(APDHA, input("AIR_ESCORTED", "ES", "bamako-senou", expected, people, pick(0.2, 1), 0, 0, vulnerabilities(0.8, "DETAINED", 0.1, "ESCORT_VIOLENCE"),
                "PARTNERS", List.of("ame", "cimade")), expected.minus(hours(12, 72)), AME, List.of("WELCOME", "LEGAL", "FAMILY_CONTACT"), 0.3);
    }

    private void fromNiger(Instant expected) {
        int people = 40 + random.nextInt(90);
        String point = random.nextDouble() < 0.6 ? "sogoniko" : "gao";
        life(AME, input("REPATRIATION", "NE", point, expected, people, people / 5 + random.nextInt(6), people / 6 + random.nextInt(6), random.nextInt(5),
                vulnerabilities(0.3, "SICK", 0.1, "PREGNANT"), "PUBLIC", null), expected.minus(hours(48, 120)), null,
                List.of("WELCOME", "TRANSPORT", "FOOD", "PSYCHOSOCIAL"), 0.4);
    }

    private void voluntaryReturn(Instant expected) {
        int people = 1 + random.nextInt(4);
        life(AME, input("VOLUNTARY_RETURN", random.nextBoolean() ? "CI" : "GN", "bamako-senou", expected, people, pick(0.4, 1), 0, 0, List.of(),
                "PUBLIC", null), expected.minus(hours(24, 72)), null, List.of("WELCOME", "TRANSPORT"), 0.2);
    }

    /**
     * An alert's whole life: posted, offered to and accepted by the receiver (sometimes only after the people arrived),
     * the arrival, the reports, the close; or, one time in twenty-five, cancelled before anyone came.
     */
    private void life(Caller owner, AlertInput input, Instant posted, Caller receiver, List<String> services, double referralRate) {
        Instant expected = input.expectedArrival();
        AlertHistory.Past alert = history.posted(owner, input, posted);
        if (random.nextDouble() < 0.04) {
            alert.cancelled(owner, "Expulsion suspendue", posted.plus(Duration.ofMinutes(30 + random.nextInt(240)))).done();
            return;
        }
        Instant arrived = expected.plus(Duration.ofMinutes(random.nextInt(360) - 45));
        Instant step = posted.plus(Duration.ofMinutes(20 + random.nextInt(300)));
        if (receiver != null && step.isBefore(arrived)) {
            alert.offered(receiver, step);
            boolean named = input.partners() != null && input.partners().contains(receiver.tenant());
            if (!named) {
                // Mostly accepted in good time; sometimes only once the people were there (an answer late in the night).
                Instant accepted = random.nextDouble() < 0.8 ? min(step.plus(Duration.ofMinutes(10 + random.nextInt(300))), arrived.minusSeconds(60))
                        : arrived.plus(Duration.ofMinutes(5 + random.nextInt(50)));
                step = max(step, accepted);
                alert.accepted(owner, receiver.tenant(), step);
            }
        } else {
            receiver = null;
        }
        Caller reporter = receiver == null ? owner : receiver;
        int count = Math.max(1, (int) Math.round(input.peopleCount() * (0.85 + 0.15 * random.nextDouble())));
        Integer women = scaled(input.women(), count, input.peopleCount());
        Integer minors = scaled(input.minors(), count, input.peopleCount());
        if (women != null && minors != null && women + minors > count) {
            minors = count - women;
        }
        Integer unaccompanied = minors == null || input.unaccompaniedMinors() == null ? null : Math.min(minors, input.unaccompaniedMinors());
        Instant recorded = max(step, arrived).plus(Duration.ofMinutes(10 + random.nextInt(120)));
        alert.arrived(reporter, new Arrival.Input(arrived, count, women, minors, unaccompanied, true), recorded);
        List<String> given = new ArrayList<>();
        for (String s : services) {
            if (s.equals("WELCOME") || random.nextDouble() < 0.6) {
                given.add(s);
            }
        }
        int received = Math.max(0, (int) Math.round(count * (0.8 + 0.2 * random.nextDouble())));
        Instant reported = recorded.plus(Duration.ofHours(4 + random.nextInt(40)));
        alert.reported(reporter, ReceptionReport.of(received, given, random.nextDouble() < referralRate ? "Orientations (démonstration)" : null,
                null), reported);
        alert.closed(owner, reported.plus(Duration.ofHours(6 + random.nextInt(96)))).done();
    }

    private static AlertInput input(String kind, String origin, String point, Instant expected, int people, Integer women, Integer minors,
                                    Integer unaccompanied, List<String> vulnerabilities, String audience, List<String> partners) {
        int w = women == null ? 0 : Math.min(women, people);
        int m = minors == null ? 0 : Math.min(minors, people - w);
        return new AlertInput(kind, origin, List.of(), null, null, null, null, expected, point, people, null, w, m,
                unaccompanied == null ? null : Math.min(unaccompanied, m), vulnerabilities, List.of("WELCOME"),
                "Données de démonstration", "LIKELY", "EXPECTED", "MODERATE", null, audience, partners);
    }

    private List<String> vulnerabilities(Object... chancesAndNames) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < chancesAndNames.length; i += 2) {
            if (random.nextDouble() < (Double) chancesAndNames[i]) {
                chosen.add((String) chancesAndNames[i + 1]);
            }
        }
        return chosen;
    }

    private Integer pick(double chance, int value) {
        return random.nextDouble() < chance ? value : 0;
    }

    private Duration hours(int from, int to) {
        return Duration.ofMinutes(from * 60L + random.nextInt((to - from) * 60));
    }

    private static Integer scaled(Integer part, int count, int expected) {
        return part == null ? null : Math.min(count, (int) Math.round((double) part * count / expected));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Caller member(String username, String tenant) {
        return new Caller("demo-" + username, username, username, null, tenant, Set.of(Role.MEMBER));
    }
}
