package org.kafo.web.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of the portal: semicolons and a byte-order mark, as spreadsheets in French open them, with Excel's
 * quoting (Commons CSV); and every text cell neutralised so that a spreadsheet never runs it as a formula. A cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (a name, a phone number, anything a
 * user typed) is written with a leading apostrophe, which spreadsheets take as "this is text" (OWASP's advice against
 * CSV injection). Numbers and dates are written as they are.
 */
public final class SpreadsheetCsv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringWriter out = new StringWriter().append('\uFEFF');
    private final CSVPrinter printer;

    private SpreadsheetCsv(String... header) {
        try {
            printer = new CSVPrinter(out, CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get());
            row((Object[]) header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new file, its first line {@code header}. */
    public static SpreadsheetCsv withHeader(String... header) {
        return new SpreadsheetCsv(header);
    }

    /** One line; {@code null} is an empty cell. */
    public SpreadsheetCsv row(Object... cells) {
        try {
            printer.printRecord(Arrays.stream(cells).map(SpreadsheetCsv::cell).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The file's text. */
    public String text() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** What a spreadsheet must read as text, never as a formula. */
    public static String neutralise(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static Object cell(Object value) {
        return value instanceof Number || value == null ? value : neutralise(value.toString());
    }
}
