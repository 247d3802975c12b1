package org.kafo.web.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.domain.observatory.Cell;
import org.kafo.domain.observatory.FigureTable;

/** The charts' layout: a hidden cell is never drawn as a bar, scales are round, numbers are French. */
class ChartsTest {

    private static final List<FigureTable.Column> COLUMNS = List.of(new FigureTable.Column("alerts", "Alertes"),
            new FigureTable.Column("expected", "Personnes attendues"), new FigureTable.Column("arrived", "Personnes arrivées"),
            new FigureTable.Column("received", "Personnes reçues"));

    @Test
    void aHiddenCellIsTheWordMaskedNeverABarOfSomeLength() {
        FigureTable byOrigin = new FigureTable("by-origin", "Par pays d'origine", "Pays d'origine", COLUMNS, List.of(
                row("LY", "Libye", 1200), row("NE", "Niger", null), row("ES", "Espagne", 0)), null, null);
        Drawing chart = Charts.bars(byOrigin, "expected", "series-1");
        List<Drawing.Rect> bars = chart.shapes().stream().filter(Drawing.Rect.class::isInstance).map(Drawing.Rect.class::cast).toList();
        assertThat(bars).hasSize(2);
        assertThat(bars.get(0).tip()).isEqualTo("Libye : 1\u00a0200 — personnes attendues");
        assertThat(bars.get(0).w()).isEqualTo(296.0);
        assertThat(bars.get(1).w()).as("zero is no bar").isZero();
        assertThat(chart.shapes()).filteredOn(s -> s instanceof Drawing.Text t && t.text().equals("masqué")).hasSize(1);
        assertThat(chart.description()).isEqualTo("Personnes attendues par pays d'origine ; les nombres sont dans le tableau.");
    }

    @Test
    void scalesEndOnRoundNumbersInFourEqualSteps() {
        assertThat(Charts.niceMax(224)).isEqualTo(240);
        assertThat(Charts.niceMax(250)).isEqualTo(320);
        assertThat(Charts.niceMax(7)).isEqualTo(8);
        assertThat(Charts.niceMax(0)).isEqualTo(4);
        assertThat(Charts.niceMax(1_234)).isEqualTo(1_600);
        assertThat(Charts.shown(Cell.of(26.04))).isEqualTo("26,0");
        assertThat(Charts.shown(new Cell(7L, Cell.Hidden.COMPLEMENTARY))).isEqualTo("masqué");
        assertThat(Charts.shown(Cell.none())).isEqualTo("—");
    }

    @Test
    void theMonthsChartShowsTwoMeasuresSideBySideAndMarksHiddenOnes() {
        FigureTable byMonth = new FigureTable("by-month", "Par mois", "Mois", COLUMNS, List.of(
                new FigureTable.Row("2025-04", "Avril 2025", List.of(Cell.of(7L), Cell.of(79L), Cell.of(72L), Cell.of(65L))),
                new FigureTable.Row("2025-05", "Mai 2025", List.of(Cell.of(9L), Cell.of(120L), Cell.of(113L), new Cell(null, Cell.Hidden.SMALL)))),
                null, null);
        Drawing chart = Charts.monthly(byMonth, "expected", "received");
        assertThat(chart.shapes()).filteredOn(s -> s instanceof Drawing.Rect r && r.tip() != null && r.tip().startsWith("Mai"))
                .extracting(s -> ((Drawing.Rect) s).tip()).containsExactly("Mai 2025 : 120 — personnes attendues");
        assertThat(chart.shapes()).filteredOn(s -> s instanceof Drawing.Text t && t.text().equals("Avril")).hasSize(1);
        assertThat(chart.shapes()).filteredOn(s -> s instanceof Drawing.Text t && t.text().equals("×")).hasSize(1);
    }

    private static FigureTable.Row row(String key, String label, Integer expected) {
        Cell cell = expected == null ? new Cell(null, Cell.Hidden.SMALL) : Cell.of((long) expected);
        return new FigureTable.Row(key, label, List.of(Cell.of(1L), cell, Cell.of(0L), Cell.of(0L)));
    }
}
