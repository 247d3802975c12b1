package org.kafo.web.it.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_MEMBER;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kafo.realm.DemoAccounts;
import org.kafo.web.it.browser.Browser;
import org.kafo.web.it.browser.HomePage;
import org.kafo.web.it.support.Csv;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;

/**
 * The journey: a member of the AME's reception team opens the observatory before writing the association's report,
 * changes the period to last year's second quarter, reads a chart, downloads the figure as CSV and the report as PDF,
 * and finds in both files the numbers the page showed.
 */
@KafoIT
class ObservatoryBrowserIT {

    @Test
    void journeyAMemberReadsTheFiguresOfAPeriodAndTakesThemAway() throws Exception {
        try (Browser browser = Browser.forJourney("journey-observatory")) {
            HomePage.open(browser, KafoStack.get().portalUrl()).signIn().signIn(AME_MEMBER, DemoAccounts.get(AME_MEMBER).password());
            ObservatoryPages page = ObservatoryPages.fromNavigation(browser);
            assertThat(page.heading()).contains("Réseau");
            assertThat(page.demonstration()).as("demonstration data says so").isTrue();
            browser.screenshot("observatory-opened");

            page = page.period(2025, "T2");
            assertThat(page.heading()).contains("2e trimestre 2025");
            browser.screenshot("second-quarter-2025");

            // The chart of the months: May's bar of people expected says what the table says.
            String may = page.cell("by-month", "2025-05", 1);
            List<String> tips = page.barTips("by-month-chart");
            assertThat(tips).anyMatch(t -> t.equals("Mai 2025 : " + may + " — personnes attendues"));
            browser.screenshot("chart-read");
            page.show("map");
            browser.screenshot("map");

            Path csv = page.download("csv-by-month");
            assertThat(csv.getFileName().toString()).endsWith("kafo-observatoire-2025-T2-reseau-by-month-demonstration.csv");
            List<String> cells = Csv.cells(Files.readString(csv, StandardCharsets.UTF_8));
            assertThat(cells.get(0)).startsWith("DONNÉES DE DÉMONSTRATION");
            int row = cells.indexOf("2025-05");
            assertThat(cells.get(row + 2)).isEqualTo(may.replace("\u00a0", ""));
            browser.screenshot("csv-downloaded");

            Path pdf = page.download("download-pdf");
            // Kept beside the screenshots, for a person to look at (CI keeps the folder).
            Files.copy(pdf, Path.of("target", "screenshots", "journey-observatory", "rapport.pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (PDDocument report = Loader.loadPDF(Files.readAllBytes(pdf))) {
                String text = new PDFTextStripper().getText(report);
                assertThat(text).contains("Les retours au Mali — 2e trimestre 2025", "DONNÉES DE DÉMONSTRATION", "Sources et méthode");
                // May's line of the table of months holds the number the page showed.
                assertThat(text.lines().filter(l -> l.startsWith("Mai 2025")).findFirst().orElseThrow().replace('\u00a0', ' '))
                        .contains(" " + may.replace('\u00a0', ' '));
            }
            browser.screenshot("pdf-downloaded");
        }
    }
}
