package org.kafo.web.it.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.proceedings.ProceedingsData.json;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;
import static org.kafo.web.it.support.Demo.OBSERVER;

import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.PageSession;

/** The proceedings' pages as people fetch them: list, event, follow-up, exports; text shown inert. */
@KafoIT
class ProceedingsPagesIT {

    @Test
    void theSeminarIsListedShownAndExportedToVisitors() {
        Api.Response list = PageSession.of(null).page("/rencontres/");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Rencontres et actes", "Renforcement de la protection des migrants de retour au Mali");
        String id = Api.get("/api/v1/events?max=200", null).array().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(e -> e.getString("title").startsWith("Renforcement de la protection")).findFirst().orElseThrow().getString("id");
        Api.Response page = PageSession.of(null).page("/rencontres/rencontre.xhtml?id=" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Centre du Secteur privé", "Bayiri Traoré", "Ousmane Diarra, président de l'AME", "Mot de bienvenue",
                "La liste des participants est réservée aux personnes connectées",
                "Actes (PDF)", "/rencontres/export/" + id + "/actes.pdf", "10/12/2025");
        Api.Response pdf = PageSession.of(null).page("/rencontres/export/" + id + "/actes.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        Api.Response ics = PageSession.of(OBSERVER).page("/rencontres/export/" + id + "/rencontre.ics");
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR").contains("DTSTART;VALUE=DATE:20251210");
        assertThat(PageSession.of(null).page("/rencontres/export/" + id + "/autre.txt").status()).isEqualTo(404);
    }

    @Test
    void htmlTypedIntoAnEventIsShownAsTextNeverRun() {
        String id = ProceedingsData.create(AME_MEMBER, "Atelier <script>alert('x')</script> <b>gras</b>", "NETWORK");
        Api.post("/api/v1/events/" + id + "/recommendations", AME_MEMBER, json(b -> b.add("text", "<img src=x onerror=alert(1)> Recommandation")));
        Api.Response page = PageSession.of(CIMADE_MEMBER).page("/rencontres/rencontre.xhtml?id=" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(").doesNotContain("<b>gras</b>")
                .contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
    }

    @Test
    void theFollowUpPageFiltersByActorAndOverdue() {
        String event = ProceedingsData.create(AME_MEMBER, "Atelier du suivi en page", "NETWORK");
        ProceedingsData.commitment(AME_MEMBER, event, ProceedingsData.MME, "Engagement en retard du ministère", "2026-02-11");
        ProceedingsData.commitment(AME_MEMBER, event, ProceedingsData.OIM, "Engagement lointain de l'OIM", "2099-01-01");
        Api.Response mme = PageSession.of(OBSERVER).page("/rencontres/engagements.xhtml?acteur=" + ProceedingsData.MME + "&retard=true");
        assertThat(mme.status()).isEqualTo(200);
        assertThat(mme.body()).contains("Suivi des engagements", "Engagement en retard du ministère", "En retard")
                .doesNotContain("Engagement lointain de l'OIM");
        Api.Response all = PageSession.of(OBSERVER).page("/rencontres/engagements.xhtml");
        assertThat(all.body()).contains("Engagement en retard du ministère", "Engagement lointain de l'OIM");
        Api.Response bad = PageSession.of(OBSERVER).page("/rencontres/engagements.xhtml?acteur=rien");
        assertThat(bad.body()).contains("Cet acteur n'existe pas");
    }

    @Test
    void theFormsAreForTheOrganiserOnly() {
        String id = ProceedingsData.create(AME_MEMBER, "Atelier réservé", "NETWORK");
        assertThat(PageSession.of(AME_MEMBER).page("/rencontres/saisie/contenu.xhtml?id=" + id).status()).isEqualTo(200);
        assertThat(PageSession.of(AME_MEMBER).page("/rencontres/saisie/rencontre.xhtml").status()).isEqualTo(200);
        assertThat(PageSession.of(CIMADE_MEMBER).page("/rencontres/saisie/contenu.xhtml?id=" + id).status()).isEqualTo(403);
        assertThat(PageSession.of(OBSERVER).page("/rencontres/saisie/rencontre.xhtml").status()).isEqualTo(403);
    }
}
