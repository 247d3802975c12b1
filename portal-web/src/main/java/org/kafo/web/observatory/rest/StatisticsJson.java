package org.kafo.web.observatory.rest;

import java.time.Instant;
import java.util.List;
import org.kafo.domain.observatory.Cell;
import org.kafo.domain.observatory.FigureTable;
import org.kafo.domain.observatory.Figures;
import org.kafo.domain.observatory.Publication;
import org.kafo.web.observatory.Method;

/**
 * The figures as the API gives them: every table with its cells, what a reader must know (period, scope, threshold,
 * method, source), and whether they are demonstration data. A hidden cell has no value, only why it is hidden.
 */
public record StatisticsJson(String scope, PeriodJson period, FilterJson filter, boolean demonstration, boolean suppressed,
                             int threshold, Instant computedAt, PublicationJson publication, List<String> method, String source,
                             List<FigureJson> figures) {

    public record PeriodJson(String code, String label, Instant start, Instant end) {
    }

    public record FilterJson(String kind, String origin, String region, String label) {
    }

    /** {@code hidden}: {@code small} (1 to threshold − 1) or {@code complementary} (would give a small one away). */
    public record CellJson(Number value, String hidden) {
        static CellJson of(Cell c) {
            return new CellJson(c.value(), c.hidden() == null ? null : c.hidden().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public record ColumnJson(String id, String label) {
    }

    public record RowJson(String key, String label, List<CellJson> cells) {
        static RowJson of(FigureTable.Row r) {
            return new RowJson(r.key(), r.label(), r.cells().stream().map(CellJson::of).toList());
        }
    }

    public record FigureJson(String id, String title, String rowHeading, List<ColumnJson> columns, List<RowJson> rows,
                             RowJson total, String note) {
        public static FigureJson of(FigureTable t) {
            return new FigureJson(t.id(), t.title(), t.rowHeading(), t.columns().stream().map(c -> new ColumnJson(c.id(), c.label())).toList(),
                    t.rows().stream().map(RowJson::of).toList(), t.totalRow().map(RowJson::of).orElse(null), t.note());
        }
    }

    public record PublicationJson(String period, String label, Instant publishedAt) {
        public static PublicationJson of(Publication p) {
            return new PublicationJson(p.period().code(), p.period().label(), p.publishedAt());
        }
    }

    static StatisticsJson of(Figures f, List<FigureTable> tables) {
        return new StatisticsJson(f.scope().name().toLowerCase(java.util.Locale.ROOT),
                new PeriodJson(f.period().code(), f.period().label(), f.period().start(), f.period().end()),
                new FilterJson(f.filter().kind() == null ? null : f.filter().kind().name(), f.filter().originCountry(), f.filter().region(),
                        f.filterLabel()),
                f.demonstration(), f.suppressed(), f.threshold(), f.computedAt(),
                f.publication() == null ? null : PublicationJson.of(f.publication()), Method.paragraphs(f), Method.SOURCE,
                tables.stream().map(FigureJson::of).toList());
    }
}
