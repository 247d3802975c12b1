package org.kafo.web.it.proceedings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kafo.domain.files.SampleFiles;
import org.kafo.realm.DemoAccounts;
import org.kafo.web.it.browser.Browser;
import org.kafo.web.it.browser.HomePage;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.Demo;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;

/**
 * In Chromium, in French: an organiser creates an event, records a commitment, and finds it in the follow-up; and the
 * journey of an organiser who corrects what was recorded: a session, a commitment, a report attached afterwards.
 */
@KafoIT
class ProceedingsBrowserIT {

    private final String portal = KafoStack.get().portalUrl();

    @Test
    void anOrganiserCreatesAnEventAddsACommitmentAndSeesItInTheFollowUp() {
        try (Browser browser = new Browser()) {
            createsAnEventAndACommitment(browser);
        }
    }

    private void createsAnEventAndACommitment(Browser browser) {
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
        browser.guideScreenshot("rencontre-engagement");
        assertThat(content.messages()).anyMatch(m -> m.contains("L'engagement est ajouté"));
        assertThat(content.backToEvent().commitments()).contains("Recenser les structures d'accueil de Kayes " + marker, "OIM");

        ProceedingsPages.FollowUp followUp = ProceedingsPages.FollowUp.open(browser, portal)
                .filter("Organisation internationale pour les migrations", false);
        browser.screenshot("proceedings-follow-up");
        // one vocabulary: open and past its due date, it reads "En retard", as on every page
        String standing = java.time.LocalDate.of(2026, 4, 1).isBefore(java.time.LocalDate.now(java.time.ZoneId.of("Africa/Bamako")))
                ? "En retard" : "Prévu";
        assertThat(followUp.items()).anyMatch(i -> i.contains("Recenser les structures d'accueil de Kayes " + marker)
                && i.contains(standing) && i.contains("01/04/2026"));
        assertThat(followUp.items()).noneMatch(i -> i.contains("Sans porteur"));
    }

    /**
     * The AME's organiser comes back to an event recorded in a hurry: moves a session (a first try ending before it starts
     * is refused), attaches the report that came after the meeting, and changes who carries a commitment and by when.
     */
    @Test
    void journeyAnOrganiserCorrectsTheProgrammeAttachesTheReportAndChangesACommitment() {
        String marker = ProceedingsData.word("corr");
        String id = ProceedingsData.create(Demo.AME_MEMBER, "Atelier à corriger " + marker, "NETWORK");
        Api.post("/api/v1/events/" + id + "/sessions", Demo.AME_MEMBER, ProceedingsData.json(b -> b.add("subTheme", "Accueil à l'aéroport")
                .add("moderator", "Awa Keïta").add("day", "2026-02-10").add("start", "09:00").add("end", "12:00")));
        ProceedingsData.multipart("/api/v1/events/" + id + "/communications", Demo.AME_MEMBER, ProceedingsData.fields("title",
                "Bilan de l'accueil " + marker, "speakers", "Équipe d'accueil de l'AME"), Map.of());
        ProceedingsData.commitment(Demo.AME_MEMBER, id, ProceedingsData.OIM, "Recenser les structures d'accueil " + marker, "2026-04-01");

        try (Browser browser = Browser.forJourney("journey-organiser-corrects")) {
            HomePage.open(browser, portal).signIn().signIn(Demo.AME_MEMBER, DemoAccounts.get(Demo.AME_MEMBER).password());
            ProceedingsPages.Content content = ProceedingsPages.EventView.open(browser, portal, id).editContent();
            browser.screenshot("content");
            assertThat(content.sessions()).anyMatch(s -> s.contains("Accueil à l'aéroport") && s.contains("Modifier"));

            content = content.editSession("Accueil à l'aéroport");
            browser.screenshot("session-form-pre-filled");
            assertThat(content.sessionField("sub-theme")).isEqualTo("Accueil à l'aéroport");
            assertThat(content.sessionField("moderator")).isEqualTo("Awa Keïta");
            assertThat(content.sessionField("end")).isEqualTo("12:00");

            content = content.typeSession(null, "2026-02-11", "14:00", "13:00").saveSession();
            browser.screenshot("session-refused");
            assertThat(content.messages()).anyMatch(m -> m.contains("finir après avoir commencé"));
            assertThat(content.sessionField("end")).as("kept as typed").isEqualTo("13:00");

            content = content.typeSession("Référencement des personnes vulnérables", "2026-02-11", "14:00", "16:30").saveSession();
            browser.screenshot("session-changed");
            assertThat(content.messages()).anyMatch(m -> m.contains("La session est modifiée"));
            assertThat(content.sessions()).anyMatch(s -> s.contains("Référencement des personnes vulnérables") && s.contains("14:00"))
                    .noneMatch(s -> s.contains("Accueil à l'aéroport"));

            content = content.attach("Bilan de l'accueil " + marker, "bilan-" + marker + ".pdf",
                    SampleFiles.pdf("Bilan de l'accueil à Kayes", "Repère " + marker));
            browser.screenshot("report-attached");
            assertThat(content.messages()).anyMatch(m -> m.contains("Le document est joint"));
            assertThat(content.attachments()).as("the document, under its communication").containsExactly("Bilan de l'accueil " + marker);

            ProceedingsPages.CommitmentView commitment = content.editCommitment("Recenser les structures d'accueil " + marker);
            browser.screenshot("commitment-form-pre-filled");
            assertThat(commitment.form()).containsExactly("Organisation internationale pour les migrations",
                    "Recenser les structures d'accueil " + marker, "2026-04-01");
            commitment = commitment.change("Ministère des Maliens de l'Extérieur", "Publier la liste des structures d'accueil " + marker,
                    "2026-05-15");
            browser.screenshot("commitment-changed");
            assertThat(commitment.messages()).anyMatch(m -> m.contains("L'engagement est modifié"));
            assertThat(commitment.what()).isEqualTo("Publier la liste des structures d'accueil " + marker);
            assertThat(commitment.due()).isEqualTo("15/05/2026");
            assertThat(commitment.owner()).contains("Ministère");
        }
    }
}
