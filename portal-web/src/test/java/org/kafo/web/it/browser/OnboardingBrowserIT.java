package org.kafo.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.realm.DemoAccounts;
import org.kafo.web.it.support.Demo;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The coordination welcomes an association from its page; an association's admin invites a member from theirs. */
@KafoIT
class OnboardingBrowserIT {

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
    void theCoordinationWelcomesAnAssociationAndIsToldWhatToCorrectFirst() {
        signIn(Demo.NETWORK_ADMIN);
        browser.open(KafoStack.get().portalUrl() + "/admin/partenaires.xhtml");
        String suffix = Long.toString(System.nanoTime() % 100000);
        type("partner-form:name", "Réseau Kayira " + suffix);
        type("partner-form:acronym", "RK" + suffix);
        new Select(browser.driver().findElement(By.id("partner-form:kind"))).selectByValue("ong-nationale");
        type("partner-form:adminFirstName", "Issa");
        type("partner-form:adminLastName", "Konaté");
        type("partner-form:adminEmail", "issa.konate@kayira");
        browser.driver().findElement(By.id("partner-form:onboard")).click();
        browser.screenshot("partenaires-erreur");
        assertThat(browser.driver().findElement(By.cssSelector(".field-error")).getText())
                .contains("n'est pas une adresse électronique valide");

        type("partner-form:adminEmail", "issa.konate" + suffix + "@kayira.example");
        browser.driver().findElement(By.id("partner-form:onboard")).click();
        browser.screenshot("partenaires-accueillie");
        assertThat(messages()).contains("a rejoint le réseau", "Une invitation a été envoyée");
        AdministrationPages.pageUntil(browser, By.id("partner-rk" + suffix));
        assertThat(browser.driver().findElement(By.id("partner-rk" + suffix)).getText()).contains("Réseau Kayira " + suffix);
        assertThat(browser.driver().findElement(By.id("status-rk" + suffix)).getText()).isEqualTo("Active");
    }

    @Test
    void anAssociationsAdminInvitesAMemberWhoShowsAsInvited() {
        signIn(Demo.AME_ADMIN);
        browser.open(KafoStack.get().portalUrl() + "/mon-association/membres.xhtml");
        browser.screenshot("membres");
        assertThat(browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("association-name"))).getText()).contains("Association Malienne des Expulsés");
        assertThat(browser.driver().findElement(By.id("members")).getText()).contains("Aïssata Diallo").doesNotContain("Claire Martin");
        String email = "mariam" + (System.nanoTime() % 100000) + "@ame.example";
        type("invite-form:firstName", "Mariam");
        type("invite-form:lastName", "Coulibaly");
        type("invite-form:email", email);
        browser.driver().findElement(By.id("invite-form:invite")).click();
        browser.screenshot("membres-invitation");
        assertThat(messages()).contains("Mariam Coulibaly est invité·e");
        WebElement row = browser.driver().findElement(By.cssSelector("tr[data-email='" + email + "']"));
        assertThat(row.getText()).contains("Invitation en attente");
    }

    private void signIn(String user) {
        HomePage.open(browser, KafoStack.get().portalUrl()).signIn().signIn(user, DemoAccounts.get(user).password());
    }

    private void type(String id, String text) {
        WebElement field = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private String messages() {
        return browser.driver().findElement(By.id("messages")).getText();
    }
}
