package org.kafo.web.it.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.proceedings.ProceedingsData.AME;
import static org.kafo.web.it.proceedings.ProceedingsData.MME;
import static org.kafo.web.it.proceedings.ProceedingsData.OIM;
import static org.kafo.web.it.proceedings.ProceedingsData.json;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;
import static org.kafo.web.it.support.Demo.OBSERVER;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kafo.domain.files.SampleFiles;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;

/** Meetings and proceedings through the API: the demo seminar, a whole event, the exports, the follow-up, the refusals. */
@KafoIT
class ProceedingsApiIT {

    @Test
    void theApiDescriptionDocumentsTheProceedings() {
        Api.Response openapi = Api.get("/openapi", null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/events/{id}/communications", "/api/v1/events/{id}/actes.pdf",
                "/api/v1/events/{id}/calendar.ics", "/api/v1/commitments/{id}/notes", "Le suivi des engagements");
    }

    @Test
    void theDemoSeminarOfTheAmeIsThereForEveryoneWithItsFourSubThemes() {
        Api.Response list = Api.get("/api/v1/events?max=200", null);
        assertThat(list.status()).isEqualTo(200);
        JsonObject seminar = list.array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("title").equals("Renforcement de la protection des migrants de retour au Mali"))
                .findFirst().orElseThrow();
        assertThat(seminar.getString("startsOn")).isEqualTo("2025-12-10");
        assertThat(seminar.getString("endsOn")).isEqualTo("2025-12-11");
        assertThat(seminar.getString("venue")).isEqualTo("Centre du Secteur privé");
        assertThat(seminar.getString("city")).isEqualTo("Bamako");
        assertThat(seminar.getString("ownerTenant")).isEqualTo("ame");
        List<JsonObject> sessions = seminar.getJsonArray("sessions").getValuesAs(JsonObject.class);
        assertThat(sessions).hasSize(4).allMatch(s -> s.getString("moderator").equals("Bayiri Traoré"));
        assertThat(sessions.get(3).getString("subTheme")).contains("femmes et des enfants");
        JsonObject welcome = seminar.getJsonArray("communications").getValuesAs(JsonObject.class).get(0);
        assertThat(welcome.getString("speakers")).contains("Ousmane Diarra");
        assertThat(welcome.getJsonArray("documents")).hasSize(1);
        assertThat(seminar.getJsonArray("recommendations").getValuesAs(JsonObject.class)).anyMatch(r -> r.getString("text")
                .contains("cadre formel de rencontre, d'échange et d'action"));
        assertThat(seminar.getJsonArray("commitments").getValuesAs(JsonObject.class))
                .allMatch(c -> c.getJsonObject("owner").getString("id").equals(AME));
        String id = seminar.getString("id");
        assertThat(Api.get("/api/v1/events/" + id + "/participants", null).status()).as("names for signed-in people only").isEqualTo(401);
        assertThat(Api.get("/api/v1/events/" + id + "/participants", OBSERVER).array().getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("name")).contains("Ousmane Diarra", "Bayiri Traoré");
    }

    @Test
    void anOrganiserBuildsAnEventAndEveryoneItIsSharedWithReadsItExportsItAndFindsIt() throws Exception {
        String marker = ProceedingsData.word("conc");
        String id = ProceedingsData.create(AME_MEMBER, "Journée de concertation de Kayes " + marker, "NETWORK");
        assertThat(Api.post("/api/v1/events/" + id + "/sessions", AME_MEMBER, json(b -> b.add("subTheme", "Référencement des "
                + "personnes vulnérables").add("moderator", "Awa Keïta").add("day", "2026-02-10").add("start", "09:30").add("end", "12:00")))
                .status()).isEqualTo(201);
        Api.Response communication = ProceedingsData.multipart("/api/v1/events/" + id + "/communications", AME_MEMBER,
                ProceedingsData.fields("title", "Bilan de l'accueil à Kayes", "speakers", "Équipe d'accueil de l'AME", "summary",
                        "Ce que l'équipe a vu en 2025."),
                Map.of("bilan-" + marker + ".pdf", SampleFiles.pdf("Bilan de l'accueil des refoulés à Kayes", "Repère " + marker)));
        assertThat(communication.status()).as(communication.toString()).isEqualTo(201);
        JsonObject attached = communication.json().getJsonArray("communications").getJsonObject(0).getJsonArray("documents").getJsonObject(0);
        assertThat(Api.get(attached.getString("file"), CIMADE_MEMBER).status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/documents/" + attached.getString("id"), OBSERVER).json().getString("kind")).isEqualTo("COMMUNICATION");
        assertThat(Api.post("/api/v1/events/" + id + "/participants", AME_MEMBER, json(b -> b.add("name", "Mariam Coulibaly")
                .add("organizationId", OIM).add("role", "INTERVENANT"))).status()).isEqualTo(201);
        assertThat(Api.post("/api/v1/events/" + id + "/recommendations", AME_MEMBER, json(b -> b.add("theme", "Référencement")
                .add("text", "Partager la liste des structures de prise en charge " + marker).add("addressees",
                        jakarta.json.Json.createArrayBuilder().add(OIM).add(MME)))).status()).isEqualTo(201);
        ProceedingsData.commitment(AME_MEMBER, id, OIM, "Tenir à jour la liste des structures de prise en charge", "2026-04-30");

        JsonObject event = Api.get("/api/v1/events/" + id, OBSERVER).json();
        assertThat(event.getBoolean("canChange")).isFalse();
        assertThat(event.getJsonArray("recommendations").getJsonObject(0).getJsonArray("addressees").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("shortName")).containsExactly("OIM", "MME");
        assertThat(Api.get("/api/v1/events/" + id + "/participants", CIMADE_MEMBER).array().getJsonObject(0).getString("name"))
                .isEqualTo("Mariam Coulibaly");
        assertThat(ProceedingsData.count("audit_entry where action = 'event.participants.read' and target_id = '" + id + "'")).isPositive();

        HttpResponse<byte[]> pdf = ProceedingsData.download("/api/v1/events/" + id + "/actes.pdf", CIMADE_MEMBER);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        // the PDF says where a commitment stands as the pages do: open and past its due date (30 April), "En retard"
        String standing = java.time.LocalDate.of(2026, 4, 30).isBefore(java.time.LocalDate.now(java.time.ZoneId.of("Africa/Bamako")))
                ? "En retard" : "Prévu";
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true); // as a reader sees the page: tables where they stand
            String asRead = byPosition.getText(document).replaceAll("\\s+", " ");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Actes — Journée de concertation de Kayes " + marker);
            assertThat(text).contains("Journée de concertation de Kayes " + marker, "Programme", "Référencement des personnes vulnérables",
                    "Awa Keïta", "Bilan de l'accueil à Kayes", "Recommandations", "Partager la liste des structures", "OIM, MME",
                    "Engagements", "Tenir à jour la liste", standing, "Participants", "Mariam Coulibaly", "Intervenant·e");
            // the body text (headings in large type are split by the extractor's spacing guess when sorted)
            assertThat(asRead).containsSubsequence("Référencement des personnes vulnérables", "Bilan de l'accueil à Kayes",
                    "Partager la liste des structures", "Tenir à jour la liste", "Mariam Coulibaly");
            int pages = document.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper onePage = new PDFTextStripper();
                onePage.setSortByPosition(true);
                onePage.setStartPage(page);
                onePage.setEndPage(page);
                List<String> lines = onePage.getText(document).strip().lines().toList();
                assertThat(lines.get(lines.size() - 1).strip()).as("the foot of page " + page).isEqualTo("Page " + page + " / " + pages);
            }
        }

        Api.Response ics = Api.get("/api/v1/events/" + id + "/calendar.ics", OBSERVER);
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        List<VEvent> vevents = calendar.getComponents("VEVENT").stream().map(c -> (VEvent) c).toList();
        assertThat(vevents).hasSize(2);
        assertThat(vevents.get(0).getSummary().getValue()).isEqualTo("Atelier : Journée de concertation de Kayes " + marker);
        assertThat(vevents.get(0).getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(vevents.get(0).getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(vevents.get(0).getLocation().getValue()).isEqualTo("Maison des associations, Kayes");
        assertThat(vevents.get(1).getSummary().getValue()).isEqualTo("Référencement des personnes vulnérables");
        // the session is in Bamako's time, with the zone described in the file: a calendar in Paris shows it an hour later in winter
        assertThat(ics.body()).contains("DTSTART;TZID=Africa/Bamako:20260210T093000");
        VTimeZone zone = calendar.getComponents("VTIMEZONE").stream().map(c -> (VTimeZone) c).findFirst().orElseThrow();
        assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Africa/Bamako");
        ZonedDateTime start = ZonedDateTime.from(vevents.get(1).getDateTimeStart().getDate());
        assertThat(start.withZoneSameInstant(ZoneId.of("Europe/Paris")).toLocalTime()).isEqualTo(LocalTime.of(10, 30));
        assertThat(start.withZoneSameInstant(ZoneId.of("UTC")).toLocalTime()).isEqualTo(LocalTime.of(9, 30));

        Api.Response search = ProceedingsData.searchUntil(marker, OBSERVER, r -> ProceedingsData.hasHit(r, id), 15);
        assertThat(ProceedingsData.hasHit(search, id)).as("the event found by a word of its recommendation").isTrue();
    }

    @Test
    void theFollowUpListsOpenAndOverdueCommitmentsAcrossEventsFilteredByActor() {
        String first = ProceedingsData.create(AME_MEMBER, "Atelier de suivi un", "NETWORK");
        String second = ProceedingsData.create(AME_MEMBER, "Atelier de suivi deux", "NETWORK");
        String late = ProceedingsData.commitment(AME_MEMBER, first, MME, "Publier la stratégie nationale de réintégration", "2026-02-20");
        String done = ProceedingsData.commitment(AME_MEMBER, second, MME, "Réunir le comité de pilotage", "2026-02-15");
        ProceedingsData.commitment(AME_MEMBER, second, OIM, "Former les agents d'accueil", "2099-06-30");
        Api.Response note = Api.post("/api/v1/commitments/" + done + "/notes", AME_MEMBER, json(b -> b.add("status", "REALISE")
                .add("text", "Comité réuni le 14 février").add("notedOn", "2026-02-14")));
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        assertThat(note.json().getString("status")).isEqualTo("REALISE");
        assertThat(note.json().getJsonArray("notes").getJsonObject(0).getString("notedOn")).isEqualTo("2026-02-14");

        List<String> ofMme = Api.get("/api/v1/commitments?actor=" + MME + "&max=200", OBSERVER).array().getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("id")).toList();
        assertThat(ofMme).contains(late).doesNotContain(done);
        List<JsonObject> overdue = Api.get("/api/v1/commitments?overdue=true&max=200", CIMADE_MEMBER).array().getValuesAs(JsonObject.class);
        assertThat(overdue).anyMatch(c -> c.getString("id").equals(late) && c.getBoolean("overdue"))
                .allMatch(c -> LocalDate.parse(c.getString("dueOn")).isBefore(LocalDate.now()));
        assertThat(Api.get("/api/v1/commitments?status=all&actor=" + MME + "&max=200", OBSERVER).array().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("id")).contains(late, done);
        assertThat(Api.get("/api/v1/commitments?actor=nimporte", OBSERVER).status()).isEqualTo(400);
    }

    @Test
    void badInputIsRefusedInFrenchAndChangesNothing() {
        String id = ProceedingsData.create(AME_MEMBER, "Forum des associations de Gao", "NETWORK");
        record Bad(String what, java.util.function.Supplier<Api.Response> call, String message) {
        }
        String events = "/api/v1/events/" + id;
        List<Bad> bad = List.of(
                new Bad("an end before the start", () -> Api.post("/api/v1/events", AME_MEMBER,
                        ProceedingsData.event("Forum à l'envers", "2026-03-11", "2026-03-10", "NETWORK")), "avant d'avoir commencé"),
                new Bad("no title", () -> Api.post("/api/v1/events", AME_MEMBER, ProceedingsData.event("", "2026-03-10", "2026-03-10",
                        "NETWORK")), "titre de la rencontre est obligatoire"),
                new Bad("an over-long title", () -> Api.post("/api/v1/events", AME_MEMBER, ProceedingsData.event("x".repeat(301),
                        "2026-03-10", "2026-03-10", "NETWORK")), "trop long"),
                new Bad("no body", () -> Api.post("/api/v1/events", AME_MEMBER, null), "JSON"),
                new Bad("a session outside the event", () -> Api.post(events + "/sessions", AME_MEMBER, json(b -> b.add("subTheme",
                        "Hors dates").add("day", "2026-02-12").add("start", "09:00").add("end", "10:00"))), "pendant la rencontre"),
                new Bad("a session ending before it starts", () -> Api.post(events + "/sessions", AME_MEMBER, json(b -> b.add("subTheme",
                        "À rebours").add("day", "2026-02-10").add("start", "11:00").add("end", "10:00"))), "finir après avoir commencé"),
                new Bad("a commitment without owner", () -> Api.post(events + "/commitments", AME_MEMBER, json(b -> b.add("what",
                        "Sans porteur").add("dueOn", "2026-05-01"))), "quel acteur de l'annuaire"),
                new Bad("a commitment due before the event", () -> Api.post(events + "/commitments", AME_MEMBER, json(b -> b
                        .add("ownerId", OIM).add("what", "Trop tôt").add("dueOn", "2026-01-01"))), "ne peut pas précéder la rencontre"),
                new Bad("a commitment of an unknown actor", () -> Api.post(events + "/commitments", AME_MEMBER, json(b -> b
                        .add("ownerId", java.util.UUID.randomUUID().toString()).add("what", "Inconnu").add("dueOn", "2026-05-01"))),
                        "pas dans l'annuaire"),
                new Bad("an attachment of an unsupported type", () -> ProceedingsData.multipart(events + "/communications", AME_MEMBER,
                        ProceedingsData.fields("title", "Photo", "speakers", "AME"), Map.of("photo.png",
                                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13})), "n'est pas accepté"),
                new Bad("a corrupted PDF", () -> ProceedingsData.multipart(events + "/communications", AME_MEMBER,
                        ProceedingsData.fields("title", "Faux PDF", "speakers", "AME"), Map.of("faux.pdf", SampleFiles.fakePdf())),
                        "se présente comme un PDF mais n'en est pas un"),
                new Bad("an attachment over the limit", () -> ProceedingsData.multipart(events + "/communications", AME_MEMBER,
                        ProceedingsData.fields("title", "Trop lourd", "speakers", "AME"), Map.of("gros.txt", new byte[20 * 1024 * 1024 + 1])),
                        "dépasse la taille maximale"),
                new Bad("a communication without speakers", () -> ProceedingsData.multipart(events + "/communications", AME_MEMBER,
                        ProceedingsData.fields("title", "Sans voix"), Map.of("ok.txt", SampleFiles.txt("Texte correct"))),
                        "intervenant"));
        for (Bad b : bad) {
            long rows = ProceedingsData.writtenRows();
            Api.Response response = b.call().get();
            assertThat(response.status()).as(b.what() + ": " + response).isEqualTo(400);
            assertThat(response.contentType()).as(b.what()).startsWith("application/problem+json");
            assertThat(response.body()).as(b.what()).contains(b.message());
            assertThat(ProceedingsData.writtenRows()).as(b.what() + " leaves nothing").isEqualTo(rows);
        }
    }

    @Test
    void concurrentEditsOfTheSameVersionGiveAClearConflictAndTheFirstWins() {
        String id = ProceedingsData.create(AME_MEMBER, "Séminaire à deux mains", "PRIVATE");
        long version = Api.get("/api/v1/events/" + id, AME_MEMBER).json().getJsonNumber("version").longValue();
        String first = json(b -> b.add("kind", "SEMINAIRE").add("title", "Titre de la première").add("startsOn", "2026-02-10")
                .add("endsOn", "2026-02-11").add("visibility", "PRIVATE").add("version", version));
        String second = json(b -> b.add("kind", "SEMINAIRE").add("title", "Titre de la seconde").add("startsOn", "2026-02-10")
                .add("endsOn", "2026-02-11").add("visibility", "PRIVATE").add("version", version));
        assertThat(Api.put("/api/v1/events/" + id, AME_MEMBER, first).status()).isEqualTo(200);
        Api.Response conflict = Api.put("/api/v1/events/" + id, org.kafo.web.it.support.Demo.AME_ADMIN, second);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().getString("detail")).contains("modifié cette rencontre entre-temps");
        assertThat(Api.get("/api/v1/events/" + id, AME_MEMBER).json().getString("title")).isEqualTo("Titre de la première");

        String commitment = ProceedingsData.commitment(AME_MEMBER, id, OIM, "Engagement disputé", "2026-06-01");
        long seen = Api.get("/api/v1/commitments/" + commitment, AME_MEMBER).json().getJsonNumber("version").longValue();
        assertThat(Api.post("/api/v1/commitments/" + commitment + "/notes", AME_MEMBER, json(b -> b.add("status", "EN_COURS")
                .add("text", "Commencé").add("version", seen))).status()).isEqualTo(201);
        Api.Response late = Api.post("/api/v1/commitments/" + commitment + "/notes", AME_MEMBER, json(b -> b.add("status", "ABANDONNE")
                .add("text", "Abandonné").add("version", seen)));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().getString("detail")).contains("modifié cet engagement entre-temps");
        assertThat(Api.get("/api/v1/commitments/" + commitment, AME_MEMBER).json().getString("status")).isEqualTo("EN_COURS");
    }
}
