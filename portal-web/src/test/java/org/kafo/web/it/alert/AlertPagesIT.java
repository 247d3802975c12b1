package org.kafo.web.it.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.APDHA_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;
import static org.kafo.web.it.support.Demo.GAO_MEMBER;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.FacesForm;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.PageSession;

/**
 * The arrival loop through the alert page, its forms submitted as a browser would: an offer, the owner's answer with
 * its reason, the arrival with its count and a confirmation step, each association's report; bad input said in French
 * next to its field and nothing changed.
 */
@KafoIT
class AlertPagesIT {

    @Test
    void anAssociationOffersOnThePageAndTheOwnerDeclinesWithAReasonThenAcceptsTheNewOffer() {
        String id = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.arrivingIn(Duration.ofHours(4), "kayes")));
        PageSession gao = PageSession.of(GAO_MEMBER);
        Api.Response before = gao.page(page(id));
        assertThat(before.body()).contains("peut proposer de prendre l'accueil en charge").doesNotContain("id=\"arrival-form\"");
        Api.Response offered = FacesForm.of(gao, before, "actions").submit("actions:claim");
        assertThat(offered.body()).contains("Offre envoyée à Cimade", "attend la réponse de Cimade").doesNotContain("actions:claim");

        PageSession cimade = PageSession.of(CIMADE_MEMBER);
        Api.Response owner = cimade.page(page(id));
        assertThat(owner.body()).contains("offre en attente", "claims-form:list:0:accept");
        Api.Response noReason = FacesForm.of(cimade, owner, "claims-form").submit("claims-form:list:0:decline");
        assertThat(noReason.body()).contains("Indiquez pourquoi vous déclinez l'offre");
        assertThat(state(id, 0)).as("nothing changed").isEqualTo("OFFERED");
        Api.Response declined = FacesForm.of(cimade, cimade.page(page(id)), "claims-form")
                .set("claims-form:list:0:decline-reason", "Accueil déjà assuré par l'AME à Kayes").submit("claims-form:list:0:decline");
        assertThat(declined.body()).contains("Offre de Mission catholique de Gao déclinée");
        assertThat(state(id, 0)).isEqualTo("DECLINED");

        Api.Response toldWhy = gao.page(page(id));
        assertThat(toldWhy.body()).contains("Cimade a décliné l'offre de votre association", "Accueil déjà assuré par l'AME à Kayes",
                "Proposer à nouveau");
        FacesForm.of(gao, toldWhy, "actions").submit("actions:claim");
        Api.Response accepted = FacesForm.of(cimade, cimade.page(page(id)), "claims-form").submit("claims-form:list:0:accept");
        assertThat(accepted.body()).contains("Offre acceptée : Mission catholique de Gao peut enregistrer l'arrivée");
        assertThat(gao.page(page(id)).body()).contains("id=\"arrival-form\"", "id=\"personnes\"");
    }

    @Test
    void anArrivalFarEarlierThanExpectedIsConfirmedAndBadCountsAreSaidNextToTheirField() {
        String id = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.arrivingIn(Duration.ofHours(30), "kayes")));
        Api.post("/api/v1/alerts/" + id + "/claim", AME_MEMBER, null);
        Api.post("/api/v1/alerts/" + id + "/claims/ame/accept", CIMADE_MEMBER, "{}");
        PageSession ame = PageSession.of(AME_MEMBER);

        Api.Response page = ame.page(page(id));
        FacesForm form = FacesForm.of(ame, page, "arrival-form");
        assertThat(form.value("arrival-form:people-count")).as("the count expected, to start from").isEqualTo("120");
        Api.Response bad = FacesForm.of(ame, page, "arrival-form").set("arrival-form:people-count", "4")
                .set("arrival-form:women", "3").set("arrival-form:minors", "2").submit("arrival-form:arrived");
        assertThat(bad.body()).contains("Femmes et mineurs (5) dépassent le nombre de personnes arrivées (4)");
        Api.Response notANumber = FacesForm.of(ame, ame.page(page(id)), "arrival-form").set("arrival-form:people-count", "beaucoup")
                .submit("arrival-form:arrived");
        assertThat(notANumber.body()).contains("Saisissez un nombre entier");

        Api.Response toConfirm = FacesForm.of(ame, ame.page(page(id)), "arrival-form").set("arrival-form:people-count", "118")
                .submit("arrival-form:arrived");
        assertThat(toConfirm.body()).contains("id=\"arrival-confirm-message\"", "bien plus tôt que l'arrivée prévue", "arrival-form:confirm-arrival");
        assertThat(Alerts.detail(id, CIMADE_MEMBER).isNull("arrival")).as("not recorded before it is confirmed").isTrue();
        Api.Response confirmed = FacesForm.of(ame, toConfirm, "arrival-form").submit("arrival-form:confirm-arrival");
        assertThat(confirmed.body()).contains("Arrivée enregistrée", "118 personnes arrivées", "Compte rendu de votre association")
                .doesNotContain("id=\"arrival-form\"", "actions:claim");
        assertThat(Alerts.detail(id, CIMADE_MEMBER).getJsonObject("arrival").getInt("peopleCount")).isEqualTo(118);
    }

    @Test
    void eachReceivingAssociationFilesItsOwnReportAndOnlyTheOwnerClosesOnThePage() {
        String id = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.arrivingIn(Duration.ofHours(1), "kayes")));
        Api.post("/api/v1/alerts/" + id + "/claim", AME_MEMBER, null);
        Api.post("/api/v1/alerts/" + id + "/claims/ame/accept", CIMADE_MEMBER, "{}");
        Api.post("/api/v1/alerts/" + id + "/arrival", AME_MEMBER, "{\"peopleCount\":12}");
        PageSession ame = PageSession.of(AME_MEMBER);
        Api.Response tooMany = FacesForm.of(ame, ame.page(page(id)), "report-form").set("report-form:received", "13").submit("report-form:file-report");
        assertThat(tooMany.body()).contains("13 personnes reçues, mais 12 personnes sont arrivées");
        Api.Response filed = FacesForm.of(ame, ame.page(page(id)), "report-form").set("report-form:received", "12")
                .set("report-form:referrals", "Trois personnes orientées vers le CIGEM").submit("report-form:file-report");
        assertThat(filed.body()).contains("Compte rendu d'accueil de votre association déposé", "12 personnes reçues",
                "Trois personnes orientées vers le CIGEM").doesNotContain("id=\"report-form\"", "actions:close");

        PageSession cimade = PageSession.of(CIMADE_MEMBER);
        Api.Response owner = cimade.page(page(id));
        assertThat(owner.body()).as("the owner reports too, and closes").contains("id=\"report-form\"", "actions:close");
        assertThat(PageSession.of(APDHA_MEMBER).page(page(id)).body()).contains("12 personnes reçues")
                .doesNotContain("Trois personnes orientées", "id=\"report-form\"", "actions:close");
        Api.Response closed = FacesForm.of(cimade, owner, "actions").submit("actions:close");
        assertThat(closed.body()).contains("Alerte clôturée").doesNotContain("id=\"report-form\"");
        assertThat(Alerts.detail(id, AME_MEMBER).getJsonObject("summary").getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void theOwnerWithdrawsAnAcceptanceWithAReasonAndANamedPartnerIsToldItIsAcceptedAtOnce() {
        String id = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.forPartners("ame", "apdha").add("arrivalPoint", "kayes")));
        PageSession apdha = PageSession.of(APDHA_MEMBER);
        Api.Response partner = apdha.page(page(id));
        assertThat(partner.body()).contains("partenaire nommée de cette alerte", "sera acceptée aussitôt");
        Api.Response taken = FacesForm.of(apdha, partner, "actions").submit("actions:claim");
        assertThat(taken.body()).contains("partenaire nommé, elle est acceptée d'office", "id=\"arrival-form\"");

        PageSession cimade = PageSession.of(CIMADE_MEMBER);
        Api.Response owner = cimade.page(page(id));
        assertThat(owner.body()).contains("Les partenaires nommés de cette alerte qui prennent l'accueil en charge sont acceptés aussitôt",
                "partenaire nommé, acceptée d'office");
        Api.Response withdrawn = FacesForm.of(cimade, owner, "claims-form")
                .set("claims-form:list:0:withdraw-reason", "Équipe de Séville indisponible").submit("claims-form:list:0:withdraw");
        assertThat(withdrawn.body()).contains("Prise en charge de APDHA retirée");
        assertThat(apdha.page(page(id)).body()).contains("Cimade a retiré la prise en charge de votre association", "Équipe de Séville indisponible")
                .doesNotContain("id=\"arrival-form\"", "id=\"personnes\"");
        JsonObject seen = Alerts.detail(id, CIMADE_MEMBER);
        assertThat(seen.getJsonObject("summary").getString("status")).isEqualTo("PUBLISHED");
    }

    private static String page(String id) {
        return "/alertes/alerte.xhtml?id=" + id;
    }

    private static String state(String id, int claim) {
        return Alerts.detail(id, CIMADE_MEMBER).getJsonArray("claims").getJsonObject(claim).getString("state");
    }
}
