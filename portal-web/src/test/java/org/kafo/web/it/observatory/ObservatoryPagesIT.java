package org.kafo.web.it.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.NETWORK_ADMIN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.FacesForm;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.PageSession;

/**
 * The observatory's pages as people fetch them: a visitor's published figures and what is said when a period is not
 * published, a member's network figures with their charts, map, tables, method and downloads, English, bad input; the
 * coordination's publish form (good, refused, withdrawn).
 */
@KafoIT
class ObservatoryPagesIT {

    @Test
    void aVisitorReadsThePublishedFiguresAndIsToldWhichPeriodsArePublic() {
        Api.Response page = PageSession.of(null).page("/observatoire/");
        assertThat(page.status()).isEqualTo(200);
        // The latest published period, with its charts drawn as SVG in the page, the map, the method and the demo banner.
        assertThat(page.body()).contains("Chiffres publics", "2025", "id=\"demonstration\"", "<svg", "id=\"by-month-chart\"", "id=\"map\"",
                "Mali", "table-by-origin", "id=\"method\"", "petits effectifs masqués", "Natural Earth");
        // No script of its own: the page draws everything on the server.
        assertThat(page.body()).doesNotContain("chart.js", "primefaces");
        // Only the public scope is offered to a visitor.
        assertThat(page.body()).contains("value=\"public\"").doesNotContain("value=\"network\"", "value=\"own\"");

        Api.Response unpublished = PageSession.of(null).page("/observatoire/?scope=public&year=2023");
        assertThat(unpublished.status()).isEqualTo(200);
        assertThat(unpublished.body()).contains("ne sont pas publics", "Les périodes publiées", "2025").doesNotContain("table-by-month");
        Api.Response network = PageSession.of(null).page("/observatoire/?scope=network&year=2025");
        assertThat(network.body()).contains("Connectez-vous").doesNotContain("table-by-month");
    }

    @Test
    void aMemberReadsTheNetworkAndItsOwnFiguresWithTheirDownloads() {
        Api.Response page = PageSession.of(AME_MEMBER).page("/observatoire/?year=2025&part=T1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Réseau", "1er trimestre 2025", "Janvier 2025", "Mars 2025", "rapport.pdf?scope=network&amp;period=2025-T1",
                "figures.csv?scope=network&amp;period=2025-T1", "by-origin.csv", "masqué");
        Api.Response own = PageSession.of(AME_MEMBER).page("/observatoire/?scope=own&year=2025");
        assertThat(own.body()).contains("Mon association", "mes-alertes.csv?period=2025", "mes-comptes-rendus.csv?period=2025",
                "Chiffres de votre propre association");
        Api.Response csv = PageSession.of(AME_MEMBER).page("/observatoire/export/mes-comptes-rendus.csv?period=2025");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("mes-comptes-rendus-2025-demonstration.csv");
        assertThat(csv.body()).contains("DONNÉES DE DÉMONSTRATION", "Personnes reçues", "Orientations").doesNotContain("Orientations (démonstration)");
        // In English (a visitor's session of its own: the language stays with the session).
        PageSession visitor = PageSession.of(null);
        visitor.page("/observatoire/?lang=en");
        assertThat(visitor.page("/observatoire/").body()).contains("Returns observatory", "Demonstration data", "Method", "Public figures");
        assertThat(visitor.page("/observatoire/?scope=public&year=2023").body()).contains("The figures of 2023 are not public")
                .doesNotContain("ne sont pas publics");
        Api.Response bad = PageSession.of(AME_MEMBER).page("/observatoire/?year=2025&region=atlantide");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("Région inconnue").doesNotContain("table-by-month");
        assertThat(PageSession.of(AME_MEMBER).page("/observatoire/export/rien.csv?period=2025").status()).isEqualTo(404);
    }

    @Test
    void theCoordinationPublishesAClosedYearFromItsPageAndTheRefusalsAreSaid() {
        PageSession coordination = PageSession.of(NETWORK_ADMIN);
        Api.Response page = coordination.page("/admin/observatoire.xhtml");
        assertThat(page.body()).contains("Publier les chiffres du réseau", "data-confirm", "2025", "2024");
        Api.Response published = FacesForm.of(coordination, page, "publish").set("publish:period", "2022").submit("publish:publish-button");
        try {
            assertThat(published.body()).contains("Les chiffres de 2022 sont publics.");
            assertThat(PageSession.of(null).page("/observatoire/?scope=public&year=2022").body()).contains("table-by-month");
            Api.Response overlapping = FacesForm.of(coordination, coordination.page("/admin/observatoire.xhtml"), "publish")
                    .set("publish:period", "2022-T3").submit("publish:publish-button");
            assertThat(overlapping.body()).contains("chevauchent");
            // withdrawn from the page: the form of 2022's row posts its period
            Api.Response list = coordination.page("/admin/observatoire.xhtml");
            assertThat(list.body()).contains("data-period=\"2022\"");
            int row = Api.get("/api/v1/statistics/publications", null).array().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .map(p -> p.getString("period")).toList().indexOf("2022");
            String form = "publication:" + row + ":withdraw";
            Api.Response withdrawn = FacesForm.of(coordination, list, form).submit(form + ":withdraw-button");
            assertThat(withdrawn.body()).contains("Les chiffres de 2022 ne sont plus publics.");
        } finally {
            // nothing left behind, whatever failed above
            Api.delete("/api/v1/statistics/publications/2022", NETWORK_ADMIN);
        }
        List<String> periods = Api.get("/api/v1/statistics/publications", null).array().getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(p -> p.getString("period")).toList();
        assertThat(periods).doesNotContain("2022");
        assertThat(PageSession.of(AME_MEMBER).page("/admin/observatoire.xhtml").status()).isEqualTo(403);
    }
}
