package org.kafo.web.it.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.proceedings.ProceedingsData.json;
import static org.kafo.web.it.support.Demo.AME_ADMIN;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;
import static org.kafo.web.it.support.Demo.OBSERVER;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kafo.domain.files.SampleFiles;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.FacesForm;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.PageSession;

/**
 * The proceedings' pages as people fetch them: list, event, follow-up, exports; text shown inert; the organiser's forms
 * that change a session, a commitment and attach a file, submitted as a browser would (good input, bad input, a second
 * writer, someone of another association).
 */
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
    void anOverdueCommitmentReadsTheSameEverywhere() {
        String event = ProceedingsData.create(AME_MEMBER, "Atelier d'un seul vocabulaire", "NETWORK");
        String late = ProceedingsData.commitment(AME_MEMBER, event, ProceedingsData.MME, "Rapport promis et pas rendu", "2026-02-11");
        ProceedingsData.commitment(AME_MEMBER, event, ProceedingsData.OIM, "Rapport prévu pour plus tard", "2099-01-01");
        String overdue = "status-EN_RETARD\">En retard</span>";
        Api.Response seminar = PageSession.of(OBSERVER).page("/rencontres/rencontre.xhtml?id=" + event);
        assertThat(between(seminar.body(), "Rapport promis et pas rendu", "</li>")).as("the meeting's page").contains(overdue);
        assertThat(between(seminar.body(), "Rapport prévu pour plus tard", "</li>")).contains("status-PREVU\">Prévu</span>");
        Api.Response followUp = PageSession.of(OBSERVER).page("/rencontres/engagements.xhtml?acteur=" + ProceedingsData.MME);
        assertThat(between(followUp.body(), "Rapport promis et pas rendu", "</li>")).as("the follow-up").contains(overdue)
                .doesNotContain("En cours").doesNotContain("Prévu");
        assertThat(PageSession.of(OBSERVER).page("/rencontres/engagement.xhtml?id=" + late).body()).as("the commitment's page")
                .contains("id=\"commitment-status\">En retard</span>");
        JsonObject api = Api.get("/api/v1/commitments?actor=" + ProceedingsData.MME + "&max=100", OBSERVER).array()
                .getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("id").equals(late)).findFirst().orElseThrow();
        assertThat(api.getString("standing")).as("the API").isEqualTo("EN_RETARD");
        assertThat(api.getString("standingLabel")).isEqualTo("En retard");
        assertThat(api.getString("status")).as("what was recorded, for a change").isEqualTo("PREVU");
    }

    private static String between(String body, String from, String to) {
        int start = body.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        return body.substring(start, body.indexOf(to, start));
    }

    @Test
    void theFormsAreForTheOrganiserOnly() {
        String id = ProceedingsData.create(AME_MEMBER, "Atelier réservé", "NETWORK");
        assertThat(PageSession.of(AME_MEMBER).page("/rencontres/saisie/contenu.xhtml?id=" + id).status()).isEqualTo(200);
        assertThat(PageSession.of(AME_MEMBER).page("/rencontres/saisie/rencontre.xhtml").status()).isEqualTo(200);
        assertThat(PageSession.of(CIMADE_MEMBER).page("/rencontres/saisie/contenu.xhtml?id=" + id).status()).isEqualTo(403);
        assertThat(PageSession.of(OBSERVER).page("/rencontres/saisie/rencontre.xhtml").status()).isEqualTo(403);
        String commitment = ProceedingsData.commitment(AME_MEMBER, id, ProceedingsData.OIM, "Engagement réservé", "2026-03-01");
        assertThat(PageSession.of(AME_MEMBER).page("/rencontres/engagement.xhtml?id=" + commitment).body()).contains("edit:save-commitment");
        assertThat(PageSession.of(CIMADE_MEMBER).page("/rencontres/engagement.xhtml?id=" + commitment).body())
                .contains("Engagement réservé").doesNotContain("edit:save-commitment");
    }

    @Test
    void theOrganiserChangesASessionFromItsPreFilledFormAndBadInputChangesNothing() {
        String id = ProceedingsData.create(AME_MEMBER, "Atelier au programme mouvant", "NETWORK");
        String session = Api.post("/api/v1/events/" + id + "/sessions", AME_MEMBER, json(b -> b.add("subTheme", "Accueil à l'aéroport")
                .add("moderator", "Awa Keïta").add("day", "2026-02-10").add("start", "09:00").add("end", "12:00")))
                .json().getJsonArray("sessions").getJsonObject(0).getString("id");
        String content = "/rencontres/saisie/contenu.xhtml?id=" + id;
        assertThat(PageSession.of(AME_MEMBER).page(content).body()).contains("seance=" + session);

        Api.Response page = PageSession.of(AME_MEMBER).page(content + "&seance=" + session);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Modifier la session « Accueil à l'aéroport »");
        FacesForm form = FacesForm.of(PageSession.of(AME_MEMBER), page, "session");
        assertThat(List.of(form.value("session:sub-theme"), form.value("session:moderator"), form.value("session:day"),
                form.value("session:start"), form.value("session:end")))
                .containsExactly("Accueil à l'aéroport", "Awa Keïta", "2026-02-10", "09:00", "12:00");

        record Bad(String field, String value, String message) {
        }
        for (Bad bad : List.of(new Bad("session:sub-theme", " ", "Le sous-thème est obligatoire"),
                new Bad("session:end", "08:30", "La session doit finir après avoir commencé"),
                new Bad("session:day", "2026-02-12", "La session doit avoir lieu pendant la rencontre"),
                new Bad("session:start", "neuf heures", "L'heure de début n'est pas une heure"))) {
            long rows = ProceedingsData.writtenRows();
            FacesForm refused = FacesForm.of(PageSession.of(AME_MEMBER), PageSession.of(AME_MEMBER).page(content + "&seance=" + session),
                    "session");
            Api.Response answer = refused.set(bad.field(), bad.value()).submit("session:save-session");
            assertThat(answer.status()).as(bad.message()).isEqualTo(200);
            assertThat(answer.body()).as(bad.field()).contains(bad.message());
            assertThat(FacesForm.of(PageSession.of(AME_MEMBER), answer, "session").value(bad.field())).as("kept as typed")
                    .isEqualTo(bad.value());
            assertThat(ProceedingsData.writtenRows()).as(bad.message() + " leaves nothing").isEqualTo(rows);
        }

        Api.Response saved = form.set("session:sub-theme", "Référencement des personnes vulnérables").set("session:moderator", "")
                .set("session:day", "2026-02-11").set("session:start", "14:00").set("session:end", "16:30").submit("session:save-session");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("La session est modifiée.", "Référencement des personnes vulnérables")
                .doesNotContain("Accueil à l'aéroport");
        JsonObject changed = Api.get("/api/v1/events/" + id, AME_MEMBER).json().getJsonArray("sessions").getJsonObject(0);
        assertThat(List.of(changed.getString("id"), changed.getString("day"), changed.getString("start"), changed.getString("end")))
                .containsExactly(session, "2026-02-11", "14:00", "16:30");
        assertThat(!changed.containsKey("moderator") || changed.isNull("moderator")).as("no moderator any more").isTrue();

        FacesForm stale = FacesForm.of(PageSession.of(AME_MEMBER), PageSession.of(AME_MEMBER).page(content + "&seance=" + session), "session");
        assertThat(Api.post("/api/v1/events/" + id + "/recommendations", AME_ADMIN, json(b -> b.add("text", "Recommandation entre-temps")))
                .status()).isEqualTo(201);
        Api.Response conflict = stale.set("session:sub-theme", "Sous-thème de la seconde main").submit("session:save-session");
        assertThat(conflict.body()).contains("Quelqu'un d'autre a modifié cette rencontre entre-temps", "Sous-thème de la seconde main");
        assertThat(Api.get("/api/v1/events/" + id, AME_MEMBER).json().getJsonArray("sessions").getJsonObject(0).getString("subTheme"))
                .isEqualTo("Référencement des personnes vulnérables");

        assertThat(PageSession.of(CIMADE_MEMBER).page(content + "&seance=" + session).status()).isEqualTo(403);
    }

    @Test
    void theOrganiserChangesACommitmentAndASecondWriterIsToldWithoutLosingEither() {
        String id = ProceedingsData.create(AME_MEMBER, "Atelier des engagements repris", "NETWORK");
        String commitment = ProceedingsData.commitment(AME_MEMBER, id, ProceedingsData.OIM, "Recenser les structures d'accueil", "2026-04-01");
        String path = "/rencontres/engagement.xhtml?id=" + commitment;
        Api.Response first = PageSession.of(AME_MEMBER).page(path);
        Api.Response second = PageSession.of(AME_ADMIN).page(path);
        FacesForm form = FacesForm.of(PageSession.of(AME_MEMBER), first, "edit");
        assertThat(List.of(form.value("edit:owner"), form.value("edit:what"), form.value("edit:due-on")))
                .containsExactly(ProceedingsData.OIM, "Recenser les structures d'accueil", "2026-04-01");

        Api.Response saved = form.set("edit:owner", ProceedingsData.MME).set("edit:what", "Publier la liste des structures d'accueil")
                .set("edit:due-on", "2026-05-15").submit("edit:save-commitment");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("L'engagement est modifié.", "Publier la liste des structures d'accueil", "15/05/2026");
        JsonObject changed = Api.get("/api/v1/commitments/" + commitment, AME_MEMBER).json();
        assertThat(changed.getJsonObject("owner").getString("id")).isEqualTo(ProceedingsData.MME);
        assertThat(changed.getString("dueOn")).isEqualTo("2026-05-15");

        long rows = ProceedingsData.writtenRows();
        Api.Response conflict = FacesForm.of(PageSession.of(AME_ADMIN), second, "edit").set("edit:what", "Version de la seconde main")
                .submit("edit:save-commitment");
        assertThat(conflict.status()).isEqualTo(200);
        assertThat(conflict.body()).contains("Quelqu'un d'autre a modifié cet engagement entre-temps");
        assertThat(FacesForm.of(PageSession.of(AME_ADMIN), conflict, "edit").value("edit:what")).as("what was typed is kept")
                .isEqualTo("Version de la seconde main");
        assertThat(ProceedingsData.writtenRows()).isEqualTo(rows);
        assertThat(Api.get("/api/v1/commitments/" + commitment, AME_MEMBER).json().getString("what"))
                .isEqualTo("Publier la liste des structures d'accueil");

        record Bad(String field, String value, String message) {
        }
        for (Bad bad : List.of(new Bad("edit:what", "", "L'objet de l'engagement est obligatoire"),
                new Bad("edit:owner", java.util.UUID.randomUUID().toString(), "Acteur qui s'engage : choisissez une valeur de la liste"),
                new Bad("edit:due-on", "2026-01-15", "ne peut pas précéder la rencontre"),
                new Bad("edit:due-on", "31/12/2026", "L'échéance n'est pas une date"))) {
            long before = ProceedingsData.writtenRows();
            Api.Response answer = FacesForm.of(PageSession.of(AME_MEMBER), PageSession.of(AME_MEMBER).page(path), "edit")
                    .set(bad.field(), bad.value()).submit("edit:save-commitment");
            assertThat(answer.status()).as(bad.message()).isEqualTo(200);
            assertThat(answer.body()).as(bad.field()).contains(bad.message());
            assertThat(ProceedingsData.writtenRows()).as(bad.message() + " leaves nothing").isEqualTo(before);
        }

        Api.Response other = PageSession.of(CIMADE_MEMBER).page(path);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body()).contains("Publier la liste des structures d'accueil").doesNotContain("edit:save-commitment", "id=\"edit\"");
    }

    @Test
    void aFileAttachedToACommunicationJoinsTheKnowledgeBaseAndBadFilesChangeNothing() {
        String marker = ProceedingsData.word("joint");
        String id = ProceedingsData.create(AME_MEMBER, "Atelier aux pièces jointes", "NETWORK");
        Api.Response created = ProceedingsData.multipart("/api/v1/events/" + id + "/communications", AME_MEMBER,
                ProceedingsData.fields("title", "Bilan de l'accueil à Kayes", "speakers", "Équipe d'accueil de l'AME"), Map.of());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String communication = created.json().getJsonArray("communications").getJsonObject(0).getString("id");
        String content = "/rencontres/saisie/contenu.xhtml?id=" + id;
        Api.Response page = PageSession.of(AME_MEMBER).page(content);
        assertThat(page.body()).contains("Joindre un document à une communication", "jusqu'à 20 Mo");

        record Bad(String name, byte[] bytes, String message) {
        }
        for (Bad bad : List.of(new Bad(null, new byte[0], "Choisissez le fichier à joindre"),
                new Bad("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "n'est pas accepté"),
                new Bad("faux.pdf", SampleFiles.fakePdf(), "se présente comme un PDF mais n'en est pas un"),
                new Bad("gros.txt", new byte[20 * 1024 * 1024 + 1], "dépasse la taille maximale"))) {
            long rows = ProceedingsData.writtenRows();
            FacesForm form = FacesForm.of(PageSession.of(AME_MEMBER), PageSession.of(AME_MEMBER).page(content), "attachment")
                    .set("attachment:attach-to", communication);
            if (bad.name() != null) {
                form.file(bad.name(), bad.bytes());
            }
            Api.Response answer = form.submit("attachment:attach");
            assertThat(answer.status()).as(bad.message()).isEqualTo(200);
            assertThat(answer.body()).as(bad.message()).contains(bad.message());
            assertThat(ProceedingsData.writtenRows()).as(bad.message() + " leaves nothing").isEqualTo(rows);
        }

        Api.Response attached = FacesForm.of(PageSession.of(AME_MEMBER), PageSession.of(AME_MEMBER).page(content), "attachment")
                .set("attachment:attach-to", communication)
                .file("compte-rendu-" + marker + ".pdf", SampleFiles.pdf("Compte rendu de l'accueil à Kayes", "Repère " + marker))
                .submit("attachment:attach");
        assertThat(attached.status()).isEqualTo(200);
        assertThat(attached.body()).contains("Le document est joint à la communication", "/bibliotheque/document.xhtml?id=");
        JsonObject document = Api.get("/api/v1/events/" + id, CIMADE_MEMBER).json().getJsonArray("communications").getJsonObject(0)
                .getJsonArray("documents").getJsonObject(0);
        assertThat(Api.get("/api/v1/documents/" + document.getString("id"), CIMADE_MEMBER).json().getString("kind")).isEqualTo("COMMUNICATION");
        Api.Response search = ProceedingsData.searchUntil(marker, CIMADE_MEMBER, r -> r.json().getJsonArray("hits")
                .getValuesAs(JsonObject.class).stream().anyMatch(h -> h.getString("id").equals("document:" + document.getString("id"))), 15);
        assertThat(search.json().getJsonArray("hits").getValuesAs(JsonObject.class)).as("found in the knowledge base by a word of its text")
                .anyMatch(h -> h.getString("id").equals("document:" + document.getString("id")));
    }
}
