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

        /** Waits until the pushed notice starts with {@code start} (a later change replaces an earlier notice). */
        String awaitNotice(String start) {
            browser.waiting().until(d -> d.findElement(By.id("live-notice")).isDisplayed()
                    && d.findElement(By.id("live-notice")).getText().startsWith(start));
            return notice();
        }

        /** The badges of an alert's card ("Publiée", "offre en attente"…), waiting for {@code badge} to be among them. */
        String awaitBadge(String id, String badge) {
            By card = By.cssSelector("li.alert-card[data-id='" + id + "'] .meta");
            browser.waiting().until(d -> d.findElement(card).getText().contains(badge));
            return browser.driver().findElement(card).getText();
        }

        boolean offersToPost() {
            return !browser.driver().findElements(By.id("new-quick")).isEmpty();
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

        /** Types {@code typed} into a type-to-find picker (PrimeFaces' autocomplete) and taps the suggestion {@code label}. */
        FormPage pick(String field, String typed, String label) {
            WebElement input = browser.driver().findElement(By.id("alert-form:" + field + "_input"));
            input.clear();
            input.sendKeys(typed);
            By item = By.xpath("//*[@id='alert-form:" + field + "_panel']//li[normalize-space(.)='" + label + "']");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(item)).click();
            // chosen: the single picker shows the name, the multiple one a token
            browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> label.equals(
                    d.findElement(By.id("alert-form:" + field + "_input")).getAttribute("value")) || tokens(field).contains(label));
            // the tap closes the panel (it fades out), as on a phone; only a panel still open for the next choice is closed
            // with Escape: a key in a picker that still shows the chosen name makes PrimeFaces choose it again when the
            // field is left, focusing it again, and the tap that left it (on the audience, say) is lost
            By panel = By.id("alert-form:" + field + "_panel");
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(3))
                        .until(ExpectedConditions.invisibilityOfElementLocated(panel));
            } catch (org.openqa.selenium.TimeoutException stillOpen) {
                browser.driver().findElement(By.id("alert-form:" + field + "_input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            }
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(panel));
            return this;
        }

        /** What a picker offers when its arrow is tapped (nothing typed), in order. */
        List<String> offered(String field) {
            browser.driver().findElement(By.cssSelector("[id='alert-form:" + field + "'] .ui-autocomplete-dropdown")).click();
            List<String> shown = shownItems(field);
            browser.driver().findElement(By.tagName("h1")).click();
            return shown;
        }

        /** What a picker suggests for {@code typed} (or its "no match" line, the only one then). */
        List<String> suggestions(String field, String typed) {
            WebElement input = browser.driver().findElement(By.id("alert-form:" + field + "_input"));
            input.clear();
            input.sendKeys(typed);
            List<String> shown = shownItems(field);
            input.clear();
            browser.driver().findElement(By.tagName("h1")).click();
            return shown;
        }

        /** The suggestions of a picker once its panel shows them (the panel fades in; the answer replaces the earlier one). */
        private List<String> shownItems(String field) {
            By panel = By.id("alert-form:" + field + "_panel");
            By items = By.cssSelector("[id='alert-form:" + field + "_panel'] li, [id='alert-form:" + field + "_panel'] .ui-autocomplete-empty-message");
            return browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                if (!d.findElement(panel).isDisplayed()) {
                    return null;
                }
                List<String> texts = d.findElements(items).stream().map(WebElement::getText).toList();
                return texts.isEmpty() || texts.stream().anyMatch(String::isBlank) ? null : texts;
            });
        }

        /** The countries or associations a multiple picker holds (its tokens). */
        List<String> tokens(String field) {
            return browser.driver().findElements(By.cssSelector("[id='alert-form:" + field + "'] .ui-autocomplete-token-label"))
                    .stream().map(WebElement::getText).toList();
        }

        /** Chooses who sees the alert ({@code NETWORK}, {@code PARTNERS}, {@code PUBLIC}). */
        FormPage audience(String audience) {
            WebElement choice = browser.driver().findElement(By.id("audience-" + audience));
            String where = "var r = arguments[0].getBoundingClientRect(); return 'rect=' + Math.round(r.left) + ',' + Math.round(r.top)"
                    + " + ' scroll=' + scrollX + ',' + scrollY + ' width=' + innerWidth + '/' + document.documentElement.scrollWidth"
                    + " + ' height=' + innerHeight;";
            Object before = browser.driver().executeScript(where, choice);
            choice.click();
            Object after = browser.driver().executeScript(where, choice);
            try {
                browser.waiting().until(d -> choice.isSelected());
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("alert-form-audience-not-chosen");
                throw new AssertionError("audience " + audience + " not chosen: before " + before + " after " + after + " " + browser.driver().executeScript(
                        "var r = document.getElementById(arguments[0]); var b = r.getBoundingClientRect();"
                        + "var top = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);"
                        + "return 'copies=' + document.querySelectorAll('[id=\"' + arguments[0] + '\"]').length + ' checked='"
                        + " + Array.from(document.getElementsByName('audience-choice')).map(x => x.id + ':' + x.checked).join(',')"
                        + " + ' focus=' + (document.activeElement && document.activeElement.id) + ' url=' + location.href"
                        + " + ' top=' + (top ? top.outerHTML.substring(0, 200) : null);", "audience-" + audience), e);
            }
            return this;
        }

        String selected(String field) {
            return new Select(browser.driver().findElement(By.id("alert-form:" + field))).getFirstSelectedOption().getText();
        }

        /** Publishes; the alert's page, or a failure that says what the form answered instead. */
        DetailPage publish() {
            browser.driver().findElement(By.id("alert-form:publish")).click();
            try {
                browser.waiting().until(d -> !d.findElements(By.id("alert-headline")).isEmpty()
                        || !d.findElements(By.cssSelector(".messages .error, .field-error")).isEmpty());
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("alert-form-not-sent");
                throw new AssertionError("not sent; invalid in the browser: " + browser.driver().executeScript(
                        "return Array.from(document.querySelectorAll('#alert-form :invalid')).map(e => e.id || e.name).join(', ')"), e);
            }
            if (browser.driver().findElements(By.id("alert-headline")).isEmpty()) {
                browser.screenshot("alert-form-not-published");
                throw new AssertionError("not published: " + browser.driver().findElement(By.id("messages")).getText() + " " + fieldErrors());
            }
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

        /** The description, or {@code null} when the page does not show it to this reader. */
        String description() {
            List<WebElement> found = browser.driver().findElements(By.id("alert-description"));
            return found.isEmpty() ? null : found.get(0).getText();
        }

        String message() {
            return browser.driver().findElement(By.id("messages")).getText();
        }

        String id() {
            String url = browser.driver().getCurrentUrl();
            return url.substring(url.indexOf("id=") + 3).replaceAll("[&#].*", "");
        }

        /** Offers to take the reception in charge (the button "Proposer la prise en charge"). */
        DetailPage offer() {
            return click("actions:claim");
        }

        /** The owner accepts the offer of {@code association} (its name as shown). */
        DetailPage accept(String association) {
            return click(claim(association).findElement(By.cssSelector("input[id$=':accept']")));
        }

        /** The owner declines the offer of {@code association}, saying why. */
        DetailPage decline(String association, String reason) {
            WebElement claim = claim(association);
            claim.findElement(By.tagName("summary")).click();
            claim.findElement(By.cssSelector("input[id$=':decline-reason']")).sendKeys(reason);
            return click(claim.findElement(By.cssSelector("input[id$=':decline']")));
        }

        /** Records the arrival now with its count; answers the confirmation step if the page asks. */
        DetailPage recordArrival(int people, Integer women, Integer minors) {
            type("arrival-form:people-count", String.valueOf(people));
            if (women != null) {
                type("arrival-form:women", String.valueOf(women));
            }
            if (minors != null) {
                type("arrival-form:minors", String.valueOf(minors));
            }
            return click("arrival-form:arrived");
        }

        String confirmation() {
            return browser.driver().findElement(By.id("arrival-confirm-message")).getText();
        }

        DetailPage confirmArrival() {
            return click("arrival-form:confirm-arrival");
        }

        DetailPage fileReport(int received, String referrals, String... services) {
            type("report-form:received", String.valueOf(received));
            for (String service : services) {
                browser.driver().findElement(By.cssSelector("#report-form input[type=checkbox][value='" + service + "']")).click();
            }
            type("report-form:referrals", referrals);
            return click("report-form:file-report");
        }

        DetailPage close() {
            return click("actions:close");
        }

        /** What the page tells a reader who may do nothing here, and what to do instead. */
        String hint() {
            return browser.driver().findElement(By.id("hint")).getText();
        }

        String arrival() {
            return browser.driver().findElement(By.id("arrival")).getText();
        }

        String reports() {
            return browser.driver().findElement(By.id("reports")).getText();
        }

        String claims() {
            return browser.driver().findElement(By.id("claims")).getText();
        }

        /** Whether the page shows the control (a button, a form) of that id. */
        boolean shows(String id) {
            return !browser.driver().findElements(By.id(id)).isEmpty();
        }

        private WebElement claim(String association) {
            return browser.driver().findElements(By.cssSelector("#claims li.claim")).stream()
                    .filter(li -> li.getText().startsWith(association)).findFirst()
                    .orElseThrow(() -> new AssertionError("no offer of " + association + " on the page"));
        }

        private void type(String id, String value) {
            WebElement input = browser.driver().findElement(By.id(id));
            input.clear();
            input.sendKeys(value);
        }

        private DetailPage click(String id) {
            return click(browser.driver().findElement(By.id(id)));
        }

        private DetailPage click(WebElement button) {
            button.click();
            browser.awaitReplaced(button);
            return new DetailPage(browser);
        }

        List<String> timeline() {
            return browser.driver().findElements(By.cssSelector("#timeline li")).stream().map(WebElement::getText).toList();
        }
    }
}
