package org.kafo.web.observatory;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kafo.domain.observatory.Cell;
import org.kafo.domain.observatory.FigureTable;
import org.kafo.domain.observatory.FigureTable.Row;

/**
 * The observatory's charts, laid out once for the page and the PDF ({@link Drawing}): a month-by-month column chart of
 * two measures, and bar charts of one measure by category, one category a line (its name above its bar, readable at 320
 * pixels). A hidden cell is drawn as no bar and the word "masqué", never as a bar of some length.
 */
public final class Charts {

    static final double WIDTH = 360;
    private static final String HIDDEN = "masqué";

    private Charts() {
    }

    /** Columns by month: {@code first} and {@code second} side by side, with a scale and a legend. */
    public static Drawing monthly(FigureTable byMonth, String first, String second) {
        int a = byMonth.column(first);
        int b = byMonth.column(second);
        List<Row> rows = byMonth.rows();
        double max = niceMax(rows.stream().flatMap(r -> java.util.stream.Stream.of(r.cell(a), r.cell(b))).filter(Cell::shown)
                .mapToLong(Charts::value).max().orElse(0));
        double left = 34, right = WIDTH - 4, top = 10, bottom = 170;
        List<Drawing.Shape> shapes = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double y = bottom - (bottom - top) * i / 4;
            shapes.add(new Drawing.Line(left, y, right, y, i == 0 ? "axis" : "grid"));
            shapes.add(new Drawing.Text(left - 4, y + 4, french(Math.round(max * i / 4)), "end", "tick"));
        }
        double group = (right - left) / Math.max(1, rows.size());
        double bar = Math.min(14, (group - 4) / 2);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double x = left + group * i + (group - 2 * bar) / 2;
            column(shapes, r.label(), byMonth.columns().get(a).label(), r.cell(a), x, bar, top, bottom, max, "series-1");
            column(shapes, r.label(), byMonth.columns().get(b).label(), r.cell(b), x + bar, bar, top, bottom, max, "series-2");
            // A whole year shows initials, a quarter or a month the month's name (without its year: the heading says it).
            String name = r.label().replaceAll(" \\d{4}$", "");
            String month = rows.size() > 6 ? name.substring(0, 1) : name;
            shapes.add(new Drawing.Text(left + group * i + group / 2, bottom + 14, month, "middle", "tick"));
        }
        legend(shapes, 196, byMonth.columns().get(a).label(), byMonth.columns().get(b).label());
        return new Drawing(byMonth.id() + "-chart", byMonth.title(), byMonth.columns().get(a).label() + " et "
                + byMonth.columns().get(b).label().toLowerCase(Locale.FRENCH) + ", mois par mois ; les nombres sont dans le tableau.",
                WIDTH, 206, shapes);
    }

    /** One bar per row for {@code column}, largest scale first, each row's name above its bar and its value after it. */
    public static Drawing bars(FigureTable table, String column, String style) {
        int c = table.column(column);
        List<Row> rows = table.rows();
        double max = rows.stream().map(r -> r.cell(c)).filter(Cell::shown).mapToLong(Charts::value).max().orElse(0);
        double line = 34, barLeft = 4, barRight = WIDTH - 60;
        List<Drawing.Shape> shapes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double y = 4 + i * line;
            shapes.add(new Drawing.Text(barLeft, y + 11, r.label(), "start", "label"));
            Cell cell = r.cell(c);
            String tip = r.label() + " : " + shown(cell) + " — " + table.columns().get(c).label().toLowerCase(Locale.FRENCH);
            if (!cell.shown()) {
                shapes.add(new Drawing.Text(barLeft, y + 26, HIDDEN, "start", "hidden"));
                continue;
            }
            double w = max == 0 ? 0 : Math.max(value(cell) > 0 ? 1.5 : 0, (barRight - barLeft) * value(cell) / max);
            shapes.add(new Drawing.Rect(barLeft, y + 16, w, 12, style, tip));
            shapes.add(new Drawing.Text(barLeft + w + 4, y + 26, french(value(cell)), "start", "value"));
        }
        return new Drawing(table.id() + "-chart", table.title(), table.columns().get(c).label() + " par "
                + table.rowHeading().toLowerCase(Locale.FRENCH) + " ; les nombres sont dans le tableau.", WIDTH,
                Math.max(line, 8 + rows.size() * line), shapes);
    }

    private static void column(List<Drawing.Shape> shapes, String month, String measure, Cell cell, double x, double w, double top,
                               double bottom, double max, String style) {
        String tip = month + " : " + shown(cell) + " — " + measure.toLowerCase(Locale.FRENCH);
        if (!cell.shown()) {
            shapes.add(new Drawing.Text(x + w / 2, bottom - 3, "×", "middle", "hidden"));
            return;
        }
        double h = max == 0 ? 0 : (bottom - top) * value(cell) / max;
        shapes.add(new Drawing.Rect(x, bottom - h, w, h, style, tip));
    }

    private static void legend(List<Drawing.Shape> shapes, double y, String first, String second) {
        shapes.add(new Drawing.Rect(34, y - 9, 10, 10, "series-1", first));
        shapes.add(new Drawing.Text(48, y, first, "start", "legend"));
        double x = 48 + first.length() * 5.6 + 14;
        shapes.add(new Drawing.Rect(x, y - 9, 10, 10, "series-2", second));
        shapes.add(new Drawing.Text(x + 14, y, second, "start", "legend"));
        shapes.add(new Drawing.Text(WIDTH - 4, y, "× masqué", "end", "hidden"));
    }

    /** A round scale top: four equal steps of 1, 2, 3, 4, 5, 6 or 8 times a power of ten (whole numbers), at least the largest value. */
    static double niceMax(long max) {
        if (max <= 0) {
            return 4;
        }
        double quarter = max / 4.0;
        double magnitude = Math.max(1, Math.pow(10, Math.floor(Math.log10(quarter))));
        for (double step : new double[] {1, 2, 3, 4, 5, 6, 8, 10}) {
            if (step * magnitude * 4 >= max) {
                return step * magnitude * 4;
            }
        }
        return 40 * magnitude;
    }

    static long value(Cell cell) {
        return cell.value() == null ? 0 : cell.value().longValue();
    }

    /** How a cell reads in French: "1 234", "26,0", "masqué" or "—". */
    public static String shown(Cell cell) {
        if (!cell.shown()) {
            return HIDDEN;
        }
        if (cell.value() == null) {
            return "—";
        }
        if (cell.value() instanceof Double d) {
            NumberFormat f = NumberFormat.getNumberInstance(Locale.FRENCH);
            f.setMinimumFractionDigits(1);
            f.setMaximumFractionDigits(1);
            return f.format(d).replace('\u202f', '\u00a0');
        }
        return french(cell.value().longValue());
    }

    /** "1 234" with a no-break space (which the PDF's fonts have, unlike the narrow one Java writes). */
    public static String french(long n) {
        return NumberFormat.getIntegerInstance(Locale.FRENCH).format(n).replace('\u202f', '\u00a0');
    }
}
