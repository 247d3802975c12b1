package org.kafo.web.it.isolation;

import static org.kafo.web.it.isolation.IsolationCase.as;
import static org.kafo.web.it.support.Demo.AME_ADMIN;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.ANONYMOUS;
import static org.kafo.web.it.support.Demo.CIMADE_ADMIN;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;
import static org.kafo.web.it.support.Demo.GAO_MEMBER;
import static org.kafo.web.it.support.Demo.NETWORK_ADMIN;
import static org.kafo.web.it.support.Demo.OBSERVER;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kafo.web.it.directory.DirectoryData;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoStack;
import org.kafo.web.it.support.PageSession;

/**
 * The directory's cases: who may edit which entry (a tenant admin its own only; members, other tenants'
 * admins and the coordination not; the coordination the entries of non-members and the shared lists),
 * what anonymous visitors and observers see (no direct contacts, no entry shown to the network only),
 * through the API, the pages and search.
 */
public class DirectoryIsolationCases implements IsolationCases {

    private static final String[] EVERYONE = {NETWORK_ADMIN, AME_ADMIN, AME_MEMBER, CIMADE_ADMIN, CIMADE_MEMBER, GAO_MEMBER, OBSERVER};

    @Override
    public String feature() {
        return "annuaire des acteurs";
    }

    @Override
    public List<IsolationCase> cases() {
        String ame = DirectoryData.idOf("AME");
        String oim = DirectoryData.idOf("OIM");
        // letters only: one plain word that nothing else in the index contains
        String word = "isolementannuaire" + UUID.randomUUID().toString().replace("-", "").substring(0, 8)
                .chars().mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16)))).reduce("", String::concat);
        String networkOnly = networkOnlyEntry(word);
        String ameService = Api.get("/api/v1/organizations/" + ame, null).json().getJsonArray("services").getJsonObject(0).getString("id");
        List<IsolationCase> cases = new ArrayList<>();

        // lists and reads: what is shown to the network only is never shown to anonymous visitors
        cases.add(as(ANONYMOUS).list("GET /api/v1/organizations", () -> Api.get("/api/v1/organizations?max=200", null))
                .expect("200, public entries only", r -> r.status() == 200 && !r.body().contains(networkOnly) && r.body().contains(ame)));
        cases.add(as(ANONYMOUS).read("GET /api/v1/organizations/{network-only}", () -> Api.get("/api/v1/organizations/" + networkOnly, null))
                .expectStatus(404));
        cases.add(as(ANONYMOUS).list("GET /api/v1/directory/hsds", () -> Api.get("/api/v1/directory/hsds", null))
                .expect("200, without the network-only entry nor direct contacts", r -> r.status() == 200
                        && !r.body().contains(networkOnly) && !r.body().contains("+223 20 00 00 01")));
        for (String user : EVERYONE) {
            cases.add(as(user).list("GET /api/v1/organizations", () -> Api.get("/api/v1/organizations?max=200", user))
                    .expect("200, with the network-only entry", r -> r.status() == 200 && r.body().contains(networkOnly)));
            cases.add(as(user).read("GET /api/v1/organizations/{network-only}", () -> Api.get("/api/v1/organizations/" + networkOnly, user))
                    .expectStatus(200));
            cases.add(as(user).read("GET /api/v1/organizations/{AME} contacts", () -> Api.get("/api/v1/organizations/" + ame, user))
                    .expect("200, direct phones shown", r -> r.status() == 200 && r.body().contains("+223 20 00 00 01")));
        }
        cases.add(as(ANONYMOUS).read("GET /api/v1/organizations/{AME} contacts", () -> Api.get("/api/v1/organizations/" + ame, null))
                .expect("200, contact names without phones or e-mails", r -> r.status() == 200
                        && r.body().contains("Permanence d'accueil") && !r.body().contains("+223 20 00 00 01")));

        // changes: a member's entry by its own tenant admin only
        Map<String, Integer> ameEntry = Map.of(AME_ADMIN, 200, AME_MEMBER, 403, CIMADE_ADMIN, 403, CIMADE_MEMBER, 403,
                NETWORK_ADMIN, 403, OBSERVER, 403);
        ameEntry.forEach((user, status) -> cases.add(as(user).change("PUT /api/v1/organizations/{AME}",
                () -> Api.put("/api/v1/organizations/" + ame, user, DirectoryData.sameDraft(ame, AME_ADMIN, d -> d)))
                .expectStatus(status)));
        cases.add(as(ANONYMOUS).change("PUT /api/v1/organizations/{AME}",
                () -> Api.put("/api/v1/organizations/" + ame, null, DirectoryData.sameDraft(ame, AME_ADMIN, d -> d))).expectStatus(401));
        Map.of(AME_ADMIN, 200, CIMADE_ADMIN, 403, AME_MEMBER, 403).forEach((user, status) -> cases.add(as(user)
                .change("POST /api/v1/services/{AME service}/assurance", () -> Api.post("/api/v1/services/" + ameService + "/assurance", user, "{}"))
                .expectStatus(status)));
        // the entries of non-members and the shared lists: by the coordination only
        Map.of(NETWORK_ADMIN, 200, AME_ADMIN, 403, CIMADE_ADMIN, 403, AME_MEMBER, 403, OBSERVER, 403).forEach((user, status) ->
                cases.add(as(user).change("PUT /api/v1/organizations/{OIM}",
                        () -> Api.put("/api/v1/organizations/" + oim, user, DirectoryData.sameDraft(oim, NETWORK_ADMIN, d -> d)))
                        .expectStatus(status)));
        Map.of(NETWORK_ADMIN, 200, AME_ADMIN, 403, CIMADE_MEMBER, 403, OBSERVER, 403).forEach((user, status) ->
                cases.add(as(user).change("PUT /api/v1/taxonomies/service-categories/accueil",
                        () -> Api.put("/api/v1/taxonomies/service-categories/accueil", user, "{\"name\": \"Accueil\"}")).expectStatus(status)));
        cases.add(as(ANONYMOUS).change("PUT /api/v1/taxonomies/regions/gao",
                () -> Api.put("/api/v1/taxonomies/regions/gao", null, "{\"name\": \"Gao\"}")).expectStatus(401));
        cases.add(as(AME_ADMIN).change("POST /api/v1/directory/hsds", () -> Api.post("/api/v1/directory/hsds", AME_ADMIN,
                "{\"organizations\": []}")).expectStatus(403));

        // pages
        cases.add(as(ANONYMOUS).read("page /annuaire/acteur.xhtml?id={network-only}",
                () -> PageSession.of(null).page("/annuaire/acteur.xhtml?id=" + networkOnly)).expectStatus(404));
        cases.add(as(OBSERVER).read("page /annuaire/acteur.xhtml?id={network-only}",
                () -> PageSession.of(OBSERVER).page("/annuaire/acteur.xhtml?id=" + networkOnly))
                .expect("200, the entry", r -> r.status() == 200 && r.body().contains(word)));
        cases.add(as(ANONYMOUS).read("page /annuaire/acteur.xhtml?id={AME}", () -> PageSession.of(null).page("/annuaire/acteur.xhtml?id=" + ame))
                .expect("200, no direct phone, no edit button", r -> r.status() == 200 && r.body().contains("Permanence d")
                        && !r.body().contains("direct-phone") && !r.body().contains("edit-actor")));
        cases.add(as(OBSERVER).read("page /annuaire/acteur.xhtml?id={AME}", () -> PageSession.of(OBSERVER).page("/annuaire/acteur.xhtml?id=" + ame))
                .expect("200, direct phones, no edit button", r -> r.status() == 200 && r.body().contains("direct-phone")
                        && !r.body().contains("edit-actor")));
        cases.add(as(AME_ADMIN).read("page /annuaire/acteur.xhtml?id={AME}", () -> PageSession.of(AME_ADMIN).page("/annuaire/acteur.xhtml?id=" + ame))
                .expect("200, with the edit button", r -> r.status() == 200 && r.body().contains("edit-actor")));
        cases.add(as(CIMADE_ADMIN).read("page /annuaire/acteur.xhtml?id={AME}", () -> PageSession.of(CIMADE_ADMIN).page("/annuaire/acteur.xhtml?id=" + ame))
                .expect("200, without the edit button", r -> r.status() == 200 && !r.body().contains("edit-actor")));
        cases.add(as(ANONYMOUS).change("page /annuaire/gestion/fiche.xhtml?id={AME}", () -> PageSession.of(null).page("/annuaire/gestion/fiche.xhtml?id=" + ame))
                .expect("302 to the sign-in page", r -> r.status() == 302
                        && r.headers().firstValue("Location").orElse("").startsWith(KafoStack.get().issuer())));
        cases.add(as(AME_MEMBER).change("page /annuaire/gestion/fiche.xhtml?id={AME}",
                () -> PageSession.of(AME_MEMBER).page("/annuaire/gestion/fiche.xhtml?id=" + ame)).expectStatus(403));
        cases.add(as(CIMADE_ADMIN).change("page /annuaire/gestion/fiche.xhtml?id={AME}",
                () -> PageSession.of(CIMADE_ADMIN).page("/annuaire/gestion/fiche.xhtml?id=" + ame)).expectStatus(404));
        cases.add(as(NETWORK_ADMIN).change("page /annuaire/gestion/fiche.xhtml?id={AME}",
                () -> PageSession.of(NETWORK_ADMIN).page("/annuaire/gestion/fiche.xhtml?id=" + ame)).expectStatus(404));
        cases.add(as(AME_ADMIN).change("page /annuaire/gestion/fiche.xhtml?id={AME}",
                () -> PageSession.of(AME_ADMIN).page("/annuaire/gestion/fiche.xhtml?id=" + ame))
                .expect("200, the form", r -> r.status() == 200 && r.body().contains("Association Malienne des Expulsés")));
        cases.add(as(AME_ADMIN).change("page /annuaire/gestion/fiche.xhtml?id={OIM}",
                () -> PageSession.of(AME_ADMIN).page("/annuaire/gestion/fiche.xhtml?id=" + oim)).expectStatus(404));
        cases.add(as(AME_ADMIN).change("page /annuaire/gestion/listes.xhtml",
                () -> PageSession.of(AME_ADMIN).page("/annuaire/gestion/listes.xhtml")).expectStatus(404));
        cases.add(as(NETWORK_ADMIN).change("page /annuaire/gestion/listes.xhtml",
                () -> PageSession.of(NETWORK_ADMIN).page("/annuaire/gestion/listes.xhtml"))
                .expect("200, the lists", r -> r.status() == 200 && r.body().contains("psychosocial")));
        String serviceForm = "/annuaire/gestion/service.xhtml?org=" + ame + "&id=" + ameService;
        cases.add(as(AME_ADMIN).change("page /annuaire/gestion/service.xhtml (AME service)", () -> PageSession.of(AME_ADMIN).page(serviceForm))
                .expect("200, the service form", r -> r.status() == 200 && r.body().contains("service:save")));
        cases.add(as(CIMADE_ADMIN).change("page /annuaire/gestion/service.xhtml (AME service)",
                () -> PageSession.of(CIMADE_ADMIN).page(serviceForm)).expectStatus(404));
        cases.add(as(NETWORK_ADMIN).change("page /annuaire/gestion/import.xhtml", () -> PageSession.of(NETWORK_ADMIN).page("/annuaire/gestion/import.xhtml"))
                .expect("200, the upload form", r -> r.status() == 200 && r.body().contains("import:upload")));
        cases.add(as(AME_ADMIN).change("page /annuaire/gestion/import.xhtml",
                () -> PageSession.of(AME_ADMIN).page("/annuaire/gestion/import.xhtml")).expectStatus(404));
        cases.add(as(ANONYMOUS).list("page /annuaire/export/annuaire.csv", () -> PageSession.of(null).page("/annuaire/export/annuaire.csv"))
                .expect("200, without the network-only entry", r -> r.status() == 200 && !r.body().contains(word)));
        cases.add(as(OBSERVER).list("page /annuaire/export/annuaire.csv", () -> PageSession.of(OBSERVER).page("/annuaire/export/annuaire.csv"))
                .expect("200, with the network-only entry", r -> r.status() == 200 && r.body().contains(word)));

        // search
        cases.add(as(OBSERVER).find("GET /api/v1/search?kind=actor (network-only entry)",
                () -> DirectoryData.searchUntil(word, OBSERVER, r -> DirectoryData.hitTitled(r, word)))
                .expect("found", r -> DirectoryData.hitTitled(r, word)));
        cases.add(as(ANONYMOUS).find("GET /api/v1/search?kind=actor (network-only entry)",
                () -> Api.get("/api/v1/search?kind=actor&q=" + word, null))
                .expect("200, not found", r -> r.status() == 200 && r.json().getJsonArray("hits").isEmpty()));
        cases.add(as(ANONYMOUS).find("GET /api/v1/search?kind=actor (AME's direct phone)",
                () -> Api.get("/api/v1/search?kind=actor&q=" + java.net.URLEncoder.encode("\"20 00 00 01\"", java.nio.charset.StandardCharsets.UTF_8), null))
                .expect("200, contacts are never indexed", r -> r.status() == 200 && r.json().getJsonArray("hits").isEmpty()));

        // the wider search (issue 17): a question without answers never proposes what the caller may not see; the
        // network-only entry has no place, so its word "in Gao" answers nothing, and "everywhere" answers only to the network
        for (String list : new String[] {"services", "organizations"}) {
            String nowhere = "/api/v1/" + list + "?q=" + word + "&region=gao";
            cases.add(as(ANONYMOUS).find("GET " + nowhere.replace(word, "{network-only word}") + " (wider search)", () -> Api.get(nowhere, null))
                    .expect("200, no answer and no wider search", r -> r.status() == 200 && r.json().getInt("total") == 0
                            && !r.json().containsKey("wider")));
            for (String user : new String[] {OBSERVER, CIMADE_MEMBER}) {
                cases.add(as(user).find("GET " + nowhere.replace(word, "{network-only word}") + " (wider search)", () -> Api.get(nowhere, user))
                        .expect("200, the wider search in every region, 1 answer", r -> r.status() == 200 && r.json().getInt("total") == 0
                                && r.json().getJsonObject("wider").getInt("total") == 1
                                && r.json().getJsonObject("wider").getString("query").equals("q=" + word)));
            }
        }
        for (String page : new String[] {"/annuaire/", "/annuaire/acteurs.xhtml"}) {
            String nowhere = page + "?q=" + word + "&region=gao";
            cases.add(as(ANONYMOUS).find("page " + page + "?q={network-only word}&region=gao (wider search)", () -> PageSession.of(null).page(nowhere))
                    .expect("200, nothing wider proposed", r -> r.status() == 200 && r.body().contains("id=\"no-wider\"")
                            && !r.body().contains("wider-link")));
            cases.add(as(OBSERVER).find("page " + page + "?q={network-only word}&region=gao (wider search)", () -> PageSession.of(OBSERVER).page(nowhere))
                    .expect("200, the wider search proposed", r -> r.status() == 200 && r.body().contains("wider-link")
                            && r.body().contains("toutes les régions")));
        }
        return cases;
    }

    /** An entry the coordination shows to the network only, with a word found nowhere else. */
    private static String networkOnlyEntry(String word) {
        String draft = Json.createObjectBuilder().add("name", "Fiche réservée au réseau " + word).add("kind", "ong-nationale")
                .add("country", "ML").add("visibility", "NETWORK").add("description", "Réservée au réseau : " + word)
                .add("contacts", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Personne " + word)
                        .add("phone", "+223 20 00 00 99")))
                .build().toString();
        Api.Response created = Api.post("/api/v1/organizations", NETWORK_ADMIN, draft);
        if (created.status() != 201) {
            throw new IllegalStateException("cannot create the network-only entry: " + created);
        }
        String id = created.json().getString("id");
        String service = Json.createObjectBuilder().add("name", "Service " + word).add("category", "accueil").build().toString();
        if (Api.post("/api/v1/organizations/" + id + "/services", NETWORK_ADMIN, service).status() != 201) {
            throw new IllegalStateException("cannot add a service to the network-only entry");
        }
        return id;
    }
}
