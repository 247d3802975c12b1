package org.kafo.web.it.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_ADMIN;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.APDHA_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;
import static org.kafo.web.it.support.Demo.GAO_MEMBER;
import static org.kafo.web.it.support.Demo.NETWORK_ADMIN;
import static org.kafo.web.it.support.Demo.OBSERVER;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;

/** The alert's whole life through the API, as the users of different associations live it. */
@KafoIT
class AlertApiIT {

    @Test
    void aPartnerPostsReceptionTeamsOfferTheOwnerAcceptsTheyRecordTheArrivalEachReportsAndTheOwnerCloses() {
        JsonObject posted = Alerts.publish(CIMADE_MEMBER, Alerts.charter());
        String id = Alerts.id(posted);
        assertThat(posted.getJsonObject("summary").getString("status")).isEqualTo("PUBLISHED");
        assertThat(Alerts.ids(Api.get("/api/v1/alerts?max=200", AME_MEMBER))).contains(id);

        JsonObject offered = Api.post("/api/v1/alerts/" + id + "/claim", AME_MEMBER, null).json();
        assertThat(offered.getJsonObject("summary").getString("status")).as("an offer alone").isEqualTo("PUBLISHED");
        assertThat(offered.getJsonObject("summary").getBoolean("offerPending")).isTrue();
        assertThat(offered.getJsonObject("permissions").getString("standing")).isEqualTo("OFFERED");
        assertThat(Api.post("/api/v1/alerts/" + id + "/claim", GAO_MEMBER, null).status()).isEqualTo(200);
        Api.Response again = Api.post("/api/v1/alerts/" + id + "/claim", AME_MEMBER, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("detail")).contains("déjà proposé");

        assertThat(Api.post("/api/v1/alerts/" + id + "/claims/ame/accept", CIMADE_MEMBER, "{}").status()).isEqualTo(200);
        JsonObject accepted = Api.post("/api/v1/alerts/" + id + "/claims/mission-catholique-gao/accept", CIMADE_MEMBER, "{}").json();
        assertThat(accepted.getJsonObject("summary").getString("status")).isEqualTo("TAKEN_IN_CHARGE");
        assertThat(accepted.getJsonObject("summary").getJsonArray("takenInChargeBy").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly("ame", "mission-catholique-gao");

        // The charter was expected tomorrow: an arrival now is asked again, then confirmed.
        String arrival = Json.createObjectBuilder().add("peopleCount", 118).add("women", 20).add("minors", 9)
                .add("unaccompaniedMinors", 3).build().toString();
        Api.Response early = Api.post("/api/v1/alerts/" + id + "/arrival", AME_MEMBER, arrival);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("confirm");
        assertThat(early.json().getString("detail")).contains("bien plus tôt que l'arrivée prévue");
        JsonObject arrived = Api.post("/api/v1/alerts/" + id + "/arrival", AME_MEMBER,
                Json.createObjectBuilder().add("peopleCount", 118).add("women", 20).add("minors", 9).add("unaccompaniedMinors", 3)
                        .add("confirm", true).build().toString()).json();
        assertThat(arrived.getJsonObject("summary").getString("status")).isEqualTo("ARRIVED");
        assertThat(arrived.getJsonObject("arrival").getInt("peopleCount")).isEqualTo(118);
        assertThat(arrived.getJsonObject("arrival").getString("recordedBy")).isEqualTo("ame");
        assertThat(arrived.getJsonObject("permissions").getBoolean("offer")).isFalse();

        String report = Json.createObjectBuilder().add("received", 100)
                .add("services", Json.createArrayBuilder().add("WELCOME").add("SHELTER").add("MEDICAL").add("FAMILY_CONTACT"))
                .add("referrals", "12 personnes orientées vers le CIGEM").build().toString();
        assertThat(Api.post("/api/v1/alerts/" + id + "/report", AME_MEMBER, report).status()).isEqualTo(200);
        assertThat(Api.post("/api/v1/alerts/" + id + "/report", GAO_MEMBER, "{\"received\":18,\"services\":[\"TRANSPORT\"]}").status())
                .isEqualTo(200);
        Api.Response twice = Api.post("/api/v1/alerts/" + id + "/report", AME_MEMBER, report);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().getString("detail")).contains("déjà déposé");
        assertThat(Api.post("/api/v1/alerts/" + id + "/close", AME_MEMBER, "{}").status()).as("only the owner closes").isEqualTo(403);
        JsonObject closed = Api.post("/api/v1/alerts/" + id + "/close", CIMADE_MEMBER, "{}").json();

        assertThat(closed.getJsonObject("summary").getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getJsonArray("reports").getValuesAs(JsonObject.class)).extracting(r -> r.getString("tenant") + " " + r.getInt("received"))
                .containsExactly("ame 100", "mission-catholique-gao 18");
        assertThat(closed.getJsonArray("reports").getJsonObject(0).getString("referrals")).as("the owner reads the referrals")
                .isEqualTo("12 personnes orientées vers le CIGEM");
        assertThat(closed.getJsonArray("timeline").getValuesAs(JsonObject.class)).extracting(t -> t.getString("action"))
                .containsExactly("created", "published", "offered", "offered", "accepted", "accepted", "arrived", "reported", "reported", "closed");
        assertThat(closed.getJsonArray("claims").getValuesAs(JsonObject.class)).extracting(c -> c.getString("tenant") + " " + c.getString("state"))
                .containsExactly("ame ACCEPTED", "mission-catholique-gao ACCEPTED");

        Api.Response late = Api.put("/api/v1/alerts/" + id, CIMADE_MEMBER,
                Alerts.charter().add("version", Alerts.version(closed)).build().toString());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().getString("detail")).contains("clôturée");
    }

    @Test
    void theOwnerDeclinesOrWithdrawsWithAReasonTheAssociationReadsAndMayOfferAgain() {
        String id = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter()));
        Api.post("/api/v1/alerts/" + id + "/claim", AME_MEMBER, null);
        Api.Response noReason = Api.post("/api/v1/alerts/" + id + "/claims/ame/decline", CIMADE_MEMBER, "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        assertThat(noReason.json().getString("detail")).contains("pourquoi vous déclinez");
        assertThat(Api.post("/api/v1/alerts/" + id + "/claims/apdha/accept", CIMADE_MEMBER, "{}").status())
                .as("no offer of that association").isEqualTo(404);

        String reason = "{\"reason\":\"L'équipe de Sogoniko suffit pour ce vol\"}";
        JsonObject declined = Api.post("/api/v1/alerts/" + id + "/claims/ame/decline", CIMADE_MEMBER, reason).json();
        assertThat(declined.getJsonArray("claims").getJsonObject(0).getString("state")).isEqualTo("DECLINED");
        JsonObject seenByAme = Alerts.detail(id, AME_MEMBER);
        assertThat(seenByAme.getJsonArray("claims").getJsonObject(0).getString("reason")).isEqualTo("L'équipe de Sogoniko suffit pour ce vol");
        assertThat(seenByAme.getJsonObject("permissions").getString("standing")).isEqualTo("DECLINED");
        assertThat(seenByAme.getJsonObject("permissions").getBoolean("offer")).isTrue();
        assertThat(Alerts.detail(id, GAO_MEMBER).getJsonArray("claims").getJsonObject(0).isNull("reason"))
                .as("another association does not read the reason").isTrue();
        assertThat(Api.post("/api/v1/alerts/" + id + "/claims/ame/accept", CIMADE_MEMBER, "{}").json().getString("detail"))
                .contains("pas d'offre en attente");

        Api.post("/api/v1/alerts/" + id + "/claim", AME_MEMBER, null);
        Api.post("/api/v1/alerts/" + id + "/claims/ame/accept", CIMADE_MEMBER, "{}");
        JsonObject withdrawn = Api.post("/api/v1/alerts/" + id + "/claims/ame/withdraw", CIMADE_MEMBER,
                "{\"reason\":\"Équipe injoignable\"}").json();
        assertThat(withdrawn.getJsonObject("summary").getString("status")).isEqualTo("PUBLISHED");
        assertThat(withdrawn.getJsonObject("summary").getJsonArray("takenInChargeBy")).isEmpty();
        assertThat(Api.get("/api/v1/alerts/" + id + "/people", AME_MEMBER).status()).isEqualTo(403);
    }

    @Test
    void aBadArrivalIsRefusedInFrenchEveryFieldNamedAndNothingIsRecorded() {
        String id = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.arrivingIn(Duration.ofHours(2), "bamako-senou")));
        String future = Instant.now().plus(Duration.ofHours(3)).toString();
        Api.Response bad = Api.post("/api/v1/alerts/" + id + "/arrival", CIMADE_MEMBER, Json.createObjectBuilder()
                .add("arrivedAt", future).add("peopleCount", 4).add("women", 3).add("minors", 3).add("unaccompaniedMinors", 5)
                .build().toString());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("arrivedAt", "minors", "unaccompaniedMinors");
        assertThat(bad.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("message"))
                .anySatisfy(m -> assertThat(m).contains("dans le futur"))
                .anySatisfy(m -> assertThat(m).contains("Femmes et mineurs (6) dépassent le nombre de personnes arrivées (4)"));
        assertThat(Api.post("/api/v1/alerts/" + id + "/arrival", CIMADE_MEMBER, "{}").json().getJsonArray("errors")
                .getJsonObject(0).getString("message")).contains("Indiquez le nombre de personnes arrivées");
        assertThat(Api.post("/api/v1/alerts/" + id + "/report", CIMADE_MEMBER, "{\"received\":4}").json().getString("detail"))
                .contains("Enregistrez d'abord l'arrivée");
        assertThat(Alerts.detail(id, CIMADE_MEMBER).getJsonObject("summary").getString("status")).isEqualTo("PUBLISHED");

        String earlier = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        JsonObject arrived = Api.post("/api/v1/alerts/" + id + "/arrival", CIMADE_MEMBER,
                Json.createObjectBuilder().add("arrivedAt", earlier).add("peopleCount", 4).build().toString()).json();
        assertThat(arrived.getJsonObject("arrival").getString("arrivedAt")).isEqualTo(earlier);
        assertThat(Api.post("/api/v1/alerts/" + id + "/report", CIMADE_MEMBER, "{\"received\":5}").json().getString("detail"))
                .contains("5 personnes reçues, mais 4 personnes sont arrivées");
    }

    @Test
    void anUpdateIsANewVersionAndAStaleOneIsAConflictThatChangesNothing() {
        JsonObject posted = Alerts.publish(CIMADE_MEMBER, Alerts.charter());
        String id = Alerts.id(posted);
        long v = Alerts.version(posted);
        JsonObject updated = Api.put("/api/v1/alerts/" + id, CIMADE_MEMBER,
                Alerts.charter().add("peopleCount", 140).add("men", 100).add("version", v).build().toString()).json();
        assertThat(updated.getJsonObject("summary").getInt("revision")).isEqualTo(2);
        assertThat(updated.getJsonArray("revisions")).hasSize(2);
        assertThat(updated.getJsonArray("revisions").getJsonObject(0).getJsonObject("content").getInt("peopleCount")).isEqualTo(120);

        Api.Response stale = Api.put("/api/v1/alerts/" + id, CIMADE_MEMBER,
                Alerts.charter().add("peopleCount", 5).add("men", 1).add("women", 1).add("minors", 1).add("version", v).build().toString());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().getString("detail")).contains("modifiée par quelqu'un d'autre");
        assertThat(Alerts.detail(id, CIMADE_MEMBER).getJsonObject("content").getInt("peopleCount")).isEqualTo(140);
    }

    @Test
    void badInputIsRefusedInFrenchWithTheFieldNamedAndNothingIsWritten() {
        long before = count("select count(*) from alert");
        assertInvalid(Alerts.charter().add("originCountry", "XX"), "originCountry", "Pays inconnu");
        assertInvalid(Alerts.charter().add("arrivalPoint", "lune"), "arrivalPoint", "Point d'arrivée inconnu");
        assertInvalid(Alerts.charter().add("peopleCount", -4), "peopleCount", "entre 1 et");
        assertInvalid(Alerts.charter().add("peopleCount", 10).add("men", 8).add("women", 5), "women", "dépassent");
        assertInvalid(Alerts.charter().add("expectedArrival", Instant.now().minus(Duration.ofDays(365)).toString()),
                "expectedArrival", "passé");
        assertInvalid(Alerts.charter().add("expectedArrival", "2199-01-01T00:00:00Z"), "expectedArrival", "futur");
        assertInvalid(Alerts.charter().remove("kind").add("flightNumber", "8U 650"), "kind", "type de retour");
        assertInvalid(Alerts.charter().add("description", "x".repeat(4001)), "description", "trop long");
        assertInvalid(Alerts.forPartners("inconnue"), "partners", "Association inconnue");
        // the audience is chosen, never assumed; a forged one is refused; the poster's association is not its own partner
        assertInvalid(Alerts.charter().remove("audience"), "audience", "Choisissez à qui s'adresse l'alerte");
        assertInvalid(Alerts.charter().add("audience", "EVERYONE"), "audience", "");
        assertInvalid(Alerts.forPartners("apdha", "cimade"), "partners", "propre partenaire");

        Api.Response garbled = Api.post("/api/v1/alerts", CIMADE_MEMBER, "{\"peopleCount\": \"beaucoup\"");
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.contentType()).startsWith("application/problem+json");
        assertThat(count("select count(*) from alert")).isEqualTo(before);
    }

    @Test
    void markupInFreeTextIsKeptAsTextAndServedInert() {
        String script = "<script>alert('x')</script> & <b>gras</b>";
        String id = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter().add("description", script)));
        assertThat(Alerts.detail(id, CIMADE_MEMBER).getJsonObject("content").getString("description")).isEqualTo(script);
        Api.Response cap = Feeds.get("/api/v1/alerts/" + id + "/cap/1", CIMADE_MEMBER);
        assertThat(cap.body()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void offeringForAnAlertOneCannotSeeIsNotFoundAndAnObserverCannotOffer() {
        String partners = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.forPartners("ame")));
        assertThat(Api.post("/api/v1/alerts/" + partners + "/claim", APDHA_MEMBER, null).status()).isEqualTo(404);
        assertThat(Api.post("/api/v1/alerts/" + partners + "/claim", GAO_MEMBER, null).status()).isEqualTo(404);
        // The coordination belongs to the AME, which sees the alert, but it coordinates: it does not receive.
        assertThat(Api.post("/api/v1/alerts/" + partners + "/claim", NETWORK_ADMIN, null).status()).isEqualTo(403);
        assertThat(Api.post("/api/v1/alerts/" + partners + "/claim", null, null).status()).isEqualTo(401);
        String network = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter()));
        Api.Response observer = Api.post("/api/v1/alerts/" + network + "/claim", OBSERVER, null);
        assertThat(observer.status()).isEqualTo(403);
        assertThat(observer.json().getString("detail")).contains("membres d'une association");
        assertThat(Api.get("/api/v1/alerts/pas-un-identifiant", AME_MEMBER).status()).isEqualTo(404);
    }

    @Test
    void personalDataIsForTheOwnerAndTheAcceptedReceiversOnlyNeverInTheSharedViewAndEveryReadIsAudited() {
        String id = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter()));
        String person = Json.createObjectBuilder().add("fullName", "Moussa Keïta").add("age", 24)
                .add("phone", "+223 76 00 00 00").add("healthNotes", "Blessure au bras").build().toString();
        assertThat(Api.post("/api/v1/alerts/" + id + "/people", CIMADE_MEMBER, person).status()).isEqualTo(201);
        assertThat(Api.get("/api/v1/alerts/" + id + "/people", AME_MEMBER).status()).isEqualTo(403);
        assertThat(Api.post("/api/v1/alerts/" + id + "/people", GAO_MEMBER, person).status()).isEqualTo(403);

        Api.post("/api/v1/alerts/" + id + "/claim", AME_MEMBER, null);
        assertThat(Api.get("/api/v1/alerts/" + id + "/people", AME_MEMBER).status()).as("an offer waiting gives nothing").isEqualTo(403);
        Api.post("/api/v1/alerts/" + id + "/claims/ame/accept", CIMADE_MEMBER, "{}");
        Api.Response read = Api.get("/api/v1/alerts/" + id + "/people", AME_MEMBER);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.array().getJsonObject(0).getString("fullName")).isEqualTo("Moussa Keïta");

        for (String user : new String[] {AME_MEMBER, GAO_MEMBER, OBSERVER}) {
            assertThat(Api.get("/api/v1/alerts/" + id, user).body()).doesNotContain("Moussa", "+223 76");
        }
        assertThat(Feeds.get("/api/v1/alerts/feed.atom", AME_MEMBER).body()).contains(id).doesNotContain("Moussa");
        assertThat(Api.get("/api/v1/search?q=Moussa", AME_MEMBER).json().getInt("totalHits")).isZero();
        assertThat(count("select count(*) from audit_entry where sensitive_read and target_id = '" + id + "' and actor_tenant = 'ame'"))
                .isEqualTo(1);
    }

    @Test
    void theListAnswersWhatArrivesNextAndFiltersByStatusPointOriginAndPeriod() {
        String gao = Alerts.id(Alerts.publish(GAO_MEMBER, Alerts.arrivingIn(Duration.ofHours(30), "gao").add("originCountry", "DZ")));
        Api.Response byPoint = Api.get("/api/v1/alerts?arrivalPoint=gao&origin=DZ&max=200", AME_MEMBER);
        assertThat(Alerts.ids(byPoint)).contains(gao);
        assertThat(byPoint.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(a -> assertThat(a.getString("arrivalPoint")).isEqualTo("gao"));
        String tomorrow = Instant.now().plus(Duration.ofHours(30)).toString().substring(0, 10);
        assertThat(Alerts.ids(Api.get("/api/v1/alerts?from=" + tomorrow + "&to=" + tomorrow + "&max=200", AME_MEMBER))).contains(gao);
        assertThat(Alerts.ids(Api.get("/api/v1/alerts?status=CLOSED&max=200", AME_MEMBER))).doesNotContain(gao);

        Api.Response list = Api.get("/api/v1/alerts?max=200", AME_MEMBER);
        var arrivals = list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(a -> Instant.parse(a.getString("expectedArrival"))).filter(t -> t.isAfter(Instant.now())).toList();
        assertThat(arrivals).isSorted();

        assertThat(Api.get("/api/v1/alerts?status=PARTI", AME_MEMBER).json().getString("detail")).contains("Statut inconnu");
        assertThat(Api.get("/api/v1/alerts?from=demain", AME_MEMBER).status()).isEqualTo(400);
        assertThat(Api.get("/api/v1/alerts?origin=ZZ", AME_MEMBER).status()).isEqualTo(400);
        assertThat(Api.get("/api/v1/alerts?max=1000", AME_MEMBER).status()).isEqualTo(400);
    }

    /** The list's pages are kept between changes (AlertListCache): a change shows at once, and only to those who may see it. */
    @Test
    void theListShowsEachChangeAtOnceAndOnlyToThoseWhoMaySeeIt() {
        String list = "/api/v1/alerts?max=200";
        // pages read, and kept, before the change
        Api.get(list, AME_MEMBER);
        Api.get(list, AME_ADMIN);
        Api.get(list, APDHA_MEMBER);
        Api.get(list, null);

        String id = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.forPartners("ame")));
        assertThat(Alerts.ids(Api.get(list, AME_MEMBER))).contains(id);
        assertThat(Alerts.ids(Api.get(list, AME_ADMIN))).contains(id);
        assertThat(Alerts.ids(Api.get(list, APDHA_MEMBER))).doesNotContain(id);
        assertThat(Alerts.ids(Api.get(list, null))).doesNotContain(id);

        // The AME is a named partner: its offer is accepted at once.
        Api.post("/api/v1/alerts/" + id + "/claim", AME_ADMIN, null);
        JsonObject claimed = Api.get(list, AME_MEMBER).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("id").equals(id)).findFirst().orElseThrow();
        assertThat(claimed.getString("status")).isEqualTo("TAKEN_IN_CHARGE");
        assertThat(claimed.getJsonArray("takenInChargeBy").getString(0)).isEqualTo("ame");
        assertThat(claimed.getBoolean("offerPending")).isFalse();

        // An offer waits on a network alert: the list says so at once, to everyone who sees it.
        String network = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter()));
        Api.get(list, APDHA_MEMBER);
        Api.post("/api/v1/alerts/" + network + "/claim", GAO_MEMBER, null);
        JsonObject waiting = Api.get(list, APDHA_MEMBER).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("id").equals(network)).findFirst().orElseThrow();
        assertThat(waiting.getBoolean("offerPending")).isTrue();
        assertThat(waiting.getString("status")).isEqualTo("PUBLISHED");
        assertThat(waiting).isEqualTo(Api.get("/api/v1/alerts/" + network, APDHA_MEMBER).json().getJsonObject("summary"));
        // the list's own writer (AlertPageWriter) gives the summary JSON-B gives in the alert's detail
        assertThat(claimed).isEqualTo(Api.get("/api/v1/alerts/" + id, AME_MEMBER).json().getJsonObject("summary"));

        // a client may ask for the page read from the database: the same page
        Api.Response kept = Api.get(list, AME_MEMBER);
        Api.Response fresh = Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(KafoStack.get().portalUrl() + list))
                .header("Authorization", "Bearer " + KafoStack.get().token(AME_MEMBER)).header("Accept", "application/json")
                .header("Cache-Control", "no-cache").build());
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.json()).isEqualTo(kept.json());
    }

    @Test
    void networkAdminsKeepTheArrivalPointsOthersOnlyReadThem() {
        String point = Json.createObjectBuilder().add("code", "labbezanga").add("name", "Poste frontière de Labbezanga (Niger)")
                .add("kind", "BORDER_POST").add("city", "Labbezanga").add("region", "gao").build().toString();
        assertThat(Api.post("/api/v1/arrival-points", AME_MEMBER, point).status()).isEqualTo(403);
        assertThat(Api.post("/api/v1/arrival-points", NETWORK_ADMIN, point).status()).isEqualTo(201);
        assertThat(Api.get("/api/v1/arrival-points", null).array().getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("code")).contains("labbezanga", "bamako-senou", "tinzawaten", "gogui");
        Api.Response bad = Api.post("/api/v1/arrival-points", NETWORK_ADMIN,
                "{\"code\":\"X Y\",\"name\":\"\",\"kind\":\"PORT\",\"city\":\"\",\"region\":\"atlantide\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("detail")).isNotBlank();
    }

    private static void assertInvalid(jakarta.json.JsonObjectBuilder alert, String field, String words) {
        Api.Response r = Api.post("/api/v1/alerts", CIMADE_MEMBER, alert.add("publish", true).build().toString());
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().getJsonArray("errors").getValuesAs(JsonObject.class)).as(r.toString())
                .anySatisfy(e -> {
                    assertThat(e.getString("field")).isEqualTo(field);
                    assertThat(e.getString("message")).contains(words);
                });
    }

    static long count(String sql) {
        try (Connection c = KafoStack.get().database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
