package org.kafo.web.it.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.APDHA_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;
import static org.kafo.web.it.support.Demo.OBSERVER;

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
        AlertPages.FormPage refused = full.choose("kind", "LAND_CONVOY").pick("origin-country", "alg", "Algérie").choose("arrival-point", "gao")
                .arrival(LocalDateTime.now(ZoneOffset.UTC).plusHours(10).truncatedTo(ChronoUnit.MINUTES).toString())
                .type("people-count", "10").type("men", "8").type("women", "5").audience("NETWORK").publishRefused();
        browser.screenshot("alert-form-refused");
        assertThat(refused.fieldErrors()).anySatisfy(e -> assertThat(e).contains("dépassent le nombre total"));
        assertThat(browser.driver().getCurrentUrl()).as("still on the form: nothing published").contains("/alertes/saisie/nouvelle.xhtml");
    }

    /**
     * Journey (screenshots in {@code target/screenshots/journey-alert-reception-loop/}): the whole arrival loop. A partner
     * NGO (La Cimade) posts an expulsion with the quick form; the reception team of the AME, its list open, sees it
     * arrive without reloading and offers to take it in charge; La Cimade, its list open, is told of the offer at once
     * and accepts it; the AME records the arrival as it happened (the flight was expected later: the page asks to
     * confirm) with its count, then files its report; La Cimade closes. A member of the APDHA tries each step and is
     * refused: its offer is declined with a reason, and it is never given the arrival, the report nor the closing.
     */
    @Test
    void journeyTheArrivalLoopAPartnerPostsTheReceptionTeamOffersIsAcceptedRecordsTheArrivalAndReportsThePartnerCloses() {
        try (Browser cimade = Browser.forJourney("journey-alert-reception-loop");
             Browser apdha = Browser.forJourney("journey-alert-reception-loop")) {
            browser.close();
            browser = Browser.forJourney("journey-alert-reception-loop");

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
            cimade.guideScreenshot("alerte-saisie-rapide");
            AlertPages.DetailPage posted = quick.pick("origin-country", "belg", "Belgique").audience("NETWORK").type("airline", "Brussels Airlines").type("flight-number", "sn 289")
                    .arrival(LocalDateTime.now(ZoneOffset.UTC).plusHours(18).truncatedTo(ChronoUnit.MINUTES).toString())
                    .type("description", "<script>alert('x')</script> escorte de deux policiers").publish();
            LOG.info(() -> String.format("quick form: opened, filled and published in %.1f s", (System.nanoTime() - start) / 1e9));
            cimade.screenshot("cimade-alerte-publiee");
            cimade.guideScreenshot("alerte-publiee");
            assertThat(posted.message()).contains("Alerte publiée");
            assertThat(posted.headline()).contains("1 personne", "SN 289", "Bamako-Sénou");
            assertThat(posted.status()).isEqualTo("Publiée");
            assertThat(posted.description()).startsWith("<script>alert('x')</script>");
            String id = posted.id();
            AlertPages.ListPage cimadeList = AlertPages.ListPage.open(cimade, "?origin=BE");

            // 3. It appears in the reception team's list, pushed, without reloading.
            list.awaitAlert(id);
            assertThat(list.notice()).startsWith("Nouvelle alerte").contains("SN 289");
            browser.screenshot("accueil-alerte-arrivee");

            // 4. The reception team offers to take it in charge: an offer, which gives nothing until La Cimade accepts.
            AlertPages.DetailPage offered = AlertPages.DetailPage.open(browser, id);
            assertThat(offered.shows("arrival-form")).isFalse();
            assertThat(offered.description()).as("a reader does not see the description").isNull();
            offered = offered.offer();
            browser.screenshot("accueil-offre-envoyee");
            browser.guideScreenshot("alerte-offre-envoyee");
            assertThat(offered.message()).contains("Offre envoyée à Cimade");
            assertThat(offered.hint()).contains("attend la réponse de Cimade");
            assertThat(offered.status()).isEqualTo("Publiée");

            // 5. La Cimade, its list open, is told of the offer at once; the APDHA offers too.
            assertThat(cimadeList.awaitNotice("Offre de prise en charge")).contains("SN 289");
            assertThat(cimadeList.awaitBadge(id, "offre en attente")).contains("Publiée");
            cimade.screenshot("cimade-offre-recue");
            AlertPages.signIn(apdha, APDHA_MEMBER);
            AlertPages.DetailPage apdhaPage = AlertPages.DetailPage.open(apdha, id);
            assertThat(apdhaPage.hint()).contains("peut proposer de prendre l'accueil en charge");
            apdhaPage = apdhaPage.offer();
            apdha.screenshot("apdha-offre-envoyee");

            // 6. La Cimade accepts the AME and declines the APDHA, saying why.
            AlertPages.DetailPage decide = AlertPages.DetailPage.open(cimade, id);
            cimade.screenshot("cimade-decide");
            cimade.guideScreenshot("alerte-offres-a-decider", "claims");
            decide = decide.accept("AME");
            assertThat(decide.message()).contains("Offre acceptée : AME");
            assertThat(decide.status()).isEqualTo("Prise en charge");
            decide = decide.decline("APDHA", "L'AME est déjà à l'aéroport pour ce vol");
            cimade.screenshot("cimade-offres-decidees");
            assertThat(decide.claims()).contains("AME — prise en charge acceptée", "APDHA — offre déclinée");

            // 7. The APDHA is refused each step: told why its offer was declined, no arrival, no personal data.
            apdhaPage = AlertPages.DetailPage.open(apdha, id);
            apdha.screenshot("apdha-offre-declinee");
            assertThat(apdhaPage.hint()).contains("Cimade a décliné l'offre de votre association", "L'AME est déjà à l'aéroport pour ce vol");
            assertThat(apdhaPage.shows("arrival-form")).isFalse();
            assertThat(apdhaPage.shows("personnes")).isFalse();
            assertThat(apdhaPage.shows("cancel-form")).isFalse();

            // 8. The AME records the arrival as it happened: the flight was expected later, the page asks to confirm.
            AlertPages.DetailPage arriving = AlertPages.DetailPage.open(browser, id);
            assertThat(arriving.description()).as("an accepted receiver reads the description").startsWith("<script>");
            arriving = arriving.recordArrival(1, 0, 0);
            browser.screenshot("accueil-arrivee-a-confirmer");
            assertThat(arriving.confirmation()).contains("bien plus tôt que l'arrivée prévue");
            arriving = arriving.confirmArrival();
            browser.screenshot("accueil-arrivee-enregistree");
            browser.guideScreenshot("alerte-arrivee-enregistree", "arrival");
            assertThat(arriving.message()).contains("Arrivée enregistrée");
            assertThat(arriving.status()).isEqualTo("Arrivée");
            assertThat(arriving.arrival()).contains("1 personne arrivée", "AME");

            // 9. The AME files its report; the APDHA is given no report form.
            AlertPages.DetailPage reported = arriving.fileReport(1, "Orientée vers le CIGEM pour la réinsertion", "WELCOME", "FAMILY_CONTACT");
            browser.screenshot("accueil-compte-rendu");
            assertThat(reported.reports()).contains("AME : 1 personne reçue", "Accueil", "Contact avec la famille",
                    "Orientée vers le CIGEM");
            apdhaPage = AlertPages.DetailPage.open(apdha, id);
            apdha.screenshot("apdha-apres-compte-rendu");
            assertThat(apdhaPage.shows("report-form")).isFalse();
            assertThat(apdhaPage.shows("actions:close")).isFalse();
            assertThat(apdhaPage.reports()).contains("AME : 1 personne reçue").doesNotContain("CIGEM");
            assertThat(apdhaPage.hint()).contains("a décliné");

            // 10. La Cimade closes the alert.
            AlertPages.DetailPage closed = AlertPages.DetailPage.open(cimade, id).close();
            cimade.screenshot("cimade-alerte-cloturee");
            assertThat(closed.message()).contains("Alerte clôturée");
            assertThat(closed.status()).isEqualTo("Clôturée");
            assertThat(closed.timeline()).as("people and associations by name, never their logins")
                    .noneSatisfy(t -> assertThat(t).containsAnyOf("accueil.ame", "membre.cimade", "(ame)", "(cimade)"))
                    .anySatisfy(t -> assertThat(t).contains("Aïssata Diallo (AME) : Offre de prise en charge"))
                    .anySatisfy(t -> assertThat(t).contains("Offre de prise en charge acceptée", "AME"))
                    .anySatisfy(t -> assertThat(t).contains("Arrivée enregistrée : 1 personne arrivée"));
        }
    }

    /** An observer follows alerts without posting: no new-alert button, and the page says what to do instead. */
    @Test
    void anObserverIsNotOfferedToPostAndIsToldWhatToDoInstead() {
        AlertPages.signIn(browser, OBSERVER);
        AlertPages.ListPage list = AlertPages.ListPage.open(browser, "");
        browser.screenshot("alert-list-observer");
        assertThat(list.offersToPost()).isFalse();
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("may-not-post")).getText())
                .contains("transmettez l'information à une association du réseau");
    }
}
