package org.kafo.web.it.library;

import static org.kafo.web.it.isolation.IsolationCase.as;
import static org.kafo.web.it.support.Demo.AME_ADMIN;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.ANONYMOUS;
import static org.kafo.web.it.support.Demo.APDHA_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_ADMIN;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;
import static org.kafo.web.it.support.Demo.GAO_MEMBER;
import static org.kafo.web.it.support.Demo.NETWORK_ADMIN;
import static org.kafo.web.it.support.Demo.OBSERVER;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.kafo.domain.files.SampleFiles;
import org.kafo.web.it.isolation.IsolationCase;
import org.kafo.web.it.isolation.IsolationCases;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.PageSession;

/**
 * The knowledge base in the isolation matrix: documents of every visibility, of the AME and of La Cimade,
 * listed, read, downloaded, found (API and pages) and changed by every role of several associations and by
 * anonymous visitors.
 */
public class LibraryIsolationCases implements IsolationCases {

    /** Each demo user's association ({@code null}: none) — what the token says. */
    private static final Map<String, String> TENANT = new HashMap<>();

    static {
        TENANT.put(AME_MEMBER, "ame");
        TENANT.put(AME_ADMIN, "ame");
        TENANT.put(NETWORK_ADMIN, "ame");
        TENANT.put(CIMADE_MEMBER, "cimade");
        TENANT.put(CIMADE_ADMIN, "cimade");
        TENANT.put(APDHA_MEMBER, "apdha");
        TENANT.put(GAO_MEMBER, "mission-catholique-gao");
        TENANT.put(OBSERVER, null);
    }

    private static final List<String> USERS = Arrays.asList(AME_MEMBER, AME_ADMIN, NETWORK_ADMIN, CIMADE_MEMBER, CIMADE_ADMIN,
            APDHA_MEMBER, GAO_MEMBER, OBSERVER, ANONYMOUS);

    private record Doc(String id, String owner, String visibility, Set<String> partners, String marker, String title) {
    }

    @Override
    public String feature() {
        return "base documentaire (documents, fichiers, recherche)";
    }

    @Override
    public List<IsolationCase> cases() {
        List<Doc> docs = List.of(
                deposit(AME_MEMBER, "ame", "PRIVATE", Set.of()),
                deposit(AME_MEMBER, "ame", "PARTNERS", Set.of("apdha")),
                deposit(AME_MEMBER, "ame", "NETWORK", Set.of()),
                deposit(AME_MEMBER, "ame", "PUBLIC", Set.of()),
                deposit(CIMADE_MEMBER, "cimade", "PRIVATE", Set.of()),
                deposit(CIMADE_MEMBER, "cimade", "PARTNERS", Set.of("ame")));
        for (Doc doc : docs) { // the index follows the outbox within about a second
            String owner = doc.owner().equals("ame") ? AME_MEMBER : CIMADE_MEMBER;
            Uploads.searchUntil(doc.marker(), owner, r -> Uploads.hasHit(r, doc.id()), 15);
        }
        List<IsolationCase> cases = new ArrayList<>();
        for (Doc doc : docs) {
            String what = doc.owner() + " " + doc.visibility() + " document";
            for (String user : USERS) {
                boolean sees = sees(user, doc);
                cases.add(as(user).read("GET /api/v1/documents/{id} (" + what + ")", () -> Api.get("/api/v1/documents/" + doc.id(), user))
                        .expect(sees ? "200, the document" : "404", r -> sees
                                ? r.status() == 200 && r.json().getString("id").equals(doc.id())
                                : r.status() == 404));
                cases.add(as(user).read("GET /api/v1/documents/{id}/file (" + what + ")",
                                () -> Api.get("/api/v1/documents/" + doc.id() + "/file", user))
                        .expect(sees ? "200, the file" : "404", r -> sees
                                ? r.status() == 200 && r.body().contains(doc.marker())
                                : r.status() == 404 && !r.body().contains(doc.marker())));
                cases.add(as(user).list("GET /api/v1/documents (" + what + ")", () -> Api.get("/api/v1/documents?max=200", user))
                        .expect(sees ? "listed" : "not listed", r -> r.status() == 200 && sees == r.array()
                                .getValuesAs(JsonObject.class).stream().anyMatch(d -> d.getString("id").equals(doc.id()))));
                cases.add(as(user).find("GET /api/v1/search (" + what + ")",
                                () -> Api.get("/api/v1/search?q=" + doc.marker(), user))
                        .expect(sees ? "found" : "not found", r -> r.status() == 200 && sees == Uploads.hasHit(r, doc.id())));
                cases.add(as(user).find("GET /api/v1/search/suggest (" + what + ")",
                                () -> Api.get("/api/v1/search/suggest?q=" + doc.marker(), user))
                        .expect(sees ? "suggested" : "not suggested", r -> r.status() == 200 && sees == r.array()
                                .getValuesAs(JsonObject.class).stream().anyMatch(s -> s.getString("id").equals("document:" + doc.id()))));
                cases.add(as(user).read("page /bibliotheque/document.xhtml (" + what + ")",
                                () -> PageSession.of(user).page("/bibliotheque/document.xhtml?id=" + doc.id()))
                        .expect(sees ? "200, the document's page" : "404 without its title", r -> sees
                                ? r.status() == 200 && r.body().contains(doc.marker())
                                : r.status() == 404 && !r.body().contains(doc.marker())));
                cases.add(as(user).read("page /bibliotheque/fichier/{id} (" + what + ")",
                                () -> PageSession.of(user).page("/bibliotheque/fichier/" + doc.id()))
                        .expect(sees ? "200, the file" : "404", r -> sees
                                ? r.status() == 200 && r.body().contains(doc.marker())
                                : r.status() == 404 && !r.body().contains(doc.marker())));
                cases.add(as(user).find("page /recherche.xhtml (" + what + ")",
                                () -> PageSession.of(user).page("/recherche.xhtml?q=" + doc.marker()))
                        .expect(sees ? "found" : "not found", r -> r.status() == 200 && sees == r.body().contains(doc.id())));
                boolean mayChange = TENANT.containsKey(user) && doc.owner().equals(TENANT.get(user))
                        && !user.equals(NETWORK_ADMIN); // coordination acts for the network, not for the AME
                if (!mayChange) {
                    int refused = user == null ? 401 : OBSERVER.equals(user) ? 403 : sees ? 403 : 404;
                    cases.add(as(user).change("DELETE /api/v1/documents/{id} (" + what + ")",
                                    () -> Api.delete("/api/v1/documents/" + doc.id(), user))
                            .expect(refused + ", the document stays", r -> r.status() == refused
                                    && Uploads.count("document where id = '" + doc.id() + "'") == 1));
                    cases.add(as(user).change("PUT /api/v1/documents/{id} (" + what + ")",
                                    () -> Api.put("/api/v1/documents/" + doc.id(), user, update(doc, "Titre changé par " + user)))
                            .expect(refused + ", unchanged", r -> r.status() == refused
                                    && Uploads.count("document where title = '" + doc.title() + "'") == 1));
                }
            }
        }
        Doc ameNetwork = docs.get(2);
        cases.add(as(AME_ADMIN).change("PUT /api/v1/documents/{id} (ame NETWORK document)",
                        () -> Api.put("/api/v1/documents/" + ameNetwork.id(), AME_ADMIN, update(ameNetwork, ameNetwork.title())))
                .expect("200: a tenant admin describes the association's documents", r -> r.status() == 200));
        return cases;
    }

    /** The rule of the architecture, stated for the test: public; network if signed in; owner; named partner. */
    private static boolean sees(String user, Doc doc) {
        String tenant = TENANT.get(user);
        return doc.visibility().equals("PUBLIC")
                || doc.visibility().equals("NETWORK") && user != null
                || tenant != null && tenant.equals(doc.owner())
                || doc.visibility().equals("PARTNERS") && tenant != null && doc.partners().contains(tenant);
    }

    private static Doc deposit(String user, String owner, String visibility, Set<String> partners) {
        String marker = word();
        String title = "Note isolation " + owner + " " + visibility + " " + marker;
        Uploads.Form form = Uploads.Form.document(title).visibility(visibility)
                .file(marker + ".txt", SampleFiles.txt("Note de travail " + marker, "Réservée selon sa visibilité."), "text/plain");
        if (!partners.isEmpty()) {
            form.field("partnerTenants", String.join(",", partners));
        }
        Api.Response created = form.postAs(user);
        if (created.status() != 201) {
            throw new IllegalStateException("cannot deposit the isolation document: " + created);
        }
        return new Doc(created.json().getString("id"), owner, visibility, partners, marker, title);
    }

    private static String update(Doc doc, String title) {
        return "{\"title\":\"" + title + "\",\"kind\":\"RAPPORT\",\"visibility\":\"" + doc.visibility() + "\",\"partnerTenants\":"
                + doc.partners().stream().map(p -> "\"" + p + "\"").toList() + "}";
    }

    /** A word no document contains: letters only, so the analyzer keeps it whole. */
    private static String word() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("isol");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
