package org.kafo.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.alert.Alerts;
import org.kafo.web.it.support.Accounts;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.PageSession;

/**
 * A person sees words, not the codes the records keep: names of people and associations, labels of kinds, roles and
 * languages, dates day first — as they read the pages, in French.
 */
@KafoIT
class WordsNotCodesIT {

    @Test
    void searchResultsSayTheirKindAndDateInWords() {
        String page = PageSession.of(null).page("/recherche.xhtml?q=Bamako").body();
        String facet = page.substring(page.indexOf("id=\"facet-kind\""), page.indexOf("</ul>", page.indexOf("id=\"facet-kind\"")));
        assertThat(facet).contains("type=alert\">Alerte <span", "type=actor\">Acteur <span")
                .doesNotContain("\">alert <span").doesNotContain("\">actor <span");
        assertThat(page).contains("<span class=\"badge\">Acteur</span>").doesNotContain("<span class=\"badge\">actor</span>");

        String alerts = PageSession.of(null).page("/recherche.xhtml?q=Bamako&type=alert").body();
        assertThat(alerts).contains("<span class=\"badge\">Alerte</span>").doesNotContain("<span class=\"badge\">alert</span>")
                .containsPattern("· \\d{2}/\\d{2}/\\d{4}").doesNotContainPattern("· \\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void aDocumentSaysItsLanguageByName() {
        JsonObject french = Api.get("/api/v1/documents?max=50", null).array().getValuesAs(JsonObject.class).stream()
                .filter(d -> "fr".equals(d.getString("language", null))).findFirst().orElseThrow();
        String page = PageSession.of(null).page("/bibliotheque/document.xhtml?id=" + french.getString("id")).body();
        assertThat(page).contains("<dd>Français</dd>").doesNotContain("<dd>fr</dd>");
    }

    @Test
    void anAlertNamesThePeopleAndAssociationsNotTheirLoginsAndADraftIsNotPublished() {
        JsonObject shared = Alerts.publish(AME_MEMBER, Alerts.forPartners("cimade"));
        String page = PageSession.of(AME_MEMBER).page("/alertes/alerte.xhtml?id=" + Alerts.id(shared)).body();
        assertThat(page).as("the timeline and versions name the person").contains("Aïssata Diallo")
                .doesNotContain("— accueil.ame").doesNotContain("(accueil.ame)");
        assertThat(page).as("its partners by name").contains("(Cimade)").doesNotContain("(cimade)");
        assertThat(page).contains("Alerte publiée par AME");

        JsonObject draft = Alerts.draft(CIMADE_MEMBER, Alerts.charter());
        String draftPage = PageSession.of(CIMADE_MEMBER).page("/alertes/alerte.xhtml?id=" + Alerts.id(draft)).body();
        assertThat(draftPage).contains("Alerte rédigée par").doesNotContain("publiée par");
    }

    @Test
    void theMembersChangeLogSaysRolesByTheirNames() {
        Accounts.Partner partner = Accounts.partner("roles");
        Accounts.Person member = Accounts.member(partner, "member");
        Api.Response changed = partner.admin().call("PUT", "/api/v1/partners/" + partner.alias() + "/members/" + member.id() + "/role",
                "{\"role\":\"observer\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        String page = partner.admin().session().page("/mon-association/membres.xhtml").body();
        assertThat(page.substring(page.indexOf("id=\"history\""))).contains("Membre → Observateur·rice")
                .doesNotContain(": member").doesNotContain("→ observer");
    }
}
