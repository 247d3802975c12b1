package org.kafo.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.realm.DemoAccounts;
import org.kafo.web.it.support.Demo;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;

/** The referral question asked on a phone, an actor's profile, and the AME's admin keeping its entry, in Chromium. */
@KafoIT
class DirectoryBrowserIT {

    private Browser browser;

    @BeforeEach
    void openChromium() {
        browser = new Browser();
    }

    @AfterEach
    void closeChromium() {
        browser.close();
    }

    @Test
    void aVisitorAsksWhoGivesPsychosocialSupportToWomenAndReadsTheAnswer() {
        DirectoryPages.Search search = DirectoryPages.Search.open(browser, KafoStack.get().portalUrl());
        browser.screenshot("annuaire-accueil");
        DirectoryPages.Search answer = search.ask("Soutien psychosocial", "Femmes", "District de Bamako");
        browser.screenshot("annuaire-psychosocial-femmes-bamako");
        browser.guideScreenshot("annuaire-recherche");
        assertThat(answer.actors()).contains("Association Malienne des Expulsés");
        assertThat(answer.count()).matches("\\d+ service\\(s\\)");

        DirectoryPages.Profile ame = answer.openActor("Association Malienne des Expulsés");
        browser.screenshot("annuaire-profil-ame-anonyme");
        browser.guideScreenshot("annuaire-fiche-acteur");
        assertThat(ame.member()).isTrue();
        assertThat(ame.text()).contains("Hébergement provisoire à Korofina", "Aéroport international de Bamako-Sénou", "bambara",
                "Connectez-vous pour voir les téléphones");
        assertThat(ame.directPhones()).isZero();
        assertThat(ame.editable()).isFalse();
    }

    @Test
    void onAPhoneAVisitorFindsNoSupportForWomenInGaoIsProposedEveryRegionAndRemovesAFilter() {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 780));
        DirectoryPages.Search none = DirectoryPages.Search.open(browser, KafoStack.get().portalUrl()).ask("Soutien psychosocial", "Femmes", "Gao");
        browser.screenshot("annuaire-360-psychosocial-femmes-gao");
        browser.driver().executeScript("document.getElementById('result-count').scrollIntoView()");
        browser.screenshot("annuaire-360-psychosocial-femmes-gao-elargir");
        assertThat(none.count()).isEqualTo("0 service(s)");
        assertThat(none.chips()).containsExactly("Catégorie de service : Soutien psychosocial", "Public : Femmes", "Région : Gao");
        assertThat(none.wider()).contains("Aucun service ne répond à toutes ces conditions.",
                "En élargissant la recherche à toutes les régions, pas seulement « Gao »");
        assertThat(none.fitsTheWindow()).isTrue();

        DirectoryPages.Search everywhere = none.widen();
        browser.screenshot("annuaire-360-psychosocial-femmes-partout");
        assertThat(everywhere.actors()).contains("Association Malienne des Expulsés");
        assertThat(everywhere.chips()).containsExactly("Catégorie de service : Soutien psychosocial", "Public : Femmes");
        assertThat(everywhere.wider()).isEmpty();
        assertThat(everywhere.fitsTheWindow()).isTrue();

        DirectoryPages.Search forEveryone = everywhere.removeChip("targetGroup");
        assertThat(forEveryone.chips()).containsExactly("Catégorie de service : Soutien psychosocial");
        assertThat(forEveryone.actors()).contains("Association Malienne des Expulsés");
    }

    @Test
    void theCoordinationImportsAnHsdsFileAndABrokenOneChangesNothing() throws java.io.IOException {
        HomePage.open(browser, KafoStack.get().portalUrl()).signIn().signIn(Demo.NETWORK_ADMIN, DemoAccounts.get(Demo.NETWORK_ADMIN).password());
        java.nio.file.Path broken = java.nio.file.Files.createTempFile("annuaire", ".json");
        java.nio.file.Files.writeString(broken, "{\"organizations\": [ {\"id\": ");
        browser.open(KafoStack.get().portalUrl() + "/annuaire/gestion/import.xhtml");
        browser.driver().findElement(org.openqa.selenium.By.id("import:file")).sendKeys(broken.toString());
        org.openqa.selenium.WebElement upload = browser.driver().findElement(org.openqa.selenium.By.id("import:upload"));
        upload.click();
        browser.awaitReplaced(upload);
        browser.screenshot("annuaire-import-refuse");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("messages")).getText())
                .contains("Le fichier n'est pas un JSON valide (ligne 1");

        java.nio.file.Path empty = java.nio.file.Files.createTempFile("annuaire", ".json");
        java.nio.file.Files.writeString(empty, "{\"version\": \"3.0\", \"organizations\": []}");
        browser.driver().findElement(org.openqa.selenium.By.id("import:file")).sendKeys(empty.toString());
        upload = browser.driver().findElement(org.openqa.selenium.By.id("import:upload"));
        upload.click();
        browser.awaitReplaced(upload);
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("import-report")).getText()).contains("Import terminé : 0");
    }

    @Test
    void theAmesAdminKeepsItsEntryAndIsToldInFrenchWhatIsWrong() {
        HomePage.open(browser, KafoStack.get().portalUrl()).signIn().signIn(Demo.AME_ADMIN, DemoAccounts.get(Demo.AME_ADMIN).password());
        DirectoryPages.Profile ame = DirectoryPages.Search.open(browser, KafoStack.get().portalUrl())
                .ask("Hébergement", "Personnes expulsées", "District de Bamako").openActor("Association Malienne des Expulsés");
        assertThat(ame.directPhones()).isPositive();
        assertThat(ame.editable()).isTrue();

        // (an e-mail without @ is already stopped by the phone's browser; a bad number reaches the portal)
        DirectoryPages.EntryForm form = ame.edit().type("phone", "appelez-nous").saveRefused();
        browser.screenshot("annuaire-fiche-erreur");
        assertThat(form.messages()).contains("Numéro de téléphone invalide : « appelez-nous »");

        DirectoryPages.Profile saved = form.type("phone", "+223 20 00 00 09").type("email", "accueil@ame.example").save();
        browser.screenshot("annuaire-fiche-enregistree");
        assertThat(saved.messages()).contains("Fiche enregistrée.");
        assertThat(saved.text()).contains("accueil@ame.example");
    }

    /**
     * Journey (screenshots in {@code target/screenshots/journey-observer-directory/}): a participant of the seminar,
     * signed in as an observer, browses the directory of actors: the list, a question, a member's profile with
     * its direct contacts, and back to the actors; nothing there lets an observer change an entry.
     */
    @Test
    void journeyASeminarParticipantBrowsesTheDirectoryOfActors() {
        browser.close();
        browser = Browser.forJourney("journey-observer-directory");
        String portal = KafoStack.get().portalUrl();

        HomePage home = HomePage.open(browser, portal).signIn().signIn(Demo.OBSERVER, DemoAccounts.get(Demo.OBSERVER).password());
        browser.screenshot("observateur-connecte");
        assertThat(home.signedIn()).isTrue();

        DirectoryPages.Search answer = DirectoryPages.Search.open(browser, portal).ask("Hébergement", "Personnes expulsées", "District de Bamako");
        browser.screenshot("annuaire-hebergement-bamako");
        assertThat(answer.actors()).contains("Association Malienne des Expulsés");
        assertThat(answer.count()).matches("\\d+ service\\(s\\)");

        DirectoryPages.Actors actors = answer.toActors();
        browser.screenshot("annuaire-acteurs");
        assertThat(actors.names()).contains("Association Malienne des Expulsés");
        assertThat(actors.canCreate()).as("only the coordination adds actors").isFalse();

        DirectoryPages.Profile ame = actors.open("Association Malienne des Expulsés");
        browser.screenshot("annuaire-profil-ame-observateur");
        assertThat(ame.member()).isTrue();
        assertThat(ame.text()).contains("Hébergement provisoire à Korofina").doesNotContain("Connectez-vous pour voir les téléphones");
        assertThat(ame.directPhones()).as("signed in, the observer sees the direct phones").isPositive();
        assertThat(ame.editable()).isFalse();

        DirectoryPages.Actors again = ame.backToActors();
        browser.screenshot("annuaire-retour-acteurs");
        assertThat(again.names()).contains("Association Malienne des Expulsés");
    }
}
