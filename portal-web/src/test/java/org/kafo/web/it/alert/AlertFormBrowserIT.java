package org.kafo.web.it.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;
import static org.kafo.web.it.support.Demo.OBSERVER;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.browser.Browser;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The alert form helps on a 360-pixel phone: nothing is assumed for the person (certainty, urgency and severity unknown, no
 * audience until chosen), the usual countries come first and are found as typed, the own association is never offered as
 * its own partner, limits and required fields are told before sending, and an observer is not offered the form.
 * PrimeFaces' pickers work under the pages' CSP (no error in the console).
 */
@KafoIT
class AlertFormBrowserIT {

    /** The page's French words, as the bundle has them. */
    private static final ResourceBundle LABELS = ResourceBundle.getBundle("org.kafo.web.i18n.messages", Locale.ROOT);

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
    void theFormAssumesNothingOffersTheUsualCountriesFirstAndNeverTheOwnAssociationAsPartner() {
        AlertPages.signIn(browser, CIMADE_MEMBER);
        AlertPages.FormPage form = AlertPages.FormPage.full(browser);
        browser.screenshot("alert-form-360");

        // nothing assumed: the CAP qualifiers are unknown, and no audience is chosen
        assertThat(form.selected("certainty")).isEqualTo(LABELS.getString("alert.certainty.UNKNOWN"));
        assertThat(form.selected("urgency")).isEqualTo(LABELS.getString("alert.urgency.UNKNOWN"));
        assertThat(form.selected("severity")).isEqualTo(LABELS.getString("alert.severity.UNKNOWN"));
        assertThat(browser.driver().findElements(By.cssSelector("input[name='audience-choice']:checked"))).isEmpty();

        // required fields and limits are in the page, before sending
        for (String id : new String[] {"alert-form:kind", "alert-form:origin-country_input", "alert-form:expected-arrival",
                "alert-form:arrival-point", "alert-form:people-count", "audience-NETWORK"}) {
            assertThat(browser.driver().findElement(By.id(id)).getAttribute("required")).as(id).isNotNull();
        }
        WebElement description = browser.driver().findElement(By.id("alert-form:description"));
        assertThat(description.getAttribute("maxlength")).isEqualTo("4000");
        assertThat(description.getCssValue("font-family")).as("the page's font, not a typewriter's")
                .isEqualTo(browser.driver().findElement(By.tagName("body")).getCssValue("font-family"));
        description.sendKeys("Vingt personnes");
        browser.waiting().until(d -> d.findElement(By.id("alert-form:description-counter")).getText().startsWith("3985"));
        assertThat(browser.driver().findElement(By.id("alert-form:description-counter")).getText()).isEqualTo("3985 caractères restants");

        // the usual origins first; found as typed, without accents
        assertThat(form.offered("origin-country")).startsWith("France", "Espagne", "Algérie", "Libye", "Niger", "Mauritanie", "Maroc",
                "Tunisie", "Arabie saoudite");
        assertThat(form.suggestions("origin-country", "algerie")).containsExactly("Algérie");
        form.pick("origin-country", "lib", "Libye");
        form.pick("transit-countries", "nig", "Niger").pick("transit-countries", "alg", "Algérie");
        browser.screenshot("alert-form-pickers-360");
        assertThat(form.tokens("transit-countries")).containsExactly("Niger", "Algérie");

        // La Cimade is never offered to itself as a partner
        assertThat(form.offered("partners")).contains("Association Malienne des Expulsés").noneMatch(n -> n.contains("Cimade"));
        assertThat(form.suggestions("partners", "cimade")).containsExactly("Aucun résultat : essayez un autre mot.");

        // the browser says the audience is missing before anything is sent
        form.choose("kind", "AIR_CHARTER").choose("arrival-point", "bamako-senou").type("people-count", "20")
                .arrival(LocalDateTime.now(ZoneOffset.UTC).plusHours(12).truncatedTo(ChronoUnit.MINUTES).toString());
        browser.driver().findElement(By.id("alert-form:publish")).click();
        assertThat(browser.driver().getCurrentUrl()).as("not sent").contains("/alertes/saisie/nouvelle.xhtml");
        assertThat((String) browser.driver().executeScript("return document.getElementById('audience-NETWORK').validationMessage"))
                .isNotBlank();

        // chosen, for a named partner: published as chosen, the qualifiers left unknown
        AlertPages.DetailPage posted = form.audience("PARTNERS").pick("partners", "ame", "Association Malienne des Expulsés").publish();
        browser.screenshot("alert-form-published-360");
        assertThat(posted.message()).contains("Alerte publiée");
        assertThat(browser.driver().findElement(By.id("alert-facts")).getText()).contains("Libye", "Niger", "Algérie")
                .contains(LABELS.getString("alert.certainty.UNKNOWN") + " · " + LABELS.getString("alert.urgency.UNKNOWN") + " · "
                        + LABELS.getString("alert.severity.UNKNOWN"));
        assertThat(browser.consoleErrorsWithSource()).as("PrimeFaces under the pages' CSP").isEmpty();
    }

    @Test
    void anObserverIsNotOfferedTheFormAndIsToldWhatToDoIfTheyOpenIt() {
        AlertPages.signIn(browser, OBSERVER);
        AlertPages.ListPage list = AlertPages.ListPage.open(browser, "");
        assertThat(list.offersToPost()).isFalse();
        assertThat(browser.driver().findElements(By.id("new-full"))).isEmpty();

        browser.open(KafoStack.get().portalUrl() + "/alertes/saisie/nouvelle.xhtml");
        browser.screenshot("alert-form-observer-360");
        assertThat(browser.driver().findElements(By.id("alert-form"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("may-not-post")).getText()).contains("transmettez l'information à une association");
    }
}
