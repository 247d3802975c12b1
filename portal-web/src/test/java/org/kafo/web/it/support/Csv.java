package org.kafo.web.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads back a CSV the portal wrote (semicolons, a byte-order mark), as a spreadsheet would. */
public final class Csv {

    private Csv() {
    }

    /** Every cell of every line, the header's included. */
    public static List<String> cells(String file) {
        String text = file.startsWith("\uFEFF") ? file.substring(1) : file;
        try {
            return CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get().parse(new StringReader(text)).getRecords()
                    .stream().flatMap(CSVRecord::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
