package org.kafo.web.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A CSV the portal writes never makes a spreadsheet run a formula, and reads back as what was written. */
class SpreadsheetCsvTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\";\"Cliquez\")", "+223 76 00 00 00", "-2+3", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"})
    void aCellThatASpreadsheetWouldRunIsWrittenAsText(String typed) throws IOException {
        String file = SpreadsheetCsv.withHeader("nom", "téléphone").row(typed, typed).text();
        List<CSVRecord> lines = read(file);
        assertThat(lines.get(1).get(0)).isEqualTo("'" + typed);
        assertThat(lines.get(1).get(1)).isEqualTo("'" + typed);
    }

    @Test
    void ordinaryTextNumbersAndDatesAreWrittenAsTheyAre() throws IOException {
        String file = SpreadsheetCsv.withHeader("organisation", "places", "vérifié le", "conditions")
                .row("Caritas; Mali", -3, java.time.LocalDate.of(2025, 12, 10), null).text();
        assertThat(file).startsWith("\uFEFForganisation;places;vérifié le;conditions\r\n");
        List<CSVRecord> lines = read(file);
        assertThat(lines.get(1).toList()).containsExactly("Caritas; Mali", "-3", "2025-12-10", "");
    }

    private static List<CSVRecord> read(String file) throws IOException {
        return CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get().parse(new StringReader(file.substring(1))).getRecords();
    }
}
