package org.kafo.web.it.alert;

import java.util.List;
import org.kafo.realm.DemoAccounts;
import org.kafo.web.it.browser.Browser;
import org.kafo.web.it.browser.HomePage;
import org.kafo.web.it.support.KafoStack;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The alert pages as a person uses them in Chromium (page objects). */
final class AlertPages {

    private AlertPages() {
    }

    static void signIn(Browser browser, String user) {
        HomePage.open(browser, KafoStack.get().portalUrl()).signIn().signIn(user, DemoAccounts.get(user).password());
    }

    /** The list of alerts. */
    static final class ListPage {
        private final Browser browser;

        ListPage(Browser browser) {
            this.browser = browser;
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("alert-list")));
        }

        static ListPage open(Browser browser, String query) {
            browser.open(KafoStack.get().portalUrl() + "/alertes/index.xhtml" + query);
            return new ListPage(browser);
        }

        /** Waits until the alert appears in the list (pushed, no reload). */
        WebElement awaitAlert(String id) {
            return browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.alert-card[data-id='" + id + "']")));
        }

        String notice() {
            return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("live-notice"))).getText();
        }

        List<String> soon() {
            return browser.driver().findElements(By.cssSelector("#soon li")).stream().map(WebElement::getText).toList();
        }
    }

    /** The alert form, full or quick. */
    static final class FormPage {
        private final Browser browser;

        FormPage(Browser browser) {
            this.browser = browser;
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("alert-form")));
        }

        static FormPage quick(Browser browser) {
            browser.open(KafoStack.get().portalUrl() + "/alertes/saisie/rapide.xhtml");
            return new FormPage(browser);
        }

        static FormPage full(Browser browser) {
            browser.open(KafoStack.get().portalUrl() + "/alertes/saisie/nouvelle.xhtml");
            return new FormPage(browser);
        }

        FormPage type(String field, String value) {
            WebElement input = browser.driver().findElement(By.id("alert-form:" + field));
            input.clear();
            input.sendKeys(value);
            return this;
        }

        /** Date-time pickers differ between phones; the value is set as the picker would. */
        FormPage arrival(String localDateTime) {
            browser.driver().executeScript("arguments[0].value = arguments[1]",
                    browser.driver().findElement(By.id("alert-form:expected-arrival")), localDateTime);
            return this;
        }

        FormPage choose(String field, String value) {
            new Select(browser.driver().findElement(By.id("alert-form:" + field))).selectByValue(value);
            return this;
        }

        DetailPage publish() {
            browser.driver().findElement(By.id("alert-form:publish")).click();
            return new DetailPage(browser);
        }

        FormPage publishRefused() {
            browser.driver().findElement(By.id("alert-form:publish")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
            return new FormPage(browser);
        }

        List<String> fieldErrors() {
            return browser.driver().findElements(By.cssSelector(".field-error")).stream().map(WebElement::getText)
                    .filter(t -> !t.isBlank()).toList();
        }
    }

    /** One alert. */
    static final class DetailPage {
        private final Browser browser;

        DetailPage(Browser browser) {
            this.browser = browser;
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("alert-headline")));
        }

        static DetailPage open(Browser browser, String id) {
            browser.open(KafoStack.get().portalUrl() + "/alertes/alerte.xhtml?id=" + id);
            return new DetailPage(browser);
        }

        String headline() {
            return browser.driver().findElement(By.id("alert-headline")).getText();
        }

        String status() {
            return browser.driver().findElement(By.id("alert-status")).getText();
        }

        String description() {
            return browser.driver().findElement(By.id("alert-description")).getText();
        }

        String message() {
            return browser.driver().findElement(By.id("messages")).getText();
        }

        String id() {
            String url = browser.driver().getCurrentUrl();
            return url.substring(url.indexOf("id=") + 3).replaceAll("[&#].*", "");
        }

        DetailPage claim() {
            browser.driver().findElement(By.id("actions:claim")).click();
            return new DetailPage(browser);
        }

        List<String> timeline() {
            return browser.driver().findElements(By.cssSelector("#timeline li")).stream().map(WebElement::getText).toList();
        }
    }
}
