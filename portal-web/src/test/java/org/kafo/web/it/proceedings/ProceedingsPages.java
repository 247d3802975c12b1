package org.kafo.web.it.proceedings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

        static EventView open(Browser browser, String portalUrl, String id) {
            browser.open(portalUrl + "/rencontres/rencontre.xhtml?id=" + id);
            return new EventView(browser);
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

        List<String> sessions() {
            return browser.driver().findElements(By.cssSelector("#sessions-form li")).stream().map(WebElement::getText).toList();
        }

        /** The titles of the documents attached to the communications (links to the knowledge base). */
        List<String> attachments() {
            return browser.driver().findElements(By.cssSelector("#communications-form a.attached")).stream().map(WebElement::getText).toList();
        }

        /** Follows the "Modifier" link of the session whose text holds {@code subTheme}: its form opens pre-filled. */
        Content editSession(String subTheme) {
            WebElement link = item("#sessions-form li", subTheme).findElement(By.cssSelector("a.edit-session"));
            link.click();
            browser.awaitReplaced(link);
            Content content = new Content(browser);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("editing-session")));
            return content;
        }

        /** The value of a field of the session form: sub-theme, moderator, day, start, end. */
        String sessionField(String field) {
            return browser.driver().findElement(By.id("session:" + field)).getAttribute("value");
        }

        Content typeSession(String subTheme, String day, String start, String end) {
            if (subTheme != null) {
                type(browser, "session:sub-theme", subTheme);
            }
            date(browser, "session:day", day);
            date(browser, "session:start", start);
            date(browser, "session:end", end);
            return this;
        }

        Content saveSession() {
            WebElement button = browser.driver().findElement(By.id("session:save-session"));
            button.click();
            browser.awaitReplaced(button);
            return new Content(browser);
        }

        /** Attaches a file (written to a temporary folder, as a phone picks it) to the communication titled so. */
        Content attach(String communicationTitle, String fileName, byte[] bytes) {
            new Select(browser.driver().findElement(By.id("attachment:attach-to"))).selectByVisibleText(communicationTitle);
            try {
                Path file = Files.createTempDirectory("kafo-attach").resolve(fileName);
                Files.write(file, bytes);
                browser.driver().findElement(By.cssSelector("form#attachment input[type=file]")).sendKeys(file.toAbsolutePath().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            WebElement button = browser.driver().findElement(By.id("attachment:attach"));
            button.click();
            browser.awaitReplaced(button);
            return new Content(browser);
        }

        /** Follows the "Modifier" link of the commitment whose text holds {@code what}, to its page. */
        CommitmentView editCommitment(String what) {
            WebElement link = item("#commitments-form li", what).findElement(By.cssSelector("a.edit-commitment"));
            link.click();
            browser.awaitReplaced(link);
            return new CommitmentView(browser);
        }

        private WebElement item(String css, String text) {
            return browser.driver().findElements(By.cssSelector(css)).stream().filter(li -> li.getText().contains(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("no item holding '" + text + "' in " + css));
        }

        EventView backToEvent() {
            browser.driver().findElement(By.id("back-to-event")).click();
            return new EventView(browser);
        }
    }

    /** {@code /rencontres/engagement.xhtml}: one commitment, and for the organiser its edit form. */
    static final class CommitmentView {
        private final Browser browser;

        CommitmentView(Browser browser) {
            this.browser = browser;
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("commitment-what")));
        }

        String what() {
            return browser.driver().findElement(By.id("commitment-what")).getText();
        }

        String owner() {
            return browser.driver().findElement(By.id("commitment-owner")).getText();
        }

        String due() {
            return browser.driver().findElement(By.id("commitment-due")).getText();
        }

        /** The edit form's fields as the page filled them: owner (its label), what, due date. */
        List<String> form() {
            return List.of(new Select(browser.driver().findElement(By.id("edit:owner"))).getFirstSelectedOption().getText(),
                    browser.driver().findElement(By.id("edit:what")).getAttribute("value"),
                    browser.driver().findElement(By.id("edit:due-on")).getAttribute("value"));
        }

        CommitmentView change(String ownerName, String what, String dueOn) {
            new Select(browser.driver().findElement(By.id("edit:owner"))).selectByVisibleText(ownerName);
            type(browser, "edit:what", what);
            date(browser, "edit:due-on", dueOn);
            WebElement button = browser.driver().findElement(By.id("edit:save-commitment"));
            button.click();
            browser.awaitReplaced(button);
            return new CommitmentView(browser);
        }

        List<String> messages() {
            return browser.driver().findElements(By.cssSelector(".messages li")).stream().map(WebElement::getText).toList();
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

    /** Date and time fields take their value as the browser keeps it (yyyy-mm-dd, hh:mm), whatever the locale shows. */
    private static void date(Browser browser, String id, String isoDate) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.driver().findElement(By.id(id)), isoDate);
    }
}
