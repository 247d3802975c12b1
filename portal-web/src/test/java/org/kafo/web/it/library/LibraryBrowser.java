package org.kafo.web.it.library;

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

/** Page objects of the knowledge base and the search, as a person on a phone uses them. */
final class LibraryBrowser {

    private LibraryBrowser() {
    }

    /** {@code /bibliotheque/}: the documents, filtered by kind and year. */
    static final class Shelf {
        private final Browser browser;

        Shelf(Browser browser) {
            this.browser = browser;
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("library-filter")));
        }

        static Shelf open(Browser browser, String portalUrl) {
            browser.open(portalUrl + "/bibliotheque/");
            return new Shelf(browser);
        }

        Shelf filterByKind(String kindLabel) {
            new Select(browser.driver().findElement(By.id("filter-type"))).selectByVisibleText(kindLabel);
            WebElement submit = browser.driver().findElement(By.cssSelector("#library-filter button"));
            submit.click();
            browser.awaitReplaced(submit);
            return new Shelf(browser);
        }

        String count() {
            return browser.driver().findElement(By.id("library-count")).getText();
        }

        List<String> titles() {
            return browser.driver().findElements(By.cssSelector("#documents a.title")).stream().map(WebElement::getText).toList();
        }

        void open(String titleStart) {
            browser.driver().findElements(By.cssSelector("#documents a.title")).stream().filter(a -> a.getText().startsWith(titleStart))
                    .findFirst().orElseThrow().click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("document-title")));
        }
    }

    /** {@code /bibliotheque/deposer.xhtml}. */
    static final class DepositForm {
        private final Browser browser;

        DepositForm(Browser browser) {
            this.browser = browser;
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("deposit")));
        }

        static DepositForm open(Browser browser, String portalUrl) {
            browser.open(portalUrl + "/bibliotheque/deposer.xhtml");
            return new DepositForm(browser);
        }

        DepositForm fill(String title, String kindLabel, String date, String themes, String visibilityValue) {
            type("deposit:title", title);
            new Select(browser.driver().findElement(By.id("deposit:kind"))).selectByVisibleText(kindLabel);
            type("deposit:author", "Association Malienne des Expulsés (AME)");
            type("deposit:date", date);
            type("deposit:place", "Bamako");
            type("deposit:themes", themes);
            browser.driver().findElement(By.cssSelector("input[name='deposit:visibility'][value='" + visibilityValue + "']")).click();
            return this;
        }

        /** Chooses the file and waits until the page says it has it (the file goes ahead of the form). */
        DepositForm attach(String name, byte[] bytes) {
            choose(name, bytes);
            browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("deposit:received")).getText().contains(name));
            return this;
        }

        /** Chooses the file; its upload starts at once, with its progress shown. */
        DepositForm choose(String name, byte[] bytes) {
            try {
                Path dir = Files.createTempDirectory("kafo-upload");
                Path file = dir.resolve(name);
                Files.write(file, bytes);
                browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** What the page says of the file it received ("Fichier reçu : …"). */
        String received() {
            return browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("deposit:received")).getText());
        }

        boolean submitEnabled() {
            return browser.driver().findElement(By.id("deposit:submit")).isEnabled();
        }

        /** Submits; the page that comes back (the document's page, or this form with messages). */
        void submit() {
            browser.driver().findElement(By.id("deposit:submit")).click();
            browser.waiting().until(d -> d.findElements(By.id("document-title")).size() + d.findElements(By.cssSelector(".messages li")).size()
                    + d.findElements(By.id("duplicate")).size() > 0);
        }

        List<String> errors() {
            return browser.driver().findElements(By.cssSelector(".messages li.error, .messages .error")).stream().map(WebElement::getText).toList();
        }

        private void type(String id, String text) {
            WebElement field = browser.driver().findElement(By.id(id));
            field.clear();
            field.sendKeys(text);
        }
    }

    /** The header's search box and {@code /recherche.xhtml}. */
    static final class Search {
        private final Browser browser;

        Search(Browser browser) {
            this.browser = browser;
        }

        Search typeInHeader(String text) {
            WebElement box = browser.driver().findElement(By.id("search-q"));
            box.clear();
            box.sendKeys(text);
            return this;
        }

        /** The titles the box offers (its datalist), once they have come. */
        List<String> suggestions() {
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#search-suggestions option")).isEmpty());
            return browser.driver().findElements(By.cssSelector("#search-suggestions option")).stream()
                    .map(o -> o.getAttribute("value")).toList();
        }

        Search submit() {
            browser.driver().findElement(By.cssSelector("#search-box button")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("search-results")));
            return this;
        }

        String count() {
            return browser.driver().findElement(By.id("search-count")).getText();
        }

        List<WebElement> hits() {
            return browser.driver().findElements(By.cssSelector("#hits > li"));
        }

        Search chooseFacet(String dim, String label) {
            browser.driver().findElement(By.id("facet-" + dim)).findElements(By.tagName("a")).stream()
                    .filter(a -> a.getText().startsWith(label)).findFirst().orElseThrow().click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("search-results")));
            return this;
        }

        Search sortByDate() {
            browser.driver().findElement(By.id("sort-date")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sort-relevance")));
            return this;
        }
    }
}
