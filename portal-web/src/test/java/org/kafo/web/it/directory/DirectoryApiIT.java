package org.kafo.web.it.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_ADMIN;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_ADMIN;
import static org.kafo.web.it.support.Demo.NETWORK_ADMIN;
import static org.kafo.web.it.support.Demo.OBSERVER;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;

/** The directory through its REST API, on the demo directory: the referral question, who keeps what, bad input, exchange formats, search. */
@KafoIT
class DirectoryApiIT {

    @Test
    void theReferralQuestionAnswersWithActiveServicesMostRecentlyCheckedFirst() {
        Api.Response answer = Api.get("/api/v1/services?category=psychosocial&targetGroup=femmes", null);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<JsonObject> services = answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(services).extracting(s -> s.getString("organizationName")).contains("Association Malienne des Expulsés");
        assertThat(services).allMatch(s -> s.getJsonObject("category").getString("code").equals("psychosocial"));

        List<JsonObject> shelters = Api.get("/api/v1/services?category=hebergement&region=bamako", null).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(shelters).extracting(s -> s.getString("name")).contains("Hébergement provisoire à Korofina");
        JsonObject korofina = shelters.stream().filter(s -> s.getString("name").startsWith("Hébergement provisoire")).findFirst().orElseThrow();
        assertThat(korofina.getInt("capacity")).isEqualTo(4);
        assertThat(korofina.getString("assuredDate")).isNotBlank();

        List<JsonObject> reception = Api.get("/api/v1/services?category=accueil&max=200", null).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        List<String> dates = reception.stream().map(s -> s.getString("assuredDate", "")).toList();
        assertThat(dates.indexOf("")).as("checked services come before never-checked ones").isGreaterThan(0);
        assertThat(dates.subList(dates.indexOf(""), dates.size())).allMatch(String::isEmpty);
    }

    @Test
    void anActorsProfileSaysItIsAMemberAndShowsDirectContactsToSignedInUsersOnly() {
        String ame = DirectoryData.idOf("AME");
        JsonObject anonymous = Api.get("/api/v1/organizations/" + ame, null).json();
        assertThat(anonymous.getBoolean("member")).isTrue();
        assertThat(anonymous.getString("tenant")).isEqualTo("ame");
        assertThat(anonymous.getJsonArray("services").size()).isGreaterThanOrEqualTo(10);
        JsonObject contact = anonymous.getJsonArray("contacts").getJsonObject(0);
        assertThat(contact.containsKey("phone")).isFalse();
        assertThat(anonymous.getBoolean("canEdit")).isFalse();

        JsonObject observer = Api.get("/api/v1/organizations/" + ame, OBSERVER).json();
        assertThat(observer.getJsonArray("contacts").getJsonObject(0).getString("phone")).startsWith("+223 20 00 00");
        assertThat(Api.get("/api/v1/organizations/" + ame, AME_ADMIN).json().getBoolean("canEdit")).isTrue();
        assertThat(Api.get("/api/v1/organizations/" + UUID.randomUUID(), null).status()).isEqualTo(404);
    }

    @Test
    void aTenantAdminKeepsItsOwnEntryAndNobodyElseDoes() {
        String ame = DirectoryData.idOf("AME");
        String same = DirectoryData.sameDraft(ame, AME_ADMIN, d -> d);
        Api.Response kept = Api.put("/api/v1/organizations/" + ame, AME_ADMIN, same);
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json().getJsonArray("locations").size()).isEqualTo(4);
        String again = DirectoryData.sameDraft(ame, AME_ADMIN, d -> d);
        for (String user : new String[] {AME_MEMBER, CIMADE_ADMIN, NETWORK_ADMIN, OBSERVER}) {
            assertThat(Api.put("/api/v1/organizations/" + ame, user, again).status()).as(user).isEqualTo(403);
        }
        Api.Response stale = Api.put("/api/v1/organizations/" + ame, AME_ADMIN, same);
        assertThat(stale.status()).as("an edit made on an old version is refused").isEqualTo(409);
    }

    @Test
    void theCoordinationCreatesAnActorAndBadInputIsRefusedFieldByField() {
        String bad = """
                {"name": "Caritas Mali", "kind": "club", "country": "XX", "website": "pas une adresse",
                 "email": "caritas@", "phone": "abc", "locations": [{"city": "Gao", "region": "gao", "latitude": 95, "longitude": 0}]}""";
        Api.Response refused = Api.post("/api/v1/organizations", NETWORK_ADMIN, bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .contains("name", "kind", "country", "website", "email", "phone", "locations[0].latitude");
        assertThat(refused.body()).contains("Une autre fiche porte déjà le nom « Caritas Mali »");

        String name = "Centre d'écoute test " + UUID.randomUUID().toString().substring(0, 8);
        String good = Json.createObjectBuilder().add("name", name).add("kind", "ong-nationale").add("country", "ML")
                .add("locations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("city", "Gao").add("region", "gao")))
                .build().toString();
        assertThat(Api.post("/api/v1/organizations", AME_ADMIN, good).status()).isEqualTo(403);
        Api.Response created = Api.post("/api/v1/organizations", NETWORK_ADMIN, good);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        String location = created.json().getJsonArray("locations").getJsonObject(0).getString("id");
        String service = Json.createObjectBuilder().add("name", "Écoute des femmes refoulées").add("category", "psychosocial")
                .add("targetGroups", Json.createArrayBuilder().add("femmes").add("refoules"))
                .add("languages", Json.createArrayBuilder().add("fr").add("son"))
                .add("locations", Json.createArrayBuilder().add(location)).build().toString();
        assertThat(Api.post("/api/v1/organizations/" + id + "/services", NETWORK_ADMIN, service).status()).isEqualTo(201);
        Api.Response unknown = Api.post("/api/v1/organizations/" + id + "/services", NETWORK_ADMIN,
                service.replace("psychosocial", "magie").replace("Écoute", "Accueil"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().getString("detail")).contains("magie");

        Api.Response gao = Api.get("/api/v1/services?category=psychosocial&targetGroup=femmes&region=gao", null);
        assertThat(gao.json().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(s -> s.getString("organizationName"))
                .contains(name);
        assertThat(DirectoryData.hitTitled(DirectoryData.searchUntil("écoute femmes refoulées", null,
                r -> DirectoryData.hitTitled(r, name)), name)).as("the change reached search").isTrue();
        assertThat(Api.delete("/api/v1/organizations/" + id, NETWORK_ADMIN).status()).isEqualTo(204);
        assertThat(Api.get("/api/v1/organizations/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void theCoordinationKeepsTheSharedLists() {
        assertThat(Api.get("/api/v1/taxonomies/service-categories", null).array().getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("code")).contains("psychosocial", "hebergement", "juridique");
        assertThat(Api.get("/api/v1/taxonomies/regions", null).array().size()).isGreaterThanOrEqualTo(19);
        String code = "aide-alimentaire-" + UUID.randomUUID().toString().substring(0, 6);
        String term = "{\"code\": \"" + code + "\", \"name\": \"Aide alimentaire " + code + "\"}";
        assertThat(Api.post("/api/v1/taxonomies/service-categories", AME_ADMIN, term).status()).isEqualTo(403);
        assertThat(Api.post("/api/v1/taxonomies/service-categories", NETWORK_ADMIN, term).status()).isEqualTo(201);
        assertThat(Api.put("/api/v1/taxonomies/service-categories/" + code, NETWORK_ADMIN, "{\"active\": false}").json()
                .getBoolean("active")).isFalse();
        assertThat(Api.get("/api/v1/taxonomies/service-categories", null).body()).doesNotContain(code);
        assertThat(Api.put("/api/v1/taxonomies/regions/kidal", NETWORK_ADMIN, "{\"name\": \"Gao\"}").status()).isEqualTo(400);
        assertThat(Api.put("/api/v1/taxonomies/regions/kidal", CIMADE_ADMIN, "{\"name\": \"Kidal\"}").status()).isEqualTo(403);
    }

    @Test
    void theDirectoryLeavesAsHsdsAndCsvAndBadFilesComeBackInFrench() {
        Api.Response hsds = Api.get("/api/v1/directory/hsds", null);
        assertThat(hsds.status()).isEqualTo(200);
        assertThat(hsds.json().getString("version")).isEqualTo("3.0");
        assertThat(hsds.json().getJsonArray("organizations").size()).isGreaterThanOrEqualTo(20);
        assertThat(hsds.body()).doesNotContain("+223 20 00 00 01");

        Api.Response csv = Api.send(HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl()
                + "/api/v1/directory/services.csv?category=hebergement")).header("Accept", "text/csv").GET().build());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFForganisation;sigle;type").contains("Hébergement provisoire à Korofina");

        Api.Response malformed = Api.post("/api/v1/directory/hsds", NETWORK_ADMIN, "{\"organizations\": [");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().getString("detail")).contains("pas un JSON valide");
        String huge = "{\"organizations\": [" + "{\"name\": \"x\"},".repeat(400_000) + "{}]}";
        assertThat(Api.post("/api/v1/directory/hsds", NETWORK_ADMIN, huge).json().getString("detail")).contains("dépasse la taille");
        assertThat(Api.post("/api/v1/directory/hsds", AME_ADMIN, "{\"organizations\": []}").status()).isEqualTo(403);
        assertThat(Api.post("/api/v1/directory/hsds", NETWORK_ADMIN, "{\"organizations\": []}").json().getInt("created")).isZero();
    }

    @Test
    void aPartnerOnboardedByTheCoordinationHasItsEntryAtOnce() {
        String alias = "dir-" + UUID.randomUUID().toString().substring(0, 6);
        String partner = Json.createObjectBuilder().add("alias", alias).add("name", "Direction régionale " + alias)
                .add("acronym", alias.toUpperCase()).add("country", "ML").add("city", "Kayes").add("kind", "service-etat")
                .add("contactEmail", "contact@" + alias + ".example").add("adminEmail", "admin@" + alias + ".example")
                .add("adminFirstName", "Fatoumata").add("adminLastName", "Keïta").build().toString();
        Api.Response onboarded = Api.post("/api/v1/partners", NETWORK_ADMIN, partner);
        assertThat(onboarded.status()).as(onboarded.toString()).isEqualTo(201);

        List<JsonObject> found = Api.get("/api/v1/organizations?kind=service-etat&region=kayes&q=" + alias, null).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(found).hasSize(1);
        JsonObject entry = Api.get("/api/v1/organizations/" + found.get(0).getString("id"), null).json();
        assertThat(entry.getString("tenant")).isEqualTo(alias);
        assertThat(entry.getBoolean("member")).isTrue();
        assertThat(entry.getJsonArray("locations").getJsonObject(0).getString("region")).isEqualTo("kayes");
        assertThat(entry.getJsonArray("contacts").getJsonObject(0).containsKey("email")).as("direct e-mail for signed-in users only").isFalse();
        assertThat(Api.put("/api/v1/organizations/" + entry.getString("id"), NETWORK_ADMIN,
                DirectoryData.sameDraft(entry.getString("id"), NETWORK_ADMIN, d -> d)).status())
                .as("the coordination does not keep a member's entry").isEqualTo(403);
    }

    @Test
    void theDirectoryIsDescribedInOpenApi() {
        assertThat(Api.get("/openapi", null).body()).contains("/api/v1/organizations", "/api/v1/services", "/api/v1/taxonomies",
                "/api/v1/directory/hsds");
    }
}
