package org.kafo.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.realm.DemoAccounts;
import org.kafo.web.it.support.Accounts;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.Demo;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The administration's lists on a 360-pixel phone: the associations a page at a time (read from the database page by page,
 * the page not reloaded), an association's change log likewise, and a destructive action that asks first in the page's
 * dialog ("Annuler" changes nothing). No error in the console: PrimeFaces' table and the dialog work under the pages' CSP.
 */
@KafoIT
class AdministrationBrowserIT {

    private Browser browser;

    @BeforeEach
    void openChromium() {
        browser = new Browser();
        browser.driver().manage().window().setSize(new Dimension(360, 800));
    }

    @AfterEach
    void closeChromium() {
        browser.close();
    }

    @Test
    void theCoordinationPagesThroughTheAssociationsTenAtATime() {
        // more associations than a page holds
        int count = Api.get("/api/v1/tenants", null).array().size();
        for (; count <= 12; count++) {
            Accounts.partner("page");
        }
        HomePage.open(browser, KafoStack.get().portalUrl()).signIn().signIn(Demo.NETWORK_ADMIN, DemoAccounts.get(Demo.NETWORK_ADMIN).password());
        browser.open(KafoStack.get().portalUrl() + "/admin/partenaires.xhtml");
        String table = "partners-list:partners";
        browser.screenshot("associations-page-1-360");
        String total = String.valueOf(Api.get("/api/v1/tenants", null).array().size());
        assertThat(AdministrationPages.pageReport(browser, table)).isEqualTo("1–10 sur " + total);
        var first = AdministrationPages.firstCells(browser, table);
        assertThat(first).hasSize(10).first().asString().contains("Asociación Pro Derechos Humanos de Andalucía");
        String address = browser.driver().getCurrentUrl();

        AdministrationPages.nextPage(browser, table);
        browser.screenshot("associations-page-2-360");
        assertThat(AdministrationPages.pageReport(browser, table)).startsWith("11–");
        assertThat(AdministrationPages.firstCells(browser, table)).isNotEmpty().doesNotContainAnyElementsOf(first);
        assertThat(browser.driver().getCurrentUrl()).as("the page is not reloaded").isEqualTo(address);
        assertThat(browser.consoleErrorsWithSource()).isEmpty();
    }

    @Test
    void disablingAMemberAsksFirstAndTheChangeLogIsPaged() {
        Accounts.Partner partner = Accounts.partner("confirm");
        Accounts.Person member = Accounts.member(partner, "member");
        HomePage.open(browser, KafoStack.get().portalUrl()).signIn().signIn(partner.admin().email(), Accounts.PASSWORD);
        browser.open(KafoStack.get().portalUrl() + "/mon-association/membres.xhtml");
        By row = By.cssSelector("tr[data-email='" + member.email() + "']");

        // "Annuler": nothing changes
        String question = AdministrationPages.confirm(browser, browser.driver().findElement(row).findElement(By.cssSelector(".disable")), false);
        assertThat(question).isNotBlank();
        assertThat(browser.driver().findElement(row).findElement(By.cssSelector(".state")).getText()).isNotEqualTo("Désactivé");
        assertThat(browser.driver().findElement(row).findElements(By.cssSelector(".disable"))).isNotEmpty();

        // "Confirmer": the member is disabled, and the change log says so
        AdministrationPages.confirm(browser, browser.driver().findElement(row).findElement(By.cssSelector(".disable")), true);
        browser.waiting().until(d -> !d.findElement(row).findElements(By.cssSelector(".enable")).isEmpty());
        browser.screenshot("membre-desactive-360");
        WebElement log = browser.driver().findElement(By.id("history-form:history-table"));
        assertThat(log.getText()).contains("compte désactivé");
        assertThat(browser.consoleErrorsWithSource()).isEmpty();
    }
}
