package org.kafo.web.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The directory's pages as a person uses them: the referral search, an actor's profile, the entry form. */
public final class DirectoryPages {

    private DirectoryPages() {
    }

    /** {@code /annuaire/}: "who does what, where". */
    public static final class Search {
        private final Browser browser;

        Search(Browser browser) {
            this.browser = browser;
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("filters")));
        }

        public static Search open(Browser browser, String portalUrl) {
            browser.open(portalUrl + "/annuaire/");
            return new Search(browser);
        }

        public Search ask(String category, String targetGroup, String region) {
            new Select(browser.driver().findElement(By.id("f-category"))).selectByVisibleText(category);
            new Select(browser.driver().findElement(By.id("f-target"))).selectByVisibleText(targetGroup);
            new Select(browser.driver().findElement(By.id("f-region"))).selectByVisibleText(region);
            WebElement submit = browser.driver().findElement(By.id("f-submit"));
            submit.click();
            // the old page has #filters too: wait for it to be replaced, or its list is read instead of the answer
            browser.awaitReplaced(submit);
            return new Search(browser);
        }

        public String count() {
            return browser.driver().findElement(By.id("result-count")).getText();
        }

        public List<String> actors() {
            return browser.driver().findElements(By.cssSelector("article.service .actor-link")).stream().map(WebElement::getText).toList();
        }

        /** The active filters as the chips read them ("Région : Gao"). */
        public List<String> chips() {
            return browser.driver().findElements(By.cssSelector("#active-filters a.chip")).stream()
                    .map(c -> c.getText().replaceAll("(?s)\\s*✕.*", "").strip()).toList();
        }

        /** Follows the chip that removes a filter ({@code region}, {@code targetGroup}…): a plain link. */
        public Search removeChip(String name) {
            WebElement chip = browser.driver().findElement(By.id("remove-" + name));
            chip.click();
            browser.awaitReplaced(chip);
            return new Search(browser);
        }

        /** What the page proposes when nothing answers, as a person reads it; empty when it proposes nothing. */
        public String wider() {
            return browser.driver().findElements(By.id("wider")).stream().map(WebElement::getText).findFirst().orElse("");
        }

        public Search widen() {
            WebElement link = browser.driver().findElement(By.id("wider-link"));
            link.click();
            browser.awaitReplaced(link);
            return new Search(browser);
        }

        /** Whether the page is no wider than the window (no sideways scrolling). */
        public boolean fitsTheWindow() {
            Object fits = browser.driver().executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
            return Boolean.TRUE.equals(fits);
        }

        public Actors toActors() {
            browser.driver().findElement(By.id("to-actors")).click();
            return new Actors(browser);
        }

        public Profile openActor(String name) {
            browser.driver().findElements(By.cssSelector(".actor-link")).stream().filter(a -> a.getText().equals(name)).findFirst()
                    .orElseThrow().click();
            return new Profile(browser);
        }
    }

    /** {@code /annuaire/acteurs.xhtml}: the actors, by name. */
    public static final class Actors {
        private final Browser browser;

        Actors(Browser browser) {
            this.browser = browser;
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("actors")));
        }

        public List<String> names() {
            return browser.driver().findElements(By.cssSelector("#actors .actor-link")).stream().map(WebElement::getText).toList();
        }

        public Profile open(String name) {
            browser.driver().findElements(By.cssSelector("#actors .actor-link")).stream().filter(a -> a.getText().equals(name)).findFirst()
                    .orElseThrow().click();
            return new Profile(browser);
        }

        public boolean canCreate() {
            return !browser.driver().findElements(By.id("new-actor")).isEmpty();
        }
    }

    /** {@code /annuaire/acteur.xhtml?id=…}. */
    public static final class Profile {
        private final Browser browser;

        Profile(Browser browser) {
            this.browser = browser;
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("actor-name")));
        }

        public String name() {
            return browser.driver().findElement(By.id("actor-name")).getText();
        }

        public boolean member() {
            return !browser.driver().findElements(By.id("member-badge")).isEmpty();
        }

        public String text() {
            return browser.driver().findElement(By.id("contenu")).getText();
        }

        public int directPhones() {
            return browser.driver().findElements(By.cssSelector(".direct-phone")).size();
        }

        public boolean editable() {
            return !browser.driver().findElements(By.id("edit-actor")).isEmpty();
        }

        /** The browser's back button, to the list of actors it came from. */
        public Actors backToActors() {
            browser.driver().navigate().back();
            return new Actors(browser);
        }

        public EntryForm edit() {
            browser.driver().findElement(By.id("edit-actor")).click();
            return new EntryForm(browser);
        }

        public String messages() {
            return browser.driver().findElements(By.id("messages")).stream().map(WebElement::getText).findFirst().orElse("");
        }
    }

    /** {@code /annuaire/gestion/fiche.xhtml}. */
    public static final class EntryForm {
        private final Browser browser;

        EntryForm(Browser browser) {
            this.browser = browser;
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entry:save")));
        }

        public EntryForm type(String field, String value) {
            WebElement input = browser.driver().findElement(By.id("entry:" + field));
            input.clear();
            input.sendKeys(value);
            return this;
        }

        public Profile save() {
            submit();
            return new Profile(browser);
        }

        public EntryForm saveRefused() {
            submit();
            return new EntryForm(browser);
        }

        /** Saves, and waits for the next page (the form again, or the profile). */
        private void submit() {
            WebElement save = browser.driver().findElement(By.id("entry:save"));
            save.click();
            browser.awaitReplaced(save);
        }

        public String messages() {
            return browser.driver().findElement(By.id("messages")).getText();
        }
    }
}
