package org.kafo.domain.observatory;

import java.util.List;
import java.util.Optional;

/**
 * One figure: a table of rows (a month, a country, a kind of return…) by columns (alerts, people expected…), with the
 * total row when the rows add up to it. What the page draws as a chart and a table, the CSV writes and the PDF prints.
 *
 * @param id         stable, for addresses and files: {@code by-month}, {@code by-origin}…
 * @param title      in French
 * @param rowHeading what the rows are, in French ("Mois", "Pays d'origine"…)
 * @param total      the total of the rows, when they add up to one
 * @param note       how to read it, in French, or {@code null}
 */
public record FigureTable(String id, String title, String rowHeading, List<Column> columns, List<Row> rows, Row total,
                          String note) {

    /** A column: {@code id} stable ({@code alerts}, {@code expected}…), {@code label} in French. */
    public record Column(String id, String label) {
    }

    /** A row: {@code key} stable (a month {@code 2025-03}, a country code, a kind…), {@code label} in French. */
    public record Row(String key, String label, List<Cell> cells) {

        public Cell cell(int column) {
            return cells.get(column);
        }
    }

    public FigureTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public Optional<Row> totalRow() {
        return Optional.ofNullable(total);
    }

    public Optional<Row> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    public int column(String columnId) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(columnId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + columnId + " in " + id);
    }

    /** Whether any cell is hidden: the page then says why. */
    public boolean anyHidden() {
        return rows.stream().flatMap(r -> r.cells().stream()).anyMatch(c -> !c.shown())
                || (total != null && total.cells().stream().anyMatch(c -> !c.shown()));
    }
}
