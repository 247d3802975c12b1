package org.kafo.domain.observatory;

import static org.kafo.domain.observatory.FigureQueries.ALERTS;
import static org.kafo.domain.observatory.FigureQueries.ARRIVED;
import static org.kafo.domain.observatory.FigureQueries.ARRIVED_ALERTS;
import static org.kafo.domain.observatory.FigureQueries.ARRIVED_MINORS;
import static org.kafo.domain.observatory.FigureQueries.ARRIVED_UNACCOMPANIED;
import static org.kafo.domain.observatory.FigureQueries.ARRIVED_WOMEN;
import static org.kafo.domain.observatory.FigureQueries.CANCELLED;
import static org.kafo.domain.observatory.FigureQueries.EXPECTED;
import static org.kafo.domain.observatory.FigureQueries.IN_TIME;
import static org.kafo.domain.observatory.FigureQueries.MINORS;
import static org.kafo.domain.observatory.FigureQueries.RECEIVED;
import static org.kafo.domain.observatory.FigureQueries.REFERRALS;
import static org.kafo.domain.observatory.FigureQueries.REPORTED;
import static org.kafo.domain.observatory.FigureQueries.REPORTS;
import static org.kafo.domain.observatory.FigureQueries.SERVICE;
import static org.kafo.domain.observatory.FigureQueries.UNACCOMPANIED;
import static org.kafo.domain.observatory.FigureQueries.VULNERABILITY;
import static org.kafo.domain.observatory.FigureQueries.WOMEN;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.kafo.domain.alert.AlertKind;
import org.kafo.domain.alert.Assistance;
import org.kafo.domain.alert.Vulnerability;
import org.kafo.domain.observatory.FigureQueries.ActorCommitments;
import org.kafo.domain.observatory.FigureQueries.Median;
import org.kafo.domain.observatory.FigureQueries.Sums;
import org.kafo.domain.observatory.FigureTable.Column;
import org.kafo.domain.observatory.FigureTable.Row;
import org.kafo.domain.observatory.Suppression.Address;
import org.kafo.domain.observatory.Suppression.Group;
import org.kafo.domain.reference.Countries;

/**
 * Rolls the sums of {@link FigureQueries} up into the figures' tables, says which cells add up to which totals, and
 * hides what {@link Suppression} says must be hidden. The one place that knows how the tables relate.
 */
final class FigureBook {

    static final String SUMMARY = "summary", BY_MONTH = "by-month", BY_ORIGIN = "by-origin", BY_KIND = "by-kind",
            BY_POINT = "by-point", BY_REGION = "by-region", PEOPLE = "people", VULNERABILITIES = "vulnerabilities",
            RECEPTION = "reception", TIMING = "timing", COMMITMENTS = "commitments";

    /** The columns of every breakdown of the alerts. */
    private static final List<Column> BREAKDOWN = List.of(new Column("alerts", "Alertes"),
            new Column("expected", "Personnes attendues"), new Column("arrived", "Personnes arrivées"),
            new Column("received", "Personnes reçues"));

    /** The overview's rows, and the breakdowns' total column each is the same number as (-1: none). */
    private static final List<String[]> SUMMARY_ROWS = List.of(
            new String[] {"alerts", "Alertes (hors annulées)"},
            new String[] {"expected", "Personnes attendues"},
            new String[] {"arrived-alerts", "Alertes dont l'arrivée est enregistrée"},
            new String[] {"arrived", "Personnes arrivées"},
            new String[] {"received", "Personnes reçues (comptes rendus)"},
            new String[] {"reports", "Comptes rendus d'accueil"},
            new String[] {"cancelled", "Alertes annulées"});

    private final Scope scope;
    private final Period period;
    private final Suppression suppression;
    private final Map<String, String> pointNames;
    private final Map<String, String> regionNames;

    /** Values as computed, before hiding: by table, by row key (in order), then by column. */
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Set<Address>> links = new ArrayList<>();

    private record Draft(String id, String title, String rowHeading, List<Column> columns, LinkedHashMap<String, String> labels,
                         Map<String, Number[]> values, Number[] total, String note, boolean counts) {
    }

    FigureBook(Scope scope, Period period, Suppression suppression, Map<String, String> pointNames, Map<String, String> regionNames) {
        this.scope = scope;
        this.period = period;
        this.suppression = suppression;
        this.pointNames = pointNames;
        this.regionNames = regionNames;
    }

    /** Every table of the figures, small cells hidden when the scope says so. */
    List<FigureTable> tables(List<Sums> alerts, List<Sums> reports, Median lead, List<ActorCommitments> commitments) {
        long[] all = total(alerts, VULNERABILITY + Vulnerability.values().length);
        long[] reported = total(reports, SERVICE + 2 * Assistance.values().length);
        int receivedFrom = scope == Scope.OWN ? REPORTED : RECEIVED;
        List<Sums> received = scope == Scope.OWN ? reports : alerts;

        summary(all, reported);
        breakdown(BY_MONTH, "Par mois", "Mois", alerts, received, receivedFrom, Sums::month, FigureBook::monthLabel,
                period.months().stream().map(YearMonth::toString).toList(), null);
        breakdown(BY_ORIGIN, "Par pays d'origine", "Pays d'origine", alerts, received, receivedFrom, Sums::origin,
                Countries::frenchName, List.of(), null);
        breakdown(BY_KIND, "Par type de retour", "Type de retour", alerts, received, receivedFrom, s -> s.kind().name(),
                k -> AlertKind.valueOf(k).label(), List.of(), null);
        breakdown(BY_REGION, "Par région d'arrivée", "Région", alerts, received, receivedFrom, Sums::region,
                r -> regionNames.getOrDefault(r, r), List.of(), null);
        breakdown(BY_POINT, "Par point d'arrivée", "Point d'arrivée", alerts, received, receivedFrom, Sums::point,
                p -> pointNames.getOrDefault(p, p), List.of(), "Les personnes reçues à chaque point sont aussi sur la carte.");
        regionsOfPoints(alerts);
        people(all);
        vulnerabilities(all);
        reception(reported);
        timing(all, lead);
        commitments(commitments);
        return hide();
    }

    private void summary(long[] all, long[] reported) {
        long[] values = {all[ALERTS], all[EXPECTED], all[ARRIVED_ALERTS], all[ARRIVED],
                scope == Scope.OWN ? reported[REPORTED] : all[RECEIVED], reported[REPORTS], all[CANCELLED]};
        LinkedHashMap<String, String> labels = new LinkedHashMap<>();
        Map<String, Number[]> cells = new HashMap<>();
        for (int i = 0; i < SUMMARY_ROWS.size(); i++) {
            labels.put(SUMMARY_ROWS.get(i)[0], SUMMARY_ROWS.get(i)[1]);
            cells.put(SUMMARY_ROWS.get(i)[0], new Number[] {values[i]});
        }
        drafts.put(SUMMARY, new Draft(SUMMARY, "Vue d'ensemble", "Mesure", List.of(new Column("value", "Nombre")), labels, cells, null,
                scope == Scope.OWN ? "Alertes que votre association a publiées ou reçues ; personnes reçues selon ses propres comptes rendus."
                        : null, true));
    }

    /** A breakdown of the alerts by one of the four keys, with its total, linked to the overview's totals. */
    private void breakdown(String id, String title, String heading, List<Sums> alerts, List<Sums> received, int receivedFrom,
                           Function<Sums, String> key, Function<String, String> label, List<String> alwaysShown, String note) {
        Map<String, Number[]> values = new HashMap<>();
        alwaysShown.forEach(k -> values.put(k, zeros(4)));
        for (Sums s : alerts) {
            long[] v = s.values();
            add(values.computeIfAbsent(key.apply(s), k -> zeros(4)), v[ALERTS], v[EXPECTED], v[ARRIVED], 0);
        }
        for (Sums s : received) {
            add(values.computeIfAbsent(key.apply(s), k -> zeros(4)), 0, 0, 0, s.values()[receivedFrom]);
        }
        // Keys with nothing counted (a cancelled alert's country) are not rows; the months of the period always are.
        values.entrySet().removeIf(e -> !alwaysShown.contains(e.getKey()) && java.util.Arrays.stream(e.getValue()).allMatch(n -> n.longValue() == 0));
        List<String> keys = new ArrayList<>(values.keySet());
        if (alwaysShown.isEmpty()) {
            keys.sort(Comparator.comparingLong((String k) -> -values.get(k)[1].longValue()).thenComparing(label));
        } else {
            keys.sort(Comparator.naturalOrder());
        }
        LinkedHashMap<String, String> labels = new LinkedHashMap<>();
        keys.forEach(k -> labels.put(k, label.apply(k)));
        Number[] total = zeros(4);
        values.values().forEach(v -> add(total, v[0].longValue(), v[1].longValue(), v[2].longValue(), v[3].longValue()));
        drafts.put(id, new Draft(id, title, heading, BREAKDOWN, labels, values, total, note, true));
        for (int c = 0; c < 4; c++) {
            int column = c;
            groups.add(new Group(new Address(id, Suppression.TOTAL, c), keys.stream().map(k -> new Address(id, k, column)).toList()));
        }
        link(new Address(SUMMARY, "alerts", 0), new Address(id, Suppression.TOTAL, 0));
        link(new Address(SUMMARY, "expected", 0), new Address(id, Suppression.TOTAL, 1));
        link(new Address(SUMMARY, "arrived", 0), new Address(id, Suppression.TOTAL, 2));
        link(new Address(SUMMARY, "received", 0), new Address(id, Suppression.TOTAL, 3));
    }

    /** A region's cells are the total of its points' cells. */
    private void regionsOfPoints(List<Sums> alerts) {
        Map<String, Set<String>> pointsOf = new HashMap<>();
        alerts.forEach(s -> pointsOf.computeIfAbsent(s.region(), r -> new java.util.TreeSet<>()).add(s.point()));
        Draft points = drafts.get(BY_POINT);
        Draft regions = drafts.get(BY_REGION);
        pointsOf.forEach((region, codes) -> {
            if (!regions.labels().containsKey(region)) {
                return;
            }
            for (int c = 0; c < 4; c++) {
                int column = c;
                groups.add(new Group(new Address(BY_REGION, region, c), codes.stream().filter(points.labels()::containsKey)
                        .map(p -> new Address(BY_POINT, p, column)).toList()));
            }
        });
    }

    private void people(long[] all) {
        LinkedHashMap<String, String> labels = new LinkedHashMap<>();
        labels.put("women", "Femmes");
        labels.put("minors", "Mineurs");
        labels.put("unaccompanied-minors", "Mineurs non accompagnés");
        Map<String, Number[]> values = Map.of("women", new Number[] {all[WOMEN], all[ARRIVED_WOMEN]},
                "minors", new Number[] {all[MINORS], all[ARRIVED_MINORS]},
                "unaccompanied-minors", new Number[] {all[UNACCOMPANIED], all[ARRIVED_UNACCOMPANIED]});
        drafts.put(PEOPLE, new Draft(PEOPLE, "Femmes et mineurs", "Personnes",
                List.of(new Column("expected", "Annoncés dans les alertes"), new Column("arrived", "Parmi les personnes arrivées")),
                labels, values, null, "Là où l'alerte ou l'arrivée les précise : une case vide de l'alerte ne compte pas.", true));
    }

    private void vulnerabilities(long[] all) {
        LinkedHashMap<String, String> labels = new LinkedHashMap<>();
        Map<String, Number[]> values = new HashMap<>();
        for (Vulnerability v : Vulnerability.values()) {
            labels.put(v.name(), capitalised(v.label()));
            values.put(v.name(), new Number[] {all[VULNERABILITY + v.ordinal()]});
        }
        drafts.put(VULNERABILITIES, new Draft(VULNERABILITIES, "Vulnérabilités signalées", "Vulnérabilité",
                List.of(new Column("alerts", "Alertes qui la signalent")), labels, values, null,
                "Une alerte peut en signaler plusieurs.", true));
    }

    private void reception(long[] reported) {
        LinkedHashMap<String, String> labels = new LinkedHashMap<>();
        Map<String, Number[]> values = new HashMap<>();
        for (Assistance a : Assistance.values()) {
            labels.put(a.name(), capitalised(a.label()));
            values.put(a.name(), new Number[] {reported[SERVICE + 2 * a.ordinal()], reported[SERVICE + 2 * a.ordinal() + 1]});
        }
        labels.put("referrals", "Orientations vers d'autres services");
        values.put("referrals", new Number[] {reported[REFERRALS], null});
        drafts.put(RECEPTION, new Draft(RECEPTION, "Services rendus et orientations", "Service",
                List.of(new Column("reports", "Comptes rendus"), new Column("people", "Personnes reçues")), labels, values, null,
                "Selon les comptes rendus d'accueil ; un compte rendu peut citer plusieurs services. Les orientations sont comptées, "
                        + "jamais lues : leur texte reste aux associations qui ont reçu les personnes.", true));
    }

    private void timing(long[] all, Median lead) {
        LinkedHashMap<String, String> labels = new LinkedHashMap<>();
        labels.put("arrived", "Alertes dont l'arrivée est enregistrée");
        labels.put("in-time", "… dont l'accueil était accepté avant l'arrivée");
        labels.put("late", "… sans accueil accepté avant l'arrivée");
        labels.put("median-hours", "Délai médian entre l'alerte et l'arrivée (heures)");
        Map<String, Number[]> values = new HashMap<>();
        values.put("arrived", new Number[] {all[ARRIVED_ALERTS]});
        values.put("in-time", new Number[] {all[IN_TIME]});
        values.put("late", new Number[] {all[ARRIVED_ALERTS] - all[IN_TIME]});
        Double median = lead.value() == null ? null : Math.round(lead.value() * 10) / 10.0;
        values.put("median-hours", new Number[] {median});
        drafts.put(TIMING, new Draft(TIMING, "Prise en charge et délai d'alerte", "Mesure", List.of(new Column("value", "Valeur")),
                labels, values, null, "Délai : de la publication de l'alerte à l'arrivée enregistrée (0 pour une alerte publiée après "
                        + "l'arrivée), médiane sur " + lead.over() + " alerte" + (lead.over() == 1 ? "" : "s") + ".", true));
        groups.add(new Group(new Address(TIMING, "arrived", 0), List.of(new Address(TIMING, "in-time", 0), new Address(TIMING, "late", 0))));
        link(new Address(SUMMARY, "arrived-alerts", 0), new Address(TIMING, "arrived", 0));
        if (scope.suppresses() && suppression.small(lead.over())) {
            hiddenMedian = true;
        }
    }

    private boolean hiddenMedian;

    private void commitments(List<ActorCommitments> commitments) {
        LinkedHashMap<String, String> labels = new LinkedHashMap<>();
        Map<String, Number[]> values = new HashMap<>();
        Number[] total = zeros(3);
        for (ActorCommitments c : commitments) {
            String key = c.actor().toString();
            labels.put(key, c.acronym() == null || c.acronym().isBlank() ? c.name() : c.name() + " (" + c.acronym() + ")");
            values.put(key, new Number[] {c.made(), c.done(), c.overdue()});
            add(total, c.made(), c.done(), c.overdue());
        }
        drafts.put(COMMITMENTS, new Draft(COMMITMENTS, "Engagements pris lors des rencontres", "Acteur",
                List.of(new Column("made", "Pris"), new Column("done", "Réalisés"), new Column("overdue", "En retard")),
                labels, values, total, "Engagements des rencontres tenues pendant la période, pris par des organisations (aucune "
                        + "personne n'y est comptée : ils ne sont pas masqués) ; en retard : prévus ou en cours, échéance passée.", false));
    }

    /** Applies the suppression (for the scopes that hide) and freezes the tables. */
    private List<FigureTable> hide() {
        Map<Address, Cell.Hidden> hidden = Map.of();
        if (scope.suppresses()) {
            Map<Address, Long> counts = new LinkedHashMap<>();
            drafts.values().stream().filter(Draft::counts).forEach(d -> {
                d.labels().keySet().forEach(k -> put(counts, d, k, d.values().get(k)));
                if (d.total() != null) {
                    put(counts, d, Suppression.TOTAL, d.total());
                }
            });
            hidden = suppression.hide(counts, groups, links);
        }
        List<FigureTable> tables = new ArrayList<>();
        for (Draft d : drafts.values()) {
            List<Row> rows = new ArrayList<>();
            for (Map.Entry<String, String> row : d.labels().entrySet()) {
                rows.add(row(d, row.getKey(), row.getValue(), d.values().get(row.getKey()), hidden));
            }
            Row total = d.total() == null ? null : row(d, Suppression.TOTAL, "Total", d.total(), hidden);
            tables.add(new FigureTable(d.id(), d.title(), d.rowHeading(), d.columns(), rows, total, d.note()));
        }
        return tables;
    }

    private Row row(Draft d, String key, String label, Number[] values, Map<Address, Cell.Hidden> hidden) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < values.length; c++) {
            Cell.Hidden why = hidden.get(new Address(d.id(), key, c));
            if (d.id().equals(TIMING) && key.equals("median-hours") && hiddenMedian) {
                why = Cell.Hidden.SMALL;
            }
            cells.add(values[c] == null && why == null ? Cell.none() : new Cell(values[c], why));
        }
        return new Row(key.equals(Suppression.TOTAL) ? "total" : key, label, cells);
    }

    private static void put(Map<Address, Long> counts, Draft d, String key, Number[] values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Long n) {
                counts.put(new Address(d.id(), key, c), n);
            }
        }
    }

    private void link(Address a, Address b) {
        links.add(Set.of(a, b));
    }

    private static long[] total(List<Sums> sums, int size) {
        long[] total = new long[size];
        sums.forEach(s -> {
            for (int i = 0; i < size; i++) {
                total[i] += s.values()[i];
            }
        });
        return total;
    }

    private static Number[] zeros(int n) {
        Number[] z = new Number[n];
        java.util.Arrays.fill(z, 0L);
        return z;
    }

    private static void add(Number[] into, long... values) {
        for (int i = 0; i < values.length; i++) {
            into[i] = into[i].longValue() + values[i];
        }
    }

    static String monthLabel(String yearMonth) {
        YearMonth m = YearMonth.parse(yearMonth);
        return capitalised(m.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRENCH)) + " " + m.getYear();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
    }
}
