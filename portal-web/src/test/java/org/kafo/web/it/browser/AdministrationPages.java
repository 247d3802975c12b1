package org.kafo.web.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administration's paged tables (PrimeFaces' lazy p:dataTable) and the pages' confirmation dialog, as a person uses them. */
public final class AdministrationPages {

    private AdministrationPages() {
    }

    /** The paginator's words ("1–10 sur 14") of the table {@code tableId}. */
    public static String pageReport(Browser browser, String tableId) {
        return browser.driver().findElement(By.cssSelector("[id='" + tableId + "'] .ui-paginator-current")).getText();
    }

    /** The rows' first cells of the page shown. */
    public static List<String> firstCells(Browser browser, String tableId) {
        return browser.driver().findElements(By.cssSelector("[id='" + tableId + "'] tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    /** Taps "→" and waits until the table shows the next page (read by the server, the page not reloaded). */
    public static void nextPage(Browser browser, String tableId) {
        String before = pageReport(browser, tableId);
        browser.driver().findElement(By.cssSelector("[id='" + tableId + "'] .ui-paginator-next")).click();
        browser.waiting().until(d -> !pageReport(browser, tableId).equals(before));
    }

    /** Goes through the pages of the associations until {@code wanted} shows. */
    public static void pageUntil(Browser browser, By wanted) {
        for (int page = 0; page < 50 && browser.driver().findElements(wanted).isEmpty(); page++) {
            nextPage(browser, "partners-list:partners");
        }
    }

    /** Taps a button that asks first, and answers the page's dialog; the dialog's question. */
    public static String confirm(Browser browser, WebElement button, boolean yes) {
        button.click();
        WebElement dialog = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        String question = dialog.findElement(By.id("confirm-text")).getText();
        browser.screenshot("confirmation");
        dialog.findElement(By.id(yes ? "confirm-yes" : "confirm-no")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-dialog")));
        return question;
    }
}
