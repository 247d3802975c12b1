package org.kafo.web.it.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;

import java.time.Duration;
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
    void aPartnerPostsAOnePersonExpulsionWithTheQuickFormAndBadInputIsExplainedInFrench() {
        AlertPages.signIn(browser, CIMADE_MEMBER);
        AlertPages.FormPage full = AlertPages.FormPage.full(browser);
        browser.screenshot("alert-form-full");
        AlertPages.FormPage refused = full.choose("kind", "LAND_CONVOY").choose("origin-country", "DZ").choose("arrival-point", "gao")
                .arrival(LocalDateTime.now(ZoneOffset.UTC).plusHours(10).truncatedTo(ChronoUnit.MINUTES).toString())
                .type("people-count", "10").type("men", "8").type("women", "5").publishRefused();
        browser.screenshot("alert-form-refused");
        assertThat(refused.fieldErrors()).anySatisfy(e -> assertThat(e).contains("dépassent le nombre total"));

        long start = System.nanoTime();
        AlertPages.FormPage quick = AlertPages.FormPage.quick(browser);
        browser.screenshot("alert-form-quick");
        AlertPages.DetailPage posted = quick.type("airline", "Air France").type("flight-number", "af 596")
                .arrival(LocalDateTime.now(ZoneOffset.UTC).plusHours(18).truncatedTo(ChronoUnit.MINUTES).toString())
                .type("description", "<script>alert('x')</script> escorte de deux policiers").publish();
        LOG.info(() -> String.format("quick form: opened, filled and published in %.1f s", (System.nanoTime() - start) / 1e9));
        browser.screenshot("alert-quick-published");
        assertThat(posted.message()).contains("Alerte publiée");
        assertThat(posted.headline()).contains("1 personne", "AF 596", "Bamako-Sénou");
        assertThat(posted.status()).isEqualTo("Publiée");
        assertThat(posted.description()).startsWith("<script>alert('x')</script>");
    }

    @Test
    void aReceptionTeamSeesANewAlertAppearWithoutReloadingAndTakesItInCharge() {
        AlertPages.signIn(browser, AME_MEMBER);
        AlertPages.ListPage list = AlertPages.ListPage.open(browser, "");
        browser.screenshot("alert-list");
        assertThat(list.soon()).anySatisfy(s -> assertThat(s).contains("Gao"));

        // The team watches flights from Tunisia: other tests' alerts (from Libya) arriving sooner would push this one
        // off the first page of an unfiltered list.
        list = AlertPages.ListPage.open(browser, "?origin=TN");
        String id = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.arrivingIn(Duration.ofHours(30), "bamako-senou")
                .add("originCountry", "TN").add("flightNumber", "TU 2244")));
        list.awaitAlert(id);
        assertThat(list.notice()).startsWith("Nouvelle alerte").contains("TU 2244");
        browser.screenshot("alert-list-pushed");

        AlertPages.DetailPage detail = AlertPages.DetailPage.open(browser, id).claim();
        browser.screenshot("alert-claimed");
        assertThat(detail.message()).contains("pris l'accueil en charge");
        assertThat(detail.status()).isEqualTo("Prise en charge");
        assertThat(detail.timeline()).anySatisfy(t -> assertThat(t).contains("accueil.ame", "Accueil pris en charge"));
    }
}
