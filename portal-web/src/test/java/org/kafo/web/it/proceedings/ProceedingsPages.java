package org.kafo.web.it.proceedings;

import java.util.List;
import org.kafo.web.it.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Page objects of the proceedings, as an organiser on a phone uses them. */
final class ProceedingsPages {

    private ProceedingsPages() {
    }

    /** {@code /rencontres/saisie/rencontre.xhtml}. */
    static final class EventForm {
        private final Browser browser;

        EventForm(Browser browser) {
            this.browser = browser;
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("event-form")));
        }

        static EventForm open(Browser browser, String portalUrl) {
            browser.open(portalUrl + "/rencontres/saisie/rencontre.xhtml");
            return new EventForm(browser);
        }

        EventForm fill(String kindLabel, String title, String start, String end, String venue, String city, String visibility) {
            new Select(browser.driver().findElement(By.id("event-form:kind"))).selectByVisibleText(kindLabel);
            type(browser, "event-form:title", title);
            date(browser, "event-form:starts-on", start);
            date(browser, "event-form:ends-on", end);
            type(browser, "event-form:venue", venue);
            type(browser, "event-form:city", city);
            new Select(browser.driver().findElement(By.id("event-form:visibility"))).selectByValue(visibility);
            return this;
        }

        /** Saves; the page that comes back (the event's page, or this form with messages). */
        void save() {
            browser.driver().findElement(By.id("event-form:save")).click();
            browser.waiting().until(d -> d.findElements(By.id("event-title")).size() + d.findElements(By.cssSelector(".messages li")).size() > 0);
        }
    }

    /** {@code /rencontres/rencontre.xhtml}. */
    static final class EventView {
        private final Browser browser;

        EventView(Browser browser) {
            this.browser = browser;
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("event-title")));
        }

        String title() {
            return browser.driver().findElement(By.id("event-title")).getText();
        }

        String commitments() {
            return browser.driver().findElement(By.id("commitments")).getText();
        }

        Content editContent() {
            browser.driver().findElement(By.id("edit-content")).click();
            return new Content(browser);
        }
    }

    /** {@code /rencontres/saisie/contenu.xhtml}. */
    static final class Content {
        private final Browser browser;

        Content(Browser browser) {
            this.browser = browser;
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("commitment")));
        }

        Content addCommitment(String ownerName, String what, String dueOn) {
            if (ownerName != null) {
                new Select(browser.driver().findElement(By.id("commitment:owner"))).selectByVisibleText(ownerName);
            }
            type(browser, "commitment:what", what);
            date(browser, "commitment:due-on", dueOn);
            WebElement button = browser.driver().findElement(By.id("commitment:add-commitment"));
            button.click();
            browser.awaitReplaced(button);
            return new Content(browser);
        }

        List<String> messages() {
            return browser.driver().findElements(By.cssSelector(".messages li")).stream().map(WebElement::getText).toList();
        }

        EventView backToEvent() {
            browser.driver().findElement(By.id("back-to-event")).click();
            return new EventView(browser);
        }
    }

    /** {@code /rencontres/engagements.xhtml}. */
    static final class FollowUp {
        private final Browser browser;

        FollowUp(Browser browser) {
            this.browser = browser;
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("commitment-filter")));
        }

        static FollowUp open(Browser browser, String portalUrl) {
            browser.open(portalUrl + "/rencontres/engagements.xhtml");
            return new FollowUp(browser);
        }

        FollowUp filter(String actorName, boolean overdueOnly) {
            new Select(browser.driver().findElement(By.id("filter-actor"))).selectByVisibleText(actorName);
            WebElement overdue = browser.driver().findElement(By.id("filter-overdue"));
            if (overdue.isSelected() != overdueOnly) {
                overdue.click();
            }
            WebElement submit = browser.driver().findElement(By.id("filter-submit"));
            submit.click();
            browser.awaitReplaced(submit);
            return new FollowUp(browser);
        }

        List<String> items() {
            return browser.driver().findElements(By.cssSelector("#follow-up > li")).stream().map(WebElement::getText).toList();
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date fields take their value as the browser keeps it (yyyy-mm-dd), whatever the locale shows. */
    private static void date(Browser browser, String id, String isoDate) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.driver().findElement(By.id(id)), isoDate);
    }
}
