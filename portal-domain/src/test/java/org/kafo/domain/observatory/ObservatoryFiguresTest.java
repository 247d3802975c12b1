package org.kafo.domain.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.domain.observatory.ObservatoryFixture.AME;
import static org.kafo.domain.observatory.ObservatoryFixture.APDHA;
import static org.kafo.domain.observatory.ObservatoryFixture.CIMADE;
import static org.kafo.domain.observatory.ObservatoryFixture.COORDINATION;
import static org.kafo.domain.observatory.ObservatoryFixture.GAO;
import static org.kafo.domain.observatory.ObservatoryFixture.NOW;
import static org.kafo.domain.observatory.ObservatoryFixture.OBSERVER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.tenancy.Caller;

/**
 * The figures of {@link ObservatoryFixture}'s year, compared with numbers worked out by hand from the table in its
 * comment. "h" marks a cell hidden because it is small, "c" one hidden because it would give a small one away.
 */
class ObservatoryFiguresTest {

    private static final ObservatoryFixture DATA = new ObservatoryFixture();
    private static final Period YEAR = Period.year(2024);

    @BeforeAll
    static void aKnownYear() {
        DATA.load();
    }

    @Test
    void theNetworkAsTheAmeSeesItHidesSmallCellsAndTheCellsThatWouldRevealThem() {
        // Visible to the AME: A1, A2, A3, A4 (named partner), A5 (cancelled), A6 (its own), A9; not A8 (APDHA's partners),
        // not A7 (a draft), not A0 (2023).
        Figures f = DATA.figures(AME, Scope.NETWORK, YEAR);
        assertThat(f.suppressed()).isTrue();
        assertThat(f.threshold()).isEqualTo(5);
        // alerts 6 = A1 A2 A3 A4 A6 A9; expected 120+3+60+40+30+7 = 260; arrived 118+3+58+40+7 = 226;
        // received: A1 110+20 = 130 reported but only 118 arrived, so 118; +3 +58 +38 +7 = 224; 6 reports; 1 cancelled (hidden).
        assertThat(column(f, "summary", "value")).containsExactly(entry("alerts", "6"), entry("expected", "260"),
                entry("arrived-alerts", "5"), entry("arrived", "226"), entry("received", "224"), entry("reports", "6"),
                entry("cancelled", "h"));

        // By origin, largest first. France's 3 is alone under each shown total: Niger, the smallest other, goes with it.
        assertThat(f.table("by-origin").rows()).extracting(FigureTable.Row::key).containsExactly("LY", "DZ", "MR", "NE", "FR");
        assertThat(column(f, "by-origin", "expected")).containsExactly(entry("LY", "120"), entry("DZ", "60"), entry("MR", "40"),
                entry("NE", "c"), entry("FR", "h"), entry("total", "260"));
        assertThat(column(f, "by-origin", "arrived")).containsExactly(entry("LY", "118"), entry("DZ", "58"), entry("MR", "40"),
                entry("NE", "c"), entry("FR", "h"), entry("total", "226"));
        assertThat(column(f, "by-origin", "received")).containsExactly(entry("LY", "118"), entry("DZ", "58"), entry("MR", "38"),
                entry("NE", "c"), entry("FR", "h"), entry("total", "224"));
        // One or two alerts per country: every alert count is hidden, the total of 6 is not.
        assertThat(column(f, "by-origin", "alerts").values()).containsExactly("h", "h", "h", "h", "h", "6");

        // By kind: the escorted flight's 3 takes the smallest other non-zero cell of its column with it: 30 expected on the
        // repatriation; 40 arrived and 38 received on the push-back (the repatriation's 0 reveals nothing).
        assertThat(column(f, "by-kind", "expected")).containsExactly(entry("AIR_CHARTER", "120"), entry("LAND_CONVOY", "67"),
                entry("LAND_PUSHBACK", "40"), entry("REPATRIATION", "c"), entry("AIR_ESCORTED", "h"), entry("total", "260"));
        assertThat(column(f, "by-kind", "arrived")).containsExactly(entry("AIR_CHARTER", "118"), entry("LAND_CONVOY", "65"),
                entry("LAND_PUSHBACK", "c"), entry("REPATRIATION", "0"), entry("AIR_ESCORTED", "h"), entry("total", "226"));
        assertThat(column(f, "by-kind", "received")).containsExactly(entry("AIR_CHARTER", "118"), entry("LAND_CONVOY", "65"),
                entry("LAND_PUSHBACK", "c"), entry("REPATRIATION", "0"), entry("AIR_ESCORTED", "h"), entry("total", "224"));

        // Every month of the year is a row; A9 arrived on 1 January 2024 (expected the night before): it counts in January.
        assertThat(column(f, "by-month", "expected")).containsExactly(entry("2024-01", "7"), entry("2024-02", "0"),
                entry("2024-03", "123"), entry("2024-04", "0"), entry("2024-05", "60"), entry("2024-06", "0"), entry("2024-07", "40"),
                entry("2024-08", "0"), entry("2024-09", "0"), entry("2024-10", "30"), entry("2024-11", "0"), entry("2024-12", "0"),
                entry("total", "260"));
        assertThat(f.table("by-month").row("2024-03").orElseThrow().label()).isEqualTo("Mars 2024");
        assertThat(column(f, "by-month", "received")).containsEntry("2024-03", "121").containsEntry("2024-07", "38");

        // Points and regions: Bamako-Sénou 123 (A1 + A2) and Sogoniko 30 make the region of Bamako's 153.
        assertThat(column(f, "by-point", "expected")).containsExactly(entry("bamako-senou", "123"), entry("gao", "67"),
                entry("gogui", "40"), entry("sogoniko", "30"), entry("total", "260"));
        assertThat(f.table("by-point").row("gogui").orElseThrow().label()).isEqualTo("Poste frontière de Gogui (Mauritanie)");
        assertThat(column(f, "by-region", "expected")).containsExactly(entry("bamako", "153"), entry("gao", "67"),
                entry("nioro", "40"), entry("total", "260"));
        assertThat(column(f, "by-region", "received")).containsExactly(entry("bamako", "121"), entry("gao", "65"),
                entry("nioro", "38"), entry("total", "224"));

        // Women: 20+1+5+2+10+0 = 38 announced, 19+1+5+2+0 = 27 arrived; minors 10+0+8+3+12+1 = 34 and 10+0+8+3+1 = 22;
        // unaccompanied 4+0+2+0+0+1 = 7 and 3+0+2+0+1 = 6.
        assertThat(column(f, "people", "expected")).containsExactly(entry("women", "38"), entry("minors", "34"),
                entry("unaccompanied-minors", "7"));
        assertThat(column(f, "people", "arrived")).containsExactly(entry("women", "27"), entry("minors", "22"),
                entry("unaccompanied-minors", "6"));
        // Injured A3 A9, sick A1 A3, detained A1 A2: two each, hidden; the cancelled A5's pregnancy does not count.
        assertThat(column(f, "vulnerabilities", "alerts")).containsExactly(entry("INJURED", "h"), entry("SICK", "h"),
                entry("PREGNANT", "0"), entry("DETAINED", "h"), entry("ESCORT_VIOLENCE", "0"));
        // Welcome in all 6 reports: 110+20+3+58+38+7 = 236 people; food in A3 A4 A9: 58+38+7 = 103; medical A1(AME) A3: 168.
        assertThat(column(f, "reception", "reports")).containsEntry("WELCOME", "6").containsEntry("FOOD", "h")
                .containsEntry("PSYCHOSOCIAL", "0").containsEntry("referrals", "h");
        assertThat(column(f, "reception", "people")).containsEntry("WELCOME", "236").containsEntry("FOOD", "103")
                .containsEntry("MEDICAL", "168").containsEntry("SHELTER", "110").containsEntry("LEGAL", "h").containsEntry("referrals", "—");
        // Accepted before the arrival: A1 and A4 (2); A2 was accepted 15 minutes after, A3 and A9 had no offer (3).
        // Lead times 49, 24.5, 26, 25, 26 hours: median 26.
        assertThat(column(f, "timing", "value")).containsExactly(entry("arrived", "5"), entry("in-time", "h"), entry("late", "h"),
                entry("median-hours", "26.0"));
        // Commitments are organisations' engagements, not people: never hidden. Cimade's private meeting is not the AME's.
        assertThat(column(f, "commitments", "made")).containsExactly(entry(ObservatoryFixture.OIM.toString(), "2"),
                entry(ObservatoryFixture.MME.toString(), "1"), entry("total", "3"));
        assertThat(column(f, "commitments", "done")).containsValues("1", "0", "1");
        assertThat(column(f, "commitments", "overdue")).containsExactly(entry(ObservatoryFixture.OIM.toString(), "1"),
                entry(ObservatoryFixture.MME.toString(), "0"), entry("total", "1"));
        assertThat(f.demonstration()).isFalse();
    }

    @Test
    void anAssociationsOwnFiguresAreItsWorkInFullWithThePeopleItsOwnReportsReceived() {
        // The AME posted A6 and received A1, A2, A4: 120+3+40+30 = 193 expected, 118+3+40 = 161 arrived, its own reports
        // 110+3+38 = 151 received. Nothing hidden: its own work.
        Figures f = DATA.figures(AME, Scope.OWN, YEAR);
        assertThat(f.suppressed()).isFalse();
        assertThat(column(f, "summary", "value")).containsExactly(entry("alerts", "4"), entry("expected", "193"),
                entry("arrived-alerts", "3"), entry("arrived", "161"), entry("received", "151"), entry("reports", "3"),
                entry("cancelled", "0"));
        assertThat(column(f, "by-origin", "received")).containsExactly(entry("LY", "110"), entry("MR", "38"), entry("NE", "0"),
                entry("FR", "3"), entry("total", "151"));
        // Lead times 49, 24.5, 25: median 25; in time A1 and A4.
        assertThat(column(f, "timing", "value")).containsExactly(entry("arrived", "3"), entry("in-time", "2"), entry("late", "1"),
                entry("median-hours", "25.0"));
        assertThat(column(f, "reception", "reports")).containsEntry("WELCOME", "3").containsEntry("referrals", "1");

        // The Mission catholique de Gao posted A3 and A9 and received part of A1: 120+60+7 = 187 expected, its reports 20+58+7.
        Figures gao = DATA.figures(GAO, Scope.OWN, YEAR);
        assertThat(column(gao, "summary", "value")).containsEntry("alerts", "3").containsEntry("expected", "187")
                .containsEntry("arrived", "183").containsEntry("received", "85");

        // La Cimade posted A1, A2, A5 (cancelled), A8; its draft A7 is nobody's figure, not even its own.
        Figures cimade = DATA.figures(CIMADE, Scope.OWN, YEAR);
        assertThat(column(cimade, "summary", "value")).containsEntry("alerts", "3").containsEntry("expected", "127")
                .containsEntry("cancelled", "1").containsEntry("received", "4");
    }

    @Test
    void anAssociationsPrivateAlertsNeverCountInAnotherAssociationsFiguresNorInPublicOnes() {
        // A4 is shared by APDHA with the AME only; A8 by La Cimade with APDHA only; A7 is La Cimade's draft.
        assertThat(column(DATA.figures(APDHA, Scope.NETWORK, YEAR), "by-origin", "expected")).containsKeys("MR", "ES")
                .containsEntry("total", "264");
        assertThat(column(DATA.figures(AME, Scope.NETWORK, YEAR), "by-origin", "expected")).containsKey("MR").doesNotContainKey("ES");
        assertThat(column(DATA.figures(CIMADE, Scope.NETWORK, YEAR), "by-origin", "expected")).containsKey("ES").doesNotContainKey("MR")
                .containsEntry("total", "224");
        assertThat(column(DATA.figures(GAO, Scope.NETWORK, YEAR), "by-origin", "expected")).doesNotContainKeys("MR", "ES");
        assertThat(column(DATA.figures(OBSERVER, Scope.NETWORK, YEAR), "by-origin", "expected")).doesNotContainKeys("MR", "ES")
                .containsEntry("total", "220");
        // The coordination belongs to the AME: it sees what the AME sees, no more (no role opens another's records).
        assertThat(column(DATA.figures(COORDINATION, Scope.NETWORK, YEAR), "by-origin", "expected")).doesNotContainKey("ES")
                .containsEntry("total", "260");
        for (Caller who : new Caller[] {AME, CIMADE, APDHA, GAO, OBSERVER, COORDINATION}) {
            // The draft's 9 people never appear: no total is 9 more than the alerts the caller may see.
            assertThat(column(DATA.figures(who, Scope.NETWORK, Period.month(2024, 6)), "summary", "value"))
                    .as(who.username()).containsEntry("alerts", "0").containsEntry("expected", "0");
        }
        DATA.observatory(o -> o.publish(COORDINATION, YEAR, NOW));
        try {
            // Public: A1, A2, A3, A5 (cancelled), A6, A9: 120+3+60+30+7 = 220 expected, neither A4 nor A8.
            Figures pub = DATA.figures(Caller.anonymous(), Scope.PUBLIC, YEAR);
            assertThat(pub.suppressed()).isTrue();
            assertThat(column(pub, "by-origin", "expected")).containsExactly(entry("LY", "120"), entry("DZ", "60"), entry("NE", "c"),
                    entry("FR", "h"), entry("total", "220"));
            // Four arrivals (A1 A2 A3 A9) are fewer than five: hidden in the overview and the timing; the median of four too.
            assertThat(column(pub, "summary", "value")).containsEntry("alerts", "5").containsEntry("arrived-alerts", "h")
                    .containsEntry("arrived", "186").containsEntry("received", "186");
            assertThat(column(pub, "timing", "value")).containsExactly(entry("arrived", "h"), entry("in-time", "h"), entry("late", "h"),
                    entry("median-hours", "h"));
            // The same public figures whoever asks, members of the associations that shared A4 and A8 included.
            assertThat(column(DATA.figures(APDHA, Scope.PUBLIC, YEAR), "by-origin", "expected"))
                    .isEqualTo(column(pub, "by-origin", "expected"));
            assertThat(pub.publication().publishedBy()).isEqualTo(COORDINATION.username());
        } finally {
            DATA.observatory(o -> {
                o.withdraw(COORDINATION, YEAR);
                return null;
            });
        }
    }

    @Test
    void periodsAndFiltersNarrowTheAlertsCounted() {
        // First quarter: A9 (1 January), A1, A2.
        assertThat(column(DATA.figures(AME, Scope.OWN, Period.quarter(2024, 1)), "summary", "value"))
                .containsEntry("alerts", "2").containsEntry("expected", "123");
        assertThat(column(DATA.figures(GAO, Scope.NETWORK, Period.quarter(2024, 1)), "summary", "value"))
                .containsEntry("alerts", "h").containsEntry("expected", "130");
        // 2023: A0 only (A9 arrived in 2024), and the meeting of December 2023.
        Figures y2023 = DATA.figures(AME, Scope.NETWORK, Period.year(2023));
        assertThat(column(y2023, "summary", "value")).containsEntry("alerts", "h").containsEntry("expected", "50");
        assertThat(column(y2023, "commitments", "made")).containsEntry("total", "1");
        // Convoys: A3 and A9, 60 + 7; arriving in the region of Bamako: A1, A2, A6, 120 + 3 + 30.
        assertThat(column(DATA.figures(AME, Scope.NETWORK, YEAR, FigureFilter.parse("land_convoy", null, null)), "summary", "value"))
                .containsEntry("expected", "67");
        Figures bamako = DATA.figures(AME, Scope.NETWORK, YEAR, FigureFilter.parse(null, null, "bamako"));
        assertThat(column(bamako, "summary", "value")).containsEntry("expected", "153");
        assertThat(bamako.filterLabel()).isEqualTo("région d'arrivée : District de Bamako");
        assertThat(column(DATA.figures(AME, Scope.NETWORK, YEAR, FigureFilter.parse(null, "ly", null)), "summary", "value"))
                .containsEntry("expected", "120");
    }

    @Test
    void scopesAPersonHasNoFiguresInAndBadFiltersAreRefusedInFrench() {
        assertRefused(() -> DATA.figures(Caller.anonymous(), Scope.NETWORK, YEAR), DomainException.Kind.FORBIDDEN, "Connectez-vous");
        assertRefused(() -> DATA.figures(OBSERVER, Scope.OWN, YEAR), DomainException.Kind.FORBIDDEN, "aucune association");
        assertRefused(() -> DATA.figures(AME, Scope.PUBLIC, Period.year(2023)), DomainException.Kind.NOT_FOUND, "ne sont pas publics");
        assertRefused(() -> DATA.figures(AME, Scope.NETWORK, YEAR, FigureFilter.parse(null, null, "atlantide")),
                DomainException.Kind.INVALID, "Région inconnue");
        assertRefused(() -> FigureFilter.parse("TELEPORT", "XX", null), DomainException.Kind.INVALID, "Certaines informations");
        assertRefused(() -> Scope.parse("everyone", AME), DomainException.Kind.INVALID, "Portée inconnue");
        assertThat(Scope.parse(null, AME)).isEqualTo(Scope.NETWORK);
        assertThat(Scope.parse("", Caller.anonymous())).isEqualTo(Scope.PUBLIC);
    }

    @Test
    void theThresholdIsTheOperatorsChoice() {
        // At 50, Mauritania's 40 and Algeria's 60 fall on either side; at 1 nothing is hidden.
        Figures strict = DATA.db.inTransaction(em -> ObservatoryFixture.observatory(em, 50)
                .figures(AME, Scope.NETWORK, YEAR, FigureFilter.NONE, NOW));
        assertThat(column(strict, "by-origin", "expected")).containsEntry("DZ", "60").containsEntry("MR", "h");
        Figures open = DATA.db.inTransaction(em -> ObservatoryFixture.observatory(em, 1)
                .figures(AME, Scope.NETWORK, YEAR, FigureFilter.NONE, NOW));
        assertThat(open.anyHidden()).isFalse();
        assertThat(column(open, "summary", "value")).containsEntry("cancelled", "1");
    }

    @Test
    void anAssociationExportsTheAlertsItPostedAndTheReportsItFiledWithoutFreeTextOrNames() {
        // La Cimade posted A1, A2, A5 (cancelled) and A8 in 2024; A7 is a draft, A0 is 2023.
        List<OwnRecords.AlertLine> cimade = DATA.db.inTransaction(em -> new OwnRecords(em).alerts(CIMADE, YEAR));
        assertThat(cimade).extracting(OwnRecords.AlertLine::originCountry).containsExactly("LY", "FR", "FR", "ES");
        OwnRecords.AlertLine charter = cimade.get(0);
        assertThat(charter.peopleExpected()).isEqualTo(120);
        assertThat(charter.peopleArrived()).isEqualTo(118);
        assertThat(charter.receivers()).containsExactly("ame", "mission-catholique-gao");
        assertThat(charter.reports()).isEqualTo(2);
        assertThat(charter.peopleReceived()).isEqualTo(118);
        assertThat(cimade.get(2).status()).isEqualTo(org.kafo.domain.alert.AlertStatus.CANCELLED);
        // The AME filed three reports in 2024: A1 (110, a referral), A2 (3), A4 (38).
        List<OwnRecords.ReportLine> ame = DATA.db.inTransaction(em -> new OwnRecords(em).reports(AME, YEAR));
        assertThat(ame).extracting(OwnRecords.ReportLine::received).containsExactly(110, 3, 38);
        assertThat(ame).extracting(OwnRecords.ReportLine::referrals).containsExactly(true, false, false);
        assertThat(ame).extracting(OwnRecords.ReportLine::alertOwner).containsExactly("cimade", "cimade", "apdha");
        // Nothing in a line could carry free text or a person's name: only codes, counts and times.
        assertThat(java.util.Arrays.stream(OwnRecords.ReportLine.class.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName))
                .doesNotContain("notes", "referralsText", "filedBy");
        assertThat(java.util.Arrays.stream(OwnRecords.AlertLine.class.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName))
                .doesNotContain("description", "source", "cancelReason", "createdBy");
        assertRefused(() -> DATA.db.inTransaction(em -> new OwnRecords(em).alerts(OBSERVER, YEAR)), DomainException.Kind.FORBIDDEN,
                "aucune association");
    }

    @Test
    void noVulnerabilityNorServiceNameIsPartOfAnotherSoThatOneLikeFindsExactlyIt() {
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(org.kafo.domain.alert.Vulnerability.class,
                org.kafo.domain.alert.Assistance.class)) {
            for (Enum<?> a : type.getEnumConstants()) {
                for (Enum<?> b : type.getEnumConstants()) {
                    assertThat(a == b || !b.name().contains(a.name())).as(a + " in " + b).isTrue();
                }
            }
        }
    }

    /** A column as the reader gets it: row key → value, "h" hidden small, "c" hidden complementary, "—" not applicable. */
    static Map<String, String> column(Figures f, String table, String column) {
        FigureTable t = f.table(table);
        int c = t.column(column);
        Map<String, String> values = new LinkedHashMap<>();
        t.rows().forEach(r -> values.put(r.key(), shown(r.cell(c))));
        t.totalRow().ifPresent(r -> values.put("total", shown(r.cell(c))));
        return values;
    }

    private static String shown(Cell cell) {
        if (!cell.shown()) {
            return cell.hidden() == Cell.Hidden.SMALL ? "h" : "c";
        }
        return cell.value() == null ? "—" : cell.value().toString();
    }

    private static Map.Entry<String, String> entry(String key, String value) {
        return Map.entry(key, value);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, DomainException.Kind kind, String text) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(text);
        });
    }
}
