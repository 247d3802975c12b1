package org.kafo.web.it.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.domain.files.SampleFiles;
import org.kafo.realm.DemoAccounts;
import org.kafo.web.it.browser.Browser;
import org.kafo.web.it.browser.HomePage;
import org.kafo.web.it.support.Demo;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** In Chromium, in French, on a phone-sized window: deposit, find, refine, read, and the refusals. */
@KafoIT
class LibraryBrowserIT {

    private Browser browser;
    private final String portal = KafoStack.get().portalUrl();

    @BeforeEach
    void openChromium() {
        browser = new Browser();
    }

    @AfterEach
    void closeChromium() {
        browser.close();
    }

    @Test
    void aMemberDepositsADocumentFindsItFromTheHeaderAndIsToldOfADuplicate() {
        signIn(Demo.AME_MEMBER);
        String marker = "soninke" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        byte[] docx = SampleFiles.docx("Compte rendu de l'accueil à Kayes des refoulés de Mauritanie.", "Mot repère : " + marker);

        LibraryBrowser.DepositForm form = LibraryBrowser.DepositForm.open(browser, portal)
                .fill("Accueil à Kayes des refoulés " + marker, "Compte rendu", "2025-11", "refoulés, Kayes", "NETWORK")
                .attach("compte-rendu-kayes.docx", docx);
        browser.screenshot("library-deposit-form");
        browser.guideScreenshot("bibliotheque-depot");
        form.submit();
        browser.screenshot("library-deposited");
        assertThat(text(By.id("document-title"))).isEqualTo("Accueil à Kayes des refoulés " + marker);
        assertThat(text(By.cssSelector(".messages"))).contains("Document déposé");
        assertThat(text(By.id("document-date"))).isEqualTo("novembre 2025");
        assertThat(text(By.id("document-excerpt"))).contains("refoulés de Mauritanie");
        assertThat(browser.driver().findElement(By.id("download")).getAttribute("href")).contains("/bibliotheque/fichier/");

        browser.driver().findElement(By.id("edit-link")).click();
        LibraryBrowser.DepositForm edit = new LibraryBrowser.DepositForm(browser);
        edit.fill("Accueil à Kayes des refoulés de Mauritanie " + marker, "Compte rendu", "2025-11-20", "refoulés, Kayes, Mauritanie", "NETWORK");
        edit.submit();
        browser.screenshot("library-edited");
        assertThat(text(By.id("document-title"))).isEqualTo("Accueil à Kayes des refoulés de Mauritanie " + marker);
        assertThat(text(By.id("document-date"))).isEqualTo("20 novembre 2025");
        assertThat(text(By.id("document-themes"))).contains("Mauritanie");

        LibraryBrowser.Search search = new LibraryBrowser.Search(browser).typeInHeader("refoules " + marker).submit();
        browser.screenshot("library-search-own-document");
        assertThat(search.hits()).hasSize(1);
        assertThat(search.hits().get(0).findElement(By.tagName("mark")).getText()).isEqualToIgnoringCase("refoulés");
        assertThat(search.hits().get(0).getText()).contains("Document");

        LibraryBrowser.DepositForm again = LibraryBrowser.DepositForm.open(browser, portal)
                .fill("Le même compte rendu", "Compte rendu", "2025", "", "PRIVATE").attach("copie.docx", docx);
        again.submit();
        browser.screenshot("library-duplicate");
        assertThat(text(By.id("duplicate"))).contains("déjà dans la bibliothèque", "Accueil à Kayes des refoulés de Mauritanie " + marker);
        browser.driver().findElement(By.id("duplicate-link")).click();
        assertThat(text(By.id("document-title"))).isEqualTo("Accueil à Kayes des refoulés de Mauritanie " + marker);
    }

    /**
     * On a slow link (400 kbit/s up), the file shows its progress and "Déposer" waits until it has arrived; then the
     * deposit goes as usual. At 360 pixels, with no error in the console (PrimeFaces' upload under the pages' CSP).
     */
    @Test
    void aFileOnASlowLinkShowsItsProgressAndTheDepositWaitsForIt() {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        signIn(Demo.AME_MEMBER);
        String marker = "lourd" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        byte[] text = SampleFiles.txt(("Compte rendu des arrivées à Bamako-Sénou, " + marker + ". ").repeat(5000));
        LibraryBrowser.DepositForm form = LibraryBrowser.DepositForm.open(browser, portal)
                .fill("Rapport lourd " + marker, "Rapport", "2025", "", "PRIVATE");
        browser.driver().executeCdpCommand("Network.enable", java.util.Map.of());
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", false, "latency", 100,
                "downloadThroughput", 50_000, "uploadThroughput", 50_000));
        form.choose("rapport-lourd.txt", text);
        browser.waiting().until(d -> !d.findElements(By.cssSelector(".upload .ui-progressbar")).isEmpty());
        browser.screenshot("library-upload-progress-360");
        assertThat(form.submitEnabled()).as("Déposer waits while the file is on its way").isFalse();
        assertThat(text(By.cssSelector(".upload"))).contains("rapport-lourd.txt");

        browser.waiting().until(d -> form.received().contains("rapport-lourd.txt"));
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        assertThat(form.received()).isEqualTo("Fichier reçu : rapport-lourd.txt");
        assertThat(form.submitEnabled()).isTrue();
        form.submit();
        browser.screenshot("library-upload-deposited-360");
        assertThat(text(By.id("document-title"))).isEqualTo("Rapport lourd " + marker);
        assertThat(browser.consoleErrorsWithSource()).isEmpty();
    }

    @Test
    void refusedFilesAndFieldsAreExplainedOnTheFormAndNothingIsKept() {
        signIn(Demo.AME_MEMBER);
        long rows = Uploads.writtenRows();
        LibraryBrowser.DepositForm form = LibraryBrowser.DepositForm.open(browser, portal)
                .fill("Un faux PDF", "Rapport", "2024", "", "PRIVATE").attach("rapport.pdf", SampleFiles.fakePdf());
        form.submit();
        browser.screenshot("library-refused-fake-pdf");
        assertThat(form.errors()).anyMatch(e -> e.contains("se présente comme un PDF mais n'en est pas un"));

        LibraryBrowser.DepositForm bad = LibraryBrowser.DepositForm.open(browser, portal)
                .fill("", "Rapport", "2014-13", "", "PRIVATE").attach("note.txt", SampleFiles.txt("note " + UUID.randomUUID()));
        bad.submit();
        browser.screenshot("library-refused-fields");
        assertThat(bad.errors()).anyMatch(e -> e.contains("Donnez un titre")).anyMatch(e -> e.contains("n'existe pas"));
        assertThat(Uploads.writtenRows()).isEqualTo(rows);
    }

    @Test
    void aVisitorSearchesThePublicCorpusRefinesAndSortsWithSuggestionsAsTheyType() {
        browser.open(portal + "/");
        LibraryBrowser.Search search = new LibraryBrowser.Search(browser).typeInHeader("Observati");
        assertThat(search.suggestions()).anyMatch(t -> t.startsWith("Observations sur le rapport du Mali"));

        search.typeInHeader("expulses libye").submit();
        browser.screenshot("search-expulses-libye");
        browser.guideScreenshot("recherche-resultats");
        // As many as the API finds for a visitor: other features' public records may match too.
        assertThat(search.count()).startsWith(visitorHits("q=expulses+libye") + " résultats pour « expulses libye »");
        assertThat(search.hits().get(0).findElements(By.tagName("mark"))).isNotEmpty();

        search.chooseFacet("organisation", "Association Malienne des Expulsés (AME)");
        browser.screenshot("search-facet-organisation");
        assertThat(search.count()).startsWith(visitorHits("q=expulses+libye&organisation="
                + java.net.URLEncoder.encode("Association Malienne des Expulsés (AME)", java.nio.charset.StandardCharsets.UTF_8)) + " résultats");
        search.sortByDate();
        List<String> titles = search.hits().stream().map(h -> h.findElement(By.cssSelector("a.title")).getText()).toList();
        assertThat(titles.get(0)).startsWith("Observations sur le rapport du Mali");

        search.hits().get(0).findElement(By.cssSelector("a.title")).click();
        browser.screenshot("library-document-public");
        List<WebElement> similar = browser.driver().findElements(By.cssSelector("#similar li"));
        assertThat(similar).isNotEmpty();

        browser.open(portal + "/recherche.xhtml?q=");
        browser.screenshot("search-bad-query");
        assertThat(text(By.cssSelector(".messages"))).contains("Saisissez au moins un mot");
    }

    @Test
    void theDepositPageAsksVisitorsToSignIn() {
        browser.open(portal + "/bibliotheque/deposer.xhtml");
        browser.waiting().until(d -> d.getCurrentUrl().startsWith(KafoStack.get().issuer()));
        assertThat(browser.driver().findElements(By.id("kc-form-login"))).isNotEmpty();
    }

    /**
     * Journey (screenshots in {@code target/screenshots/journey-member-knowledge-base/}): a member of APDHA looks
     * for the network's past declarations and reports: the shelf by kind, then a search from the header, refined
     * to documents of the AME, and the report itself with its file and the documents like it.
     */
    @Test
    void journeyAMemberSearchesPastDeclarationsAndReports() {
        browser.close();
        browser = Browser.forJourney("journey-member-knowledge-base");
        signIn(Demo.APDHA_MEMBER);
        browser.screenshot("membre-apdha-connecte");

        LibraryBrowser.Shelf alternative = LibraryBrowser.Shelf.open(browser, portal).filterByKind("Rapport alternatif");
        browser.screenshot("bibliotheque-rapports-alternatifs");
        assertThat(alternative.titles()).anyMatch(t -> t.startsWith("Observations sur le rapport du Mali"));
        assertThat(alternative.titles()).noneMatch(t -> t.startsWith("Réalisations du Ministère"));

        LibraryBrowser.Shelf reports = alternative.filterByKind("Rapport");
        browser.screenshot("bibliotheque-rapports");
        assertThat(reports.titles()).anyMatch(t -> t.startsWith("Réalisations du Ministère des Maliens de l'Extérieur"));
        assertThat(reports.titles()).noneMatch(t -> t.startsWith("Observations sur le rapport du Mali"));

        LibraryBrowser.Search search = new LibraryBrowser.Search(browser).typeInHeader("expulsions collectives").submit();
        browser.screenshot("recherche-expulsions-collectives");
        assertThat(search.count()).contains("« expulsions collectives »");
        search.chooseFacet("kind", "Document").chooseFacet("organisation", "Association Malienne des Expulsés (AME)");
        browser.screenshot("recherche-documents-ame");
        List<String> titles = search.hits().stream().map(h -> h.findElement(By.cssSelector("a.title")).getText()).toList();
        assertThat(titles).anyMatch(t -> t.startsWith("Observations sur le rapport du Mali"));
        assertThat(search.hits()).allSatisfy(h -> assertThat(h.getText()).contains("Document"));

        search.hits().stream().map(h -> h.findElement(By.cssSelector("a.title")))
                .filter(a -> a.getText().startsWith("Observations sur le rapport du Mali")).findFirst().orElseThrow().click();
        browser.screenshot("document-observations-rapport-mali");
        browser.guideScreenshot("bibliotheque-document");
        assertThat(text(By.id("document-title"))).startsWith("Observations sur le rapport du Mali");
        assertThat(text(By.id("document-date"))).isEqualTo("18 mars 2014");
        assertThat(browser.driver().findElement(By.id("download")).getAttribute("href")).contains("/bibliotheque/fichier/");
        assertThat(browser.driver().findElements(By.cssSelector("#similar li"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.id("edit-link"))).as("another association's document: read only").isEmpty();
    }

    private void signIn(String user) {
        HomePage.open(browser, portal).signIn().signIn(user, DemoAccounts.get(user).password());
    }

    private String text(By by) {
        return browser.driver().findElement(by).getText();
    }

    private static long visitorHits(String query) {
        return org.kafo.web.it.support.Api.get("/api/v1/search?" + query, null).json().getJsonNumber("totalHits").longValue();
    }
}
