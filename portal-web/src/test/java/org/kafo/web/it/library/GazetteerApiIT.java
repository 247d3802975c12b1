package org.kafo.web.it.library;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.Demo;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.PageSession;

/** The gazetteer (issue 18): seeded, kept by the coordination, applied by search at once, bad input refused in French. */
@KafoIT
class GazetteerApiIT {

    private static final String HISTORY = "Association Malienne des Expulsés (AME) et son collectif de soutien : notre histoire, nos actions";

    @Test
    void theSeededGazetteerIsThereForEveryone() {
        Api.Response list = Api.get("/api/v1/gazetteer", null);
        assertThat(list.status()).isEqualTo(200);
        JsonObject tinzawaten = list.array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals("Tinzawaten")).findFirst().orElseThrow();
        assertThat(tinzawaten.getString("kindLabel")).isEqualTo("Poste frontière");
        assertThat(tinzawaten.getJsonArray("spellings").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains("Tinzaouaten", "Tin-Zaouatine");
    }

    @Test
    void aPlaceTheCoordinationAddsIsSearchedAtOnceAndForgottenWhenRemoved() {
        String spelling = "بوزنيقة"; // Bouznika (the 2008 text's forum) in Arabic script: no spelling correction reaches it
        assertThat(hits(spelling)).isZero();
        Api.Response created = Api.post("/api/v1/gazetteer", Demo.NETWORK_ADMIN,
                "{\"name\":\"Bouznika\",\"kind\":\"CITY\",\"spellings\":[\"" + spelling + "\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        JsonObject found = Api.get("/api/v1/search?kind=document&q=" + enc(spelling), null).json();
        assertThat(found.getJsonArray("hits").getValuesAs(JsonObject.class)).extracting(h -> h.getString("title")).contains(HISTORY);

        Api.Response changed = Api.put("/api/v1/gazetteer/" + id, Demo.NETWORK_ADMIN,
                "{\"name\":\"Bouznika\",\"kind\":\"CITY\",\"spellings\":[],\"version\":" + created.json().getInt("version") + "}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(hits(spelling)).isZero();
        assertThat(Api.delete("/api/v1/gazetteer/" + id, Demo.NETWORK_ADMIN).status()).isEqualTo(204);
        assertThat(Api.get("/api/v1/gazetteer/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedInFrenchAndAddsNothing() {
        long before = Uploads.count("gazetteer_place");
        assertRefused("{\"name\":\" \",\"kind\":\"CITY\"}", "obligatoire");
        assertRefused("{\"name\":\"Ailleurs\",\"kind\":\"VOLCAN\"}", "Type de lieu inconnu");
        assertRefused("{\"name\":\"Ailleurs\",\"kind\":\"CITY\",\"spellings\":[\"Tinzaouaten\"]}", "Tinzawaten");
        assertThat(Uploads.count("gazetteer_place")).isEqualTo(before);
        Api.Response member = Api.post("/api/v1/gazetteer", Demo.AME_MEMBER, "{\"name\":\"Ailleurs\",\"kind\":\"CITY\"}");
        assertThat(member.status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/gazetteer/pas-un-lieu", null).status()).isEqualTo(404);
    }

    @Test
    void theCoordinationsPageListsThePlacesAndOthersAreRefused() {
        Api.Response page = PageSession.of(Demo.NETWORK_ADMIN).page("/admin/lieux.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Lieux et graphies").contains("Tinzawaten").contains("Tin-Zaouatine");
        assertThat(PageSession.of(Demo.AME_ADMIN).page("/admin/lieux.xhtml").status()).isEqualTo(403);
    }

    private static void assertRefused(String body, String message) {
        Api.Response response = Api.post("/api/v1/gazetteer", Demo.NETWORK_ADMIN, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains(message);
    }

    private static long hits(String q) {
        return Api.get("/api/v1/search?kind=document&q=" + enc(q), null).json().getJsonNumber("totalHits").longValue();
    }

    private static String enc(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
