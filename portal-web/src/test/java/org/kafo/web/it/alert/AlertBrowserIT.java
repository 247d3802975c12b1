package org.kafo.web.it.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.browser.Browser;
import org.kafo.web.it.support.KafoIT;

/** The alert pages in Chromium, on a phone-sized window, in French. */
@KafoIT
class AlertBrowserIT {

    private static final Logger LOG = Logger.getLogger(AlertBrowserIT.class.getName());

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
    void aPartnerIsToldInFrenchWhatIsWrongWithAnAlertAndNothingIsPublished() {
        AlertPages.signIn(browser, CIMADE_MEMBER);
        AlertPages.FormPage full = AlertPages.FormPage.full(browser);
        browser.screenshot("alert-form-full");
        AlertPages.FormPage refused = full.choose("kind", "LAND_CONVOY").choose("origin-country", "DZ").choose("arrival-point", "gao")
                .arrival(LocalDateTime.now(ZoneOffset.UTC).plusHours(10).truncatedTo(ChronoUnit.MINUTES).toString())
                .type("people-count", "10").type("men", "8").type("women", "5").publishRefused();
        browser.screenshot("alert-form-refused");
        assertThat(refused.fieldErrors()).anySatisfy(e -> assertThat(e).contains("dépassent le nombre total"));
        assertThat(browser.driver().getCurrentUrl()).as("still on the form: nothing published").contains("/alertes/saisie/nouvelle.xhtml");
    }

    /**
     * Journey (screenshots in {@code target/screenshots/journey-alert-taken-in-charge/}): a partner NGO (La Cimade)
     * posts an expulsion with the quick form; the reception team of the AME, its list open, sees it arrive without
     * reloading and takes it in charge.
     */
    @Test
    void journeyAPartnerPostsAnExpulsionAlertAndTheReceptionTeamTakesItInCharge() {
        try (Browser cimade = Browser.forJourney("journey-alert-taken-in-charge")) {
            browser.close();
            browser = Browser.forJourney("journey-alert-taken-in-charge");

            // 1. The reception team's list is open at the airport; it watches the flights from Belgium (other tests'
            // alerts arriving sooner would push this one off the first page of an unfiltered list).
            AlertPages.signIn(browser, AME_MEMBER);
            AlertPages.ListPage list = AlertPages.ListPage.open(browser, "");
            browser.screenshot("accueil-liste-ouverte");
            assertThat(list.soon()).anySatisfy(s -> assertThat(s).contains("Gao"));
            list = AlertPages.ListPage.open(browser, "?origin=BE");

            // 2. La Cimade posts a one-person expulsion with the quick form (its description is shown as text, never run).
            AlertPages.signIn(cimade, CIMADE_MEMBER);
            long start = System.nanoTime();
            AlertPages.FormPage quick = AlertPages.FormPage.quick(cimade);
            cimade.screenshot("cimade-formulaire-rapide");
            AlertPages.DetailPage posted = quick.choose("origin-country", "BE").type("airline", "Brussels Airlines").type("flight-number", "sn 289")
                    .arrival(LocalDateTime.now(ZoneOffset.UTC).plusHours(18).truncatedTo(ChronoUnit.MINUTES).toString())
                    .type("description", "<script>alert('x')</script> escorte de deux policiers").publish();
            LOG.info(() -> String.format("quick form: opened, filled and published in %.1f s", (System.nanoTime() - start) / 1e9));
            cimade.screenshot("cimade-alerte-publiee");
            assertThat(posted.message()).contains("Alerte publiée");
            assertThat(posted.headline()).contains("1 personne", "SN 289", "Bamako-Sénou");
            assertThat(posted.status()).isEqualTo("Publiée");
            assertThat(posted.description()).startsWith("<script>alert('x')</script>");
            String id = posted.id();

            // 3. It appears in the reception team's list, pushed, without reloading.
            list.awaitAlert(id);
            assertThat(list.notice()).startsWith("Nouvelle alerte").contains("SN 289");
            browser.screenshot("accueil-alerte-arrivee");

            // 4. The reception team takes it in charge; La Cimade sees who did.
            AlertPages.DetailPage detail = AlertPages.DetailPage.open(browser, id).claim();
            browser.screenshot("accueil-prise-en-charge");
            assertThat(detail.message()).contains("pris l'accueil en charge");
            assertThat(detail.status()).isEqualTo("Prise en charge");
            assertThat(detail.timeline()).anySatisfy(t -> assertThat(t).contains("accueil.ame", "Accueil pris en charge"));

            AlertPages.DetailPage seenByCimade = AlertPages.DetailPage.open(cimade, id);
            cimade.screenshot("cimade-voit-la-prise-en-charge");
            assertThat(seenByCimade.status()).isEqualTo("Prise en charge");
        }
    }
}
