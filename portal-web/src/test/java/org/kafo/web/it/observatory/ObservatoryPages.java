package org.kafo.web.it.observatory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kafo.web.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The observatory's page as a person uses it in Chromium: the period form, the charts, the tables, the downloads. */
final class ObservatoryPages {

    private final Browser browser;
    private final Path downloads;

    private ObservatoryPages(Browser browser, Path downloads) {
        this.browser = browser;
        this.downloads = downloads;
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("observatory-form")));
    }

    /** From the main navigation, as a person finds it; downloads are kept in a folder of the test's own. */
    static ObservatoryPages fromNavigation(Browser browser) {
        browser.openMenu();
        browser.driver().findElement(By.linkText("Observatoire")).click();
        try {
            Path downloads = Files.createTempDirectory("kafo-downloads");
            browser.driver().executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", downloads.toAbsolutePath().toString()));
            return new ObservatoryPages(browser, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String heading() {
        return browser.driver().findElement(By.id("what")).getText();
    }

    boolean demonstration() {
        return !browser.driver().findElements(By.id("demonstration")).isEmpty();
    }

    /** Chooses a year and a part of it ("" for the whole year), and shows the figures. */
    ObservatoryPages period(int year, String part) {
        new Select(browser.driver().findElement(By.id("year"))).selectByValue(String.valueOf(year));
        new Select(browser.driver().findElement(By.id("part"))).selectByValue(part);
        WebElement show = browser.driver().findElement(By.id("show"));
        show.click();
        browser.awaitReplaced(show);
        return new ObservatoryPages(browser, downloads);
    }

    /** What a pointer over a bar of a chart says: its title ("Mars 2025 : 123 — personnes attendues"). */
    List<String> barTips(String chart) {
        show(chart);
        return browser.driver().findElements(By.cssSelector("#" + chart + " rect")).stream()
                .map(r -> r.findElements(By.tagName("title"))).filter(t -> !t.isEmpty()).map(t -> t.get(0).getAttribute("textContent")).toList();
    }

    /** Brings an element into view (for the person, and the screenshot). */
    void show(String id) {
        browser.driver().executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    /** The text of a cell of a figure's table: its row key, its column (0 = the first number). */
    String cell(String figure, String row, int column) {
        return browser.driver().findElement(By.cssSelector("#table-" + figure + " tr[data-key='" + row + "'] td:nth-of-type(" + (column + 1) + ")"))
                .getText().trim();
    }

    /** Clicks a download link and waits for its file. */
    Path download(String linkId) {
        browser.driver().findElement(By.id(linkId)).click();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(f -> !f.getFileName().toString().endsWith(".crdownload")).toList();
                if (!done.isEmpty()) {
                    Path file = done.get(0);
                    Path kept = Files.move(file, downloads.resolveSibling(downloads.getFileName() + "-" + file.getFileName()));
                    return kept;
                }
                Thread.sleep(200);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no file downloaded from #" + linkId);
    }
}
