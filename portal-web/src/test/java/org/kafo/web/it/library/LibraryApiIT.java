package org.kafo.web.it.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;
import static org.kafo.web.it.support.Demo.NETWORK_ADMIN;
import static org.kafo.web.it.support.Demo.OBSERVER;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.domain.files.SampleFiles;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;

/** The knowledge base through its API: deposit every format, read, download, find, describe, withdraw; refusals. */
@KafoIT
class LibraryApiIT {

    @Test
    void eachAcceptedFormatIsDepositedDownloadedAndFoundSoonAfter() {
        record Sample(String name, byte[] bytes, String mediaType) {
        }
        String marker = "kafo" + UUID.randomUUID().toString().substring(0, 8);
        String[] lines = SampleFiles.frenchLines(marker).toArray(String[]::new);
        for (Sample sample : List.of(
                new Sample("accueil.pdf", SampleFiles.pdf(lines), "application/pdf"),
                new Sample("accueil.docx", SampleFiles.docx(lines), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                new Sample("accueil.odt", SampleFiles.odt(lines), "application/vnd.oasis.opendocument.text"),
                new Sample("accueil.txt", SampleFiles.txt(lines), "text/plain"))) {
            long start = System.nanoTime();
            Api.Response created = Uploads.Form.document("Accueil à Bamako-Sénou (" + sample.name() + ")").visibility("NETWORK")
                    .file(sample.name(), sample.bytes(), "application/octet-stream").postAs(AME_MEMBER);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/v1/documents/"));
            JsonObject document = created.json();
            String id = document.getString("id");
            assertThat(document.getString("ownerTenant")).isEqualTo("ame");
            assertThat(document.getString("date")).isEqualTo("2024-06");
            assertThat(document.getJsonObject("file").getString("mediaType")).isEqualTo(sample.mediaType());
            assertThat(document.getJsonObject("file").getJsonNumber("size").longValue()).isEqualTo(sample.bytes().length);

            Api.Response search = Uploads.searchUntil(marker + " aeroport", CIMADE_MEMBER, r -> Uploads.hasHit(r, id), 10);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(Uploads.hasHit(search, id)).as("%s found by another association's member (%d ms)", sample.name(), millis).isTrue();
            System.out.printf("deposit %s → searchable after %d ms%n", sample.name(), millis);
            JsonObject hit = search.json().getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                    .filter(h -> h.getString("id").equals("document:" + id)).findFirst().orElseThrow();
            assertThat(hit.getString("snippet")).contains("<mark>");
            assertThat(hit.getString("link")).isEqualTo("/bibliotheque/document.xhtml?id=" + id + "&passage=" + hit.getInt("passage")
                    + "#passage-" + hit.getInt("passage")); // its page opens where the snippet comes from

            assertThat(Uploads.download("/api/v1/documents/" + id + "/file", CIMADE_MEMBER)).isEqualTo(sample.bytes());
            Api.Response file = Api.get("/api/v1/documents/" + id + "/file", CIMADE_MEMBER);
            assertThat(file.contentType()).startsWith(sample.mediaType());
            assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", sample.name());
        }
    }

    @Test
    void theSameFileTwiceIsRecognisedWithALinkToTheFirst() {
        byte[] txt = SampleFiles.txt("Déclaration commune sur les refoulements", UUID.randomUUID().toString());
        Api.Response first = Uploads.Form.document("Déclaration commune").file("declaration.txt", txt, "text/plain").postAs(AME_MEMBER);
        assertThat(first.status()).isEqualTo(201);
        long rows = Uploads.writtenRows();

        Api.Response again = Uploads.Form.document("La même, renommée").file("copie.txt", txt, "text/plain").postAs(Demo.AME_ADMIN);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().getString("detail")).contains("déjà dans la base documentaire", "Déclaration commune");
        JsonObject existing = again.json().getJsonObject("existingDocument");
        assertThat(existing.getString("id")).isEqualTo(first.json().getString("id"));
        assertThat(existing.getString("page")).isEqualTo("/bibliotheque/document.xhtml?id=" + first.json().getString("id"));
        assertThat(Uploads.writtenRows()).isEqualTo(rows);
    }

    @Test
    void badUploadsAreRefusedInFrenchAndLeaveNoRecordNoFileNoOutboxRow() {
        record Bad(String what, Uploads.Form form, String message) {
        }
        List<Bad> bad = List.of(
                new Bad("a text named .pdf", Uploads.Form.document("Faux PDF").file("rapport.pdf", SampleFiles.fakePdf(), "application/pdf"),
                        "se présente comme un PDF mais n'en est pas un"),
                new Bad("an encrypted PDF", Uploads.Form.document("PDF chiffré").file("chiffre.pdf", SampleFiles.encryptedPdf("Secret"),
                        "application/pdf"), "protégé par un mot de passe"),
                new Bad("a zip bomb", Uploads.Form.document("Bombe").file("rapport.docx", SampleFiles.zipBombDocx(20),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "volume démesuré"),
                new Bad("a file over 20 MB", Uploads.Form.document("Trop lourd").file("gros.txt", new byte[20 * 1024 * 1024 + 1],
                        "text/plain"), "dépasse la taille maximale de 20 Mo"),
                new Bad("an empty file", Uploads.Form.document("Vide").file("vide.txt", new byte[0], "text/plain"), "vide ou absent"),
                new Bad("no file", Uploads.Form.document("Sans fichier"), "Joignez le fichier"),
                new Bad("an image", Uploads.Form.document("Photo").file("photo.png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "image/png"), "n'est pas accepté"),
                new Bad("no title, a bad date", Uploads.Form.document(null).field("date", "2014-13").file("a.txt", SampleFiles.txt("a"),
                        "text/plain"), "Certaines informations sont à corriger"),
                new Bad("an unknown visibility", Uploads.Form.document("Visibilité").visibility("SECRET").file("b.txt",
                        SampleFiles.txt("b"), "text/plain"), "Visibilité inconnue"));
        for (Bad b : bad) {
            long rows = Uploads.writtenRows();
            Api.Response response = b.form().postAs(AME_MEMBER);
            assertThat(response.status()).as(b.what() + ": " + response).isEqualTo(400);
            assertThat(response.contentType()).as(b.what()).startsWith("application/problem+json");
            assertThat(response.json().getString("detail")).as(b.what()).contains(b.message());
            assertThat(Uploads.writtenRows()).as(b.what() + " leaves nothing").isEqualTo(rows);
        }
        Api.Response fields = Uploads.Form.document(null).field("date", "2014-13").file("a.txt", SampleFiles.txt("a"), "text/plain").postAs(AME_MEMBER);
        assertThat(fields.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactly("title", "date");
    }

    @Test
    void observersAndVisitorsCannotDeposit() {
        Uploads.Form form = Uploads.Form.document("Essai").file("essai.txt", SampleFiles.txt("essai " + UUID.randomUUID()), "text/plain");
        long rows = Uploads.writtenRows();
        assertThat(form.postAs(OBSERVER).status()).isEqualTo(403);
        assertThat(form.postAs(null).status()).isEqualTo(401);
        assertThat(Uploads.writtenRows()).isEqualTo(rows);
    }

    @Test
    void theOwnerDescribesThenWithdrawsAndSearchFollows() {
        String marker = "kafo" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = Uploads.Form.document("Compte rendu provisoire").field("kind", "COMPTE_RENDU").visibility("PUBLIC")
                .file("cr.txt", SampleFiles.txt("Compte rendu de la réunion de Kayes", marker), "text/plain").postAs(AME_MEMBER);
        String id = created.json().getString("id");
        String update = "{\"title\":\"Compte rendu de la réunion de Kayes\",\"kind\":\"COMPTE_RENDU\",\"date\":\"2024\","
                + "\"themes\":[\"réunion\",\"Kayes\"],\"visibility\":\"NETWORK\",\"version\":" + created.json().getInt("version") + "}";

        assertThat(Api.put("/api/v1/documents/" + id, CIMADE_MEMBER, update).status()).isEqualTo(403);
        Api.Response described = Api.put("/api/v1/documents/" + id, AME_MEMBER, update);
        assertThat(described.status()).as(described.toString()).isEqualTo(200);
        assertThat(described.json().getString("visibility")).isEqualTo("NETWORK");
        assertThat(Api.put("/api/v1/documents/" + id, AME_MEMBER, update).status()).as("stale version").isEqualTo(409);
        assertThat(Api.get("/api/v1/documents/" + id, null).status()).as("no longer public").isEqualTo(404);
        Api.Response found = Uploads.searchUntil(marker, AME_MEMBER,
                r -> r.json().getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                        .anyMatch(h -> h.getString("title").equals("Compte rendu de la réunion de Kayes")), 10);
        assertThat(Uploads.hasHit(found, id)).isTrue();
        assertThat(Uploads.searchUntil(marker, null, r -> !Uploads.hasHit(r, id), 10).json().getInt("totalHits")).isZero();

        assertThat(Api.delete("/api/v1/documents/" + id, CIMADE_MEMBER).status()).isEqualTo(403);
        assertThat(Api.delete("/api/v1/documents/" + id, AME_MEMBER).status()).isEqualTo(204);
        assertThat(Api.get("/api/v1/documents/" + id, AME_MEMBER).status()).isEqualTo(404);
        assertThat(Uploads.searchUntil(marker, AME_MEMBER, r -> !Uploads.hasHit(r, id), 10).json().getInt("totalHits")).isZero();
    }

    @Test
    void theListIsFilteredPagedAndCounted() {
        Api.Response reports = Api.get("/api/v1/documents?kind=RAPPORT_ALTERNATIF&max=5", null);
        assertThat(reports.status()).isEqualTo(200);
        assertThat(reports.array().getValuesAs(JsonObject.class)).extracting(d -> d.getString("kind")).containsOnly("RAPPORT_ALTERNATIF");
        assertThat(reports.headers().firstValue("X-Total-Count")).isPresent();
        Api.Response year2008 = Api.get("/api/v1/documents?year=2008", null);
        assertThat(year2008.array().getValuesAs(JsonObject.class)).extracting(d -> d.getString("title"))
                .contains("Association Malienne des Expulsés (AME) et son collectif de soutien : notre histoire, nos actions");
        assertThat(Api.get("/api/v1/documents?kind=POEME", null).status()).isEqualTo(400);
        assertThat(Api.get("/api/v1/documents?max=0", null).status()).isEqualTo(400);
        assertThat(Api.get("/api/v1/documents/pas-un-identifiant", null).status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/documents/kinds", null).array()).hasSize(9);
    }

    @Test
    void theNetworkAdminRebuildsTheIndexAndSearchesGiveTheSameResults() {
        List<String> queries = List.of("expulses libye", "\"migrants de retour\"", "TOKTEN", "l'aéroport", "ponam OU cigem");
        List<String> before = queries.stream().map(q -> ids(Api.get("/api/v1/search?size=50&q=" + enc(q), NETWORK_ADMIN))).toList();
        Api.Response rebuilt = Api.post("/api/v1/admin/index/rebuild", NETWORK_ADMIN, null);
        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        assertThat(rebuilt.json().getInt("documents")).isGreaterThanOrEqualTo(5);
        List<String> after = queries.stream().map(q -> ids(Api.get("/api/v1/search?size=50&q=" + enc(q), NETWORK_ADMIN))).toList();
        assertThat(after).isEqualTo(before);
        assertThat(before.get(0)).isNotEmpty();
        assertThat(Api.post("/api/v1/admin/index/rebuild", AME_MEMBER, null).status()).isEqualTo(403);
    }

    @Test
    void theDocumentsResourceIsDescribedInOpenApi() {
        Api.Response openapi = Api.get("/openapi", null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/documents", "/api/v1/documents/{id}/file", "multipart/form-data",
                "Déposer un document");
    }

    /**
     * The total and the hits of a page, in no order. A full page may end inside a group of hits of equal score (the
     * demonstration data's hundreds of alerts at the airport score alike for "l'aéroport"): which of them fill the page
     * depends on the order of the index, which a rebuild changes; the total and every hit above that group must not.
     */
    private static String ids(Api.Response search) {
        assertThat(search.status()).as(search.toString()).isEqualTo(200);
        List<JsonObject> hits = search.json().getJsonArray("hits").getValuesAs(JsonObject.class);
        double tie = hits.size() == 50 ? hits.get(49).getJsonNumber("score").doubleValue() : Double.NEGATIVE_INFINITY;
        return search.json().get("totalHits") + " " + hits.stream().filter(h -> h.getJsonNumber("score").doubleValue() > tie)
                .map(h -> h.getString("id")).sorted().toList();
    }

    private static String enc(String q) {
        return java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static final class Demo {
        static final String AME_ADMIN = org.kafo.web.it.support.Demo.AME_ADMIN;
    }
}
