package org.kafo.web.it.proceedings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.realm.DemoAccounts;
import org.kafo.web.it.browser.Browser;
import org.kafo.web.it.browser.HomePage;
import org.kafo.web.it.support.Demo;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;

/** In Chromium, in French: an organiser creates an event, records a commitment, and finds it in the follow-up. */
@KafoIT
class ProceedingsBrowserIT {

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
    void anOrganiserCreatesAnEventAddsACommitmentAndSeesItInTheFollowUp() {
        HomePage.open(browser, portal).signIn().signIn(Demo.AME_MEMBER, DemoAccounts.get(Demo.AME_MEMBER).password());
        String marker = ProceedingsData.word("suivi");

        ProceedingsPages.EventForm refused = ProceedingsPages.EventForm.open(browser, portal)
                .fill("Journée de concertation", "Concertation à l'envers", "2026-03-12", "2026-03-11", "Mairie", "Kayes", "NETWORK");
        refused.save();
        browser.screenshot("proceedings-event-refused");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".messages li")))
                .anyMatch(m -> m.getText().contains("ne peut pas finir"));

        ProceedingsPages.EventForm form = ProceedingsPages.EventForm.open(browser, portal)
                .fill("Journée de concertation", "Concertation de Kayes " + marker, "2026-03-11", "2026-03-12", "Mairie", "Kayes", "NETWORK");
        form.save();
        ProceedingsPages.EventView event = new ProceedingsPages.EventView(browser);
        browser.screenshot("proceedings-event-created");
        assertThat(event.title()).isEqualTo("Concertation de Kayes " + marker);

        ProceedingsPages.Content content = event.editContent()
                .addCommitment(null, "Sans porteur " + marker, "2026-04-01");
        browser.screenshot("proceedings-commitment-refused");
        assertThat(content.messages()).anyMatch(m -> m.contains("quel acteur de l'annuaire"));
        content = content.addCommitment("Organisation internationale pour les migrations",
                "Recenser les structures d'accueil de Kayes " + marker, "2026-04-01");
        browser.screenshot("proceedings-commitment-added");
        assertThat(content.messages()).anyMatch(m -> m.contains("L'engagement est ajouté"));
        assertThat(content.backToEvent().commitments()).contains("Recenser les structures d'accueil de Kayes " + marker, "OIM");

        ProceedingsPages.FollowUp followUp = ProceedingsPages.FollowUp.open(browser, portal)
                .filter("Organisation internationale pour les migrations", false);
        browser.screenshot("proceedings-follow-up");
        assertThat(followUp.items()).anyMatch(i -> i.contains("Recenser les structures d'accueil de Kayes " + marker)
                && i.contains("Prévu") && i.contains("01/04/2026"));
        assertThat(followUp.items()).noneMatch(i -> i.contains("Sans porteur"));
    }
}
