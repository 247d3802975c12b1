package org.kafo.web.it.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.ANONYMOUS;
import static org.kafo.web.it.support.Demo.NETWORK_ADMIN;
import static org.kafo.web.it.support.Demo.OBSERVER;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.alert.Alerts;
import org.kafo.web.it.support.Accounts;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.Csv;
import org.kafo.web.it.support.KafoIT;

/**
 * {@code /api/v1/statistics} on the real stack: an association of the test's own, whose figures are worked out by hand;
 * the demonstration data's published years; CSV by content negotiation, the PDF read back; publishing; bad input.
 */
@KafoIT
class ObservatoryApiIT {

    @Test
    void anAssociationsOwnFiguresAreItsAlertsAndReportsCountedAsWorkedOutByHand() throws Exception {
        Accounts.Partner partner = Accounts.partner("obs");
        Accounts.Person admin = partner.admin();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // A: 12 expected (4 women, 2 minors) from Iceland, 11 arrived (3 women), 10 received; B: 3 expected from Iceland,
        // not arrived; C: 2 expected, cancelled.
        String a = Alerts.id(post(admin, Alerts.charter().add("originCountry", "IS").add("peopleCount", 12).add("men", 6).add("women", 4)
                .add("minors", 2).add("unaccompaniedMinors", 0).add("expectedArrival", now.minus(Duration.ofHours(2)).toString())));
        assertThat(admin.call("POST", "/api/v1/alerts/" + a + "/arrival", Json.createObjectBuilder()
                .add("arrivedAt", now.minus(Duration.ofHours(1)).toString()).add("peopleCount", 11).add("women", 3).build().toString()).status())
                .isEqualTo(200);
        assertThat(admin.call("POST", "/api/v1/alerts/" + a + "/report", Json.createObjectBuilder().add("received", 10)
                .add("services", Json.createArrayBuilder().add("WELCOME").add("TRANSPORT")).add("referrals", "Vers le CIGEM").build().toString())
                .status()).isEqualTo(200);
        post(admin, Alerts.charter().add("originCountry", "IS").add("peopleCount", 3).add("men", 3).add("women", 0).add("minors", 0)
                .add("unaccompaniedMinors", 0).add("expectedArrival", now.plus(Duration.ofHours(3)).toString()));
        String c = Alerts.id(post(admin, Alerts.charter().add("peopleCount", 2).add("men", 2).add("women", 0).add("minors", 0)
                .add("unaccompaniedMinors", 0).add("expectedArrival", now.plus(Duration.ofHours(3)).toString())));
        assertThat(admin.call("POST", "/api/v1/alerts/" + c + "/cancel", "{\"reason\":\"Vol annulé\"}").status()).isEqualTo(200);

        JsonObject own = admin.call("GET", "/api/v1/statistics?scope=own&period=" + Statistics.thisYear(), null).json();
        assertThat(own.getString("scope")).isEqualTo("own");
        assertThat(own.getBoolean("suppressed")).isFalse();
        assertThat(Statistics.column(own, "summary", "value")).containsEntry("alerts", "2").containsEntry("expected", "15")
                .containsEntry("arrived-alerts", "1").containsEntry("arrived", "11").containsEntry("received", "10")
                .containsEntry("reports", "1").containsEntry("cancelled", "1");
        assertThat(Statistics.column(own, "by-origin", "expected")).containsExactly(java.util.Map.entry("IS", "15"), java.util.Map.entry("total", "15"));
        assertThat(Statistics.column(own, "people", "arrived")).containsEntry("women", "3");
        assertThat(Statistics.column(own, "reception", "people")).containsEntry("WELCOME", "10").containsEntry("TRANSPORT", "10")
                .containsEntry("MEDICAL", "0");
        assertThat(Statistics.column(own, "reception", "reports")).containsEntry("referrals", "1");
        // The network, as this association sees it, hides what is small: its 15 from Iceland is mixed with the network's.
        JsonObject network = admin.call("GET", "/api/v1/statistics?scope=network&period=" + Statistics.thisYear(), null).json();
        assertThat(network.getBoolean("suppressed")).isTrue();
        assertNoSmallCellShown(network);

        // Its own alerts and reports as CSV: the alert's facts, never its description nor the report's texts.
        assertThat(Statistics.file("/api/v1/statistics/own/alerts?period=" + Statistics.thisYear(), (String) null, "text/csv").statusCode())
                .as("a visitor has no association").isEqualTo(401);
        String ownAlerts = new String(Statistics.file("/api/v1/statistics/own/alerts?period=" + Statistics.thisYear(), admin, "text/csv")
                .body(), StandardCharsets.UTF_8);
        assertThat(Csv.cells(ownAlerts)).contains(a, c, "Islande", "Annulée", "12", "11", "10");
        assertThat(ownAlerts).doesNotContain("Expulsion massive depuis Tripoli", "Partenaires en Libye", "Vol annulé");
        String ownReports = new String(Statistics.file("/api/v1/statistics/own/reports?period=" + Statistics.thisYear(), admin, "text/csv")
                .body(), StandardCharsets.UTF_8);
        assertThat(Csv.cells(ownReports)).contains(a, "10", "oui", "accueil, transport");
        assertThat(ownReports).doesNotContain("Vers le CIGEM");
    }

    @Test
    void thePublishedYearsAreOpenToVisitorsWithSmallCellsHiddenAndMarkedAsDemonstrationData() {
        JsonObject published = Api.get("/api/v1/statistics?scope=public&period=2025", ANONYMOUS).json();
        assertThat(published.getBoolean("demonstration")).isTrue();
        assertThat(published.getBoolean("suppressed")).isTrue();
        assertThat(published.getInt("threshold")).isEqualTo(5);
        assertThat(published.getJsonObject("publication").getString("period")).isEqualTo("2025");
        assertThat(published.getJsonArray("method").toString()).contains("masquée");
        assertNoSmallCellShown(published);
        assertThat(Statistics.column(published, "by-month", "expected")).hasSize(13);
        // Every month of the year adds up to the total that the overview shows.
        assertThat(Statistics.column(published, "summary", "value").get("expected"))
                .isEqualTo(Statistics.column(published, "by-month", "expected").get("total"));
        List<String> periods = Api.get("/api/v1/statistics/publications", ANONYMOUS).array().getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("period")).toList();
        assertThat(periods).contains("2025", "2024");
        // A period nobody published is not there; the network's figures need an account.
        assertThat(Api.get("/api/v1/statistics?scope=public&period=2023", ANONYMOUS).status()).isEqualTo(404);
        Api.Response network = Api.get("/api/v1/statistics?scope=network&period=2025", ANONYMOUS);
        assertThat(network.status()).isEqualTo(403);
        assertThat(network.json().getString("detail")).contains("Connectez-vous");
        assertThat(Api.get("/api/v1/statistics?scope=own&period=2025", OBSERVER).json().getString("detail")).contains("aucune association");
    }

    @Test
    void csvAndThePdfComeByContentNegotiationReadBackAsWritten() throws Exception {
        HttpResponse<byte[]> csv = Statistics.file("/api/v1/statistics/figures/by-origin?scope=network&period=2025", AME_MEMBER, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("kafo-observatoire-2025-reseau-by-origin-demonstration.csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        List<String> cells = Csv.cells(text);
        assertThat(cells.get(0)).startsWith("DONNÉES DE DÉMONSTRATION");
        assertThat(cells).contains("Pays d'origine", "Code", "Personnes attendues", "Libye", "LY", "Total", "Méthode", "Source");
        JsonObject json = Api.get("/api/v1/statistics/figures/by-origin?scope=network&period=2025", AME_MEMBER).json();
        assertThat(json.getJsonArray("figures")).hasSize(1);
        // The CSV says what the JSON says, cell for cell, for Libya.
        JsonObject libya = json.getJsonArray("figures").getJsonObject(0).getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("key").equals("LY")).findFirst().orElseThrow();
        int at = cells.indexOf("LY");
        for (int i = 0; i < 4; i++) {
            JsonObject cell = libya.getJsonArray("cells").getJsonObject(i);
            assertThat(cells.get(at + 1 + i)).isEqualTo(!cell.containsKey("value") || cell.isNull("value") ? "masqué" : cell.getJsonNumber("value").toString());
        }

        HttpResponse<byte[]> pdf = Statistics.file("/api/v1/statistics/report?scope=network&period=2025", AME_MEMBER, "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String read = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            assertThat(read).contains("Les retours au Mali — 2025", "DONNÉES DE DÉMONSTRATION", "Sources et méthode",
                    "Natural Earth", "Par pays d'origine", "Libye", "Personnes reçues par point d'arrivée");
        }
        assertThat(Statistics.file("/api/v1/statistics?scope=public&period=2025", ANONYMOUS, "application/xml").statusCode()).isEqualTo(406);
    }

    @Test
    void theCoordinationPublishesAClosedPeriodAndWithdrawsItOthersCannot() {
        String body = "{\"period\":\"2023\"}";
        assertThat(Api.post("/api/v1/statistics/publications", AME_MEMBER, body).status()).isEqualTo(403);
        assertThat(Api.post("/api/v1/statistics/publications", ANONYMOUS, body).status()).isEqualTo(401);
        Api.Response published = Api.post("/api/v1/statistics/publications", NETWORK_ADMIN, body);
        try {
            assertThat(published.status()).isEqualTo(201);
            assertThat(Api.get("/api/v1/statistics?scope=public&period=2023", ANONYMOUS).status()).isEqualTo(200);
            Api.Response overlapping = Api.post("/api/v1/statistics/publications", NETWORK_ADMIN, "{\"period\":\"2023-T4\"}");
            assertThat(overlapping.status()).isEqualTo(409);
            assertThat(overlapping.json().getString("detail")).contains("chevauchent");
            assertThat(Api.post("/api/v1/statistics/publications", NETWORK_ADMIN, "{\"period\":\"" + Statistics.thisYear() + "\"}").json()
                    .getString("detail")).contains("n'est pas terminée");
            assertThat(Api.delete("/api/v1/statistics/publications/2023", AME_MEMBER).status()).isEqualTo(403);
        } finally {
            assertThat(Api.delete("/api/v1/statistics/publications/2023", NETWORK_ADMIN).status()).isEqualTo(204);
        }
        assertThat(Api.get("/api/v1/statistics?scope=public&period=2023", ANONYMOUS).status()).isEqualTo(404);
    }

    @Test
    void badQuestionsAreRefusedInFrenchNamingWhatIsWrong() {
        Api.Response period = Api.get("/api/v1/statistics?period=2025-13", AME_MEMBER);
        assertThat(period.status()).isEqualTo(400);
        assertThat(period.contentType()).startsWith("application/problem+json");
        assertThat(period.json().getString("detail")).contains("Période");
        assertThat(Api.get("/api/v1/statistics?scope=tout", AME_MEMBER).json().getString("detail")).contains("Portée inconnue");
        assertThat(Api.get("/api/v1/statistics?kind=TELEPORT&origin=ZZ", AME_MEMBER).status()).isEqualTo(400);
        // every wrong parameter at once, each named
        Api.Response all = Api.get("/api/v1/statistics?scope=tout&period=2025-T9&kind=TELEPORT&origin=ZZ", AME_MEMBER);
        assertThat(all.status()).isEqualTo(400);
        assertThat(all.json().getJsonArray("errors").getValuesAs(jakarta.json.JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("scope", "period", "kind", "origin");
        assertThat(all.json().getJsonArray("errors").getValuesAs(jakarta.json.JsonObject.class)).extracting(e -> e.getString("message"))
                .anySatisfy(m -> assertThat(m).contains("Type de retour inconnu : « TELEPORT »"))
                .anySatisfy(m -> assertThat(m).contains("Pays inconnu : « ZZ »"));
        assertThat(Api.get("/api/v1/statistics?region=atlantide", AME_MEMBER).json().getString("detail")).contains("Région inconnue");
        assertThat(Api.get("/api/v1/statistics/figures/everything?period=2025", AME_MEMBER).status()).isEqualTo(404);
        assertThat(Api.post("/api/v1/statistics/publications", NETWORK_ADMIN, "{}").json().getString("detail")).contains("Indiquez la période");
        assertThat(Api.get("/openapi", ANONYMOUS).body()).contains("/api/v1/statistics", "/api/v1/statistics/figures/{figure}",
                "/api/v1/statistics/report", "/api/v1/statistics/publications");
    }

    /** In suppressed figures, no count from 1 to 4 is ever shown (commitments aside: organisations, not people). */
    static void assertNoSmallCellShown(JsonObject statistics) {
        for (JsonObject figure : statistics.getJsonArray("figures").getValuesAs(JsonObject.class)) {
            if (figure.getString("id").equals("commitments")) {
                continue;
            }
            List<JsonObject> rows = new java.util.ArrayList<>(figure.getJsonArray("rows").getValuesAs(JsonObject.class));
            if (figure.containsKey("total") && !figure.isNull("total")) {
                rows.add(figure.getJsonObject("total"));
            }
            for (JsonObject row : rows) {
                for (JsonObject cell : row.getJsonArray("cells").getValuesAs(JsonObject.class)) {
                    if (cell.containsKey("value") && cell.get("value").getValueType() == JsonValue.ValueType.NUMBER
                            && cell.getJsonNumber("value").isIntegral()) {
                        assertThat(cell.getJsonNumber("value").longValue()).as(figure.getString("id") + " " + row.getString("key"))
                                .satisfiesAnyOf(v -> assertThat(v).isZero(), v -> assertThat(v).isGreaterThanOrEqualTo(5));
                    }
                }
            }
        }
    }

    private static JsonObject post(Accounts.Person who, jakarta.json.JsonObjectBuilder alert) {
        Api.Response r = who.call("POST", "/api/v1/alerts", alert.add("publish", true).build().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }
}
