package org.kafo.web.observatory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.kafo.domain.alert.Assistance;
import org.kafo.domain.alert.Vulnerability;
import org.kafo.domain.observatory.Cell;
import org.kafo.domain.observatory.FigureTable;
import org.kafo.domain.observatory.Figures;
import org.kafo.domain.observatory.OwnRecords;
import org.kafo.domain.observatory.Period;
import org.kafo.domain.reference.Countries;
import org.kafo.web.csv.SpreadsheetCsv;

/**
 * The observatory's CSV files, all written by the one CSV writer ({@link SpreadsheetCsv}): a figure, every figure in long
 * form, one's own alerts, one's own reports. A hidden cell is the word "masqué", never a number. Files of figures end
 * with what a reader must know (period, scope, method, source); every file made from demonstration data begins by
 * saying so.
 */
@ApplicationScoped
public class FigureFiles {

    static final String HIDDEN = "masqué";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Inject
    ObservatoryNames names;

    /** One figure: its rows, then its total, then the notes. */
    public String figure(Figures f, FigureTable t, String association) {
        SpreadsheetCsv csv = start(f, header(t));
        for (FigureTable.Row r : t.rows()) {
            csv.row(row(r.label(), r.key(), r));
        }
        t.totalRow().ifPresent(r -> csv.row(row("Total", "", r)));
        return notes(csv, f, association, t.title() + (t.note() == null ? "" : " — " + t.note())).text();
    }

    /** Every figure, one value a line: figure, row, code, column, value. */
    public String all(Figures f, String association) {
        SpreadsheetCsv csv = start(f, "Figure", "Ligne", "Code", "Colonne", "Valeur");
        for (FigureTable t : f.tables()) {
            for (FigureTable.Row r : t.rows()) {
                for (int c = 0; c < t.columns().size(); c++) {
                    csv.row(t.title(), r.label(), r.key(), t.columns().get(c).label(), value(r.cell(c)));
                }
            }
            t.totalRow().ifPresent(r -> {
                for (int c = 0; c < t.columns().size(); c++) {
                    csv.row(t.title(), "Total", "total", t.columns().get(c).label(), value(r.cell(c)));
                }
            });
        }
        return notes(csv, f, association, "Toutes les figures").text();
    }

    /** The alerts one's association posted in the period: structured facts, no free text, no personal data. */
    public String ownAlerts(List<OwnRecords.AlertLine> lines, boolean demonstration) {
        SpreadsheetCsv csv = start(demonstration, "Alerte", "Statut", "Type de retour", "Pays d'origine",
                "Pays de transit", "Point d'arrivée", "Publiée le (UTC)", "Arrivée prévue (UTC)", "Personnes attendues", "Femmes",
                "Mineurs", "Mineurs non accompagnés", "Vulnérabilités", "Besoins", "Arrivée (UTC)", "Personnes arrivées",
                "Associations qui ont reçu", "Comptes rendus", "Personnes reçues");
        for (OwnRecords.AlertLine a : lines) {
            csv.row(a.id().toString(), a.status().label(), a.kind().label(), Countries.frenchName(a.originCountry()),
                    a.transitCountries().stream().map(Countries::frenchName).collect(Collectors.joining(", ")), names.point(a.arrivalPoint()),
                    time(a.publishedAt()), time(a.expectedArrival()), a.peopleExpected(), a.women(), a.minors(), a.unaccompaniedMinors(),
                    a.vulnerabilities().stream().map(Vulnerability::label).collect(Collectors.joining(", ")),
                    a.needs().stream().map(Assistance::label).collect(Collectors.joining(", ")), time(a.arrivedAt()), a.peopleArrived(),
                    a.receivers().stream().map(names::association).collect(Collectors.joining(", ")), a.reports(), a.peopleReceived());
        }
        return csv.text();
    }

    /** The reports one's association filed in the period: counts and services; a referral is "oui" or "non", never its text. */
    public String ownReports(List<OwnRecords.ReportLine> lines, boolean demonstration) {
        SpreadsheetCsv csv = start(demonstration, "Alerte", "Publiée par", "Type de retour", "Pays d'origine",
                "Point d'arrivée", "Arrivée (UTC)", "Compte rendu déposé le (UTC)", "Personnes reçues", "Services rendus",
                "Orientations");
        for (OwnRecords.ReportLine r : lines) {
            csv.row(r.alertId().toString(), names.association(r.alertOwner()), r.kind().label(), Countries.frenchName(r.originCountry()),
                    names.point(r.arrivalPoint()), time(r.arrivedAt()), time(r.filedAt()), r.received(),
                    r.services().stream().map(Assistance::label).collect(Collectors.joining(", ")), r.referrals() ? "oui" : "non");
        }
        return csv.text();
    }

    /** The name of a CSV file of an association's own records: {@code <name>-2025.csv}, {@code …-demonstration.csv} for demonstration data. */
    public static String ownFileName(String name, Period period, boolean demonstration) {
        return name + "-" + period.code() + (demonstration ? "-demonstration" : "") + ".csv";
    }

    /** A file's name: {@code kafo-observatoire-2024-reseau-by-month.csv}, {@code …-demonstration…} for demonstration data. */
    public static String fileName(Figures f, String what, String extension) {
        return "kafo-observatoire-" + f.period().code() + "-" + switch (f.scope()) {
            case OWN -> "mon-association";
            case NETWORK -> "reseau";
            case PUBLIC -> "public";
        } + (what == null ? "" : "-" + what) + (f.demonstration() ? "-demonstration" : "") + "." + extension;
    }

    private static SpreadsheetCsv start(Figures f, String... header) {
        return start(f.demonstration(), header);
    }

    /** A file whose first line, for demonstration data, says so before the header. */
    private static SpreadsheetCsv start(boolean demonstration, String... header) {
        return demonstration ? SpreadsheetCsv.withHeader(Method.DEMONSTRATION).row((Object[]) header) : SpreadsheetCsv.withHeader(header);
    }

    private SpreadsheetCsv notes(SpreadsheetCsv csv, Figures f, String association, String what) {
        csv.row();
        csv.row("Figure", what);
        csv.row("Période", f.period().label() + " (" + f.period().code() + ")");
        csv.row("Portée", Method.scope(f, association));
        if (f.filter().any()) {
            csv.row("Filtre", f.filterLabel());
        }
        for (String p : Method.paragraphs(f)) {
            csv.row("Méthode", p);
        }
        csv.row("Source", Method.SOURCE);
        csv.row("Calculé le", DATE_TIME.format(f.computedAt()) + " UTC");
        if (f.demonstration()) {
            csv.row("Attention", Method.DEMONSTRATION);
        }
        return csv;
    }

    private static String[] header(FigureTable t) {
        String[] header = new String[t.columns().size() + 2];
        header[0] = t.rowHeading();
        header[1] = "Code";
        for (int c = 0; c < t.columns().size(); c++) {
            header[c + 2] = t.columns().get(c).label();
        }
        return header;
    }

    private static Object[] row(String label, String key, FigureTable.Row r) {
        Object[] cells = new Object[r.cells().size() + 2];
        cells[0] = label;
        cells[1] = key;
        for (int c = 0; c < r.cells().size(); c++) {
            cells[c + 2] = value(r.cell(c));
        }
        return cells;
    }

    /** A number as it is (the spreadsheet reads it), "masqué", or empty when not applicable. */
    static Object value(Cell cell) {
        return !cell.shown() ? HIDDEN : cell.value();
    }

    private static String time(Instant at) {
        return at == null ? null : DATE_TIME.format(at);
    }
}
