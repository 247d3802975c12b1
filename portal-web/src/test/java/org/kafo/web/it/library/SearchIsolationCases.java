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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.kafo.domain.files.SampleFiles;
import org.kafo.web.it.isolation.IsolationCase;
import org.kafo.web.it.isolation.IsolationCases;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.PageSession;

/**
 * Search's new paths in the isolation matrix (issue 18): the spelling it proposes ("Vouliez-vous dire"), the passage
 * a snippet shows, a query translated from English, through the API and the page, for every role of several
 * associations and anonymous visitors; and who may change the gazetteer. A word that only a private or partners'
 * document holds must never reach someone who may not see that document, not even as a spelling suggestion.
 */
public class SearchIsolationCases implements IsolationCases {

    private static final List<String> USERS = Arrays.asList(AME_MEMBER, AME_ADMIN, NETWORK_ADMIN, CIMADE_MEMBER, CIMADE_ADMIN,
            APDHA_MEMBER, GAO_MEMBER, OBSERVER, ANONYMOUS);

    /** A document and who sees it: the AME's own private one, La Cimade's shared with the AME. */
    private record Doc(String id, String word, Set<String> seers) {
        /** The word with two letters swapped: a misspelling the spell checker corrects (one edit). */
        String misspelled() {
            return word.substring(0, 5) + word.charAt(6) + word.charAt(5) + word.substring(7);
        }
    }

    @Override
    public String feature() {
        return "recherche (orthographe proposée, passages, requêtes traduites, lieux)";
    }

    @Override
    public List<IsolationCase> cases() {
        List<Doc> docs = List.of(
                deposit(AME_MEMBER, "PRIVATE", Set.of(), Set.of(AME_MEMBER, AME_ADMIN, NETWORK_ADMIN)),
                deposit(CIMADE_MEMBER, "PARTNERS", Set.of("ame"), Set.of(CIMADE_MEMBER, CIMADE_ADMIN, AME_MEMBER, AME_ADMIN,
                        NETWORK_ADMIN)));
        for (Doc doc : docs) {
            String owner = doc.seers().contains(CIMADE_MEMBER) ? CIMADE_MEMBER : AME_MEMBER;
            Uploads.searchUntil(doc.word(), owner, r -> Uploads.hasHit(r, doc.id()), 15);
        }
        List<IsolationCase> cases = new ArrayList<>();
        for (Doc doc : docs) {
            String what = (doc.seers().contains(CIMADE_MEMBER) ? "cimade PARTNERS" : "ame PRIVATE") + " document";
            for (String user : USERS) {
                boolean sees = user != null && doc.seers().contains(user);
                cases.add(as(user).find("GET /api/v1/search?q=" + doc.misspelled() + " for " + doc.word() + " (" + what + ")",
                                () -> Api.get("/api/v1/search?q=" + enc(doc.misspelled()), user))
                        .expect(sees ? "found, and the spelling proposed" : "nothing, the word never shown", r -> r.status() == 200
                                && (sees ? Uploads.hasHit(r, doc.id()) && doc.word().equals(r.json().getString("suggestion", ""))
                                        : !Uploads.hasHit(r, doc.id()) && !r.body().contains(doc.word()))));
                cases.add(as(user).find("page /recherche.xhtml, misspelled word (" + what + ")",
                                () -> PageSession.of(user).page("/recherche.xhtml?q=" + enc(doc.misspelled())))
                        .expect(sees ? "the spelling proposed" : "the word never shown", r -> r.status() == 200
                                && sees == r.body().contains(doc.word())));
                cases.add(as(user).find("GET /api/v1/search, its passage (" + what + ")",
                                () -> Api.get("/api/v1/search?q=" + enc("Kidal " + doc.word()), user))
                        .expect(sees ? "the passage with the word marked" : "no passage of it", r -> r.status() == 200
                                && (sees ? snippets(r).contains("<mark>" + doc.word() + "</mark>") && Uploads.hasHit(r, doc.id())
                                        : !r.body().contains(doc.word()) && !Uploads.hasHit(r, doc.id()))));
                cases.add(as(user).find("GET /api/v1/search, English query (" + what + ")",
                                () -> Api.get("/api/v1/search?q=" + enc("deportees " + doc.word()), user))
                        .expect(sees ? "found, translated" : "not found", r -> r.status() == 200
                                && sees == Uploads.hasHit(r, doc.id()) && r.body().contains("\"translation\"")));
            }
        }
        for (String user : USERS) {
            boolean coordination = NETWORK_ADMIN.equals(user);
            int status = user == null ? 401 : coordination ? 201 : 403;
            String name = "Lieu isolation " + word();
            cases.add(as(user).change("POST /api/v1/gazetteer", () -> {
                Api.Response created = Api.post("/api/v1/gazetteer", user,
                        "{\"name\":\"" + name + "\",\"kind\":\"CITY\",\"spellings\":[\"" + name + "-bis\"]}");
                if (created.status() == 201) { // leave the gazetteer as it was
                    Api.delete("/api/v1/gazetteer/" + created.json().getString("id"), NETWORK_ADMIN);
                }
                return created;
            }).expect(status + (coordination ? ", the place added" : ", nothing added"), r -> r.status() == status
                    && (coordination || Uploads.count("gazetteer_place where name = '" + name + "'") == 0)));
            cases.add(as(user).read("GET /api/v1/gazetteer", () -> Api.get("/api/v1/gazetteer", user))
                    .expect("200, the places (no secret)", r -> r.status() == 200 && r.body().contains("Tinzawaten")));
        }
        return cases;
    }

    private static Doc deposit(String user, String visibility, Set<String> partners, Set<String> seers) {
        String word = word();
        Uploads.Form form = Uploads.Form.document("Note de recherche " + visibility + " " + word).visibility(visibility)
                .file(word + ".txt", SampleFiles.txt("Des expulsés sont arrivés à Kidal.", "Le mot " + word + " est dans ce passage.",
                        "Réservée selon sa visibilité."), "text/plain");
        if (!partners.isEmpty()) {
            form.field("partnerTenants", String.join(",", partners));
        }
        Api.Response created = form.postAs(user);
        if (created.status() != 201) {
            throw new IllegalStateException("cannot deposit the search isolation document: " + created);
        }
        return new Doc(created.json().getString("id"), word, seers);
    }

    /**
     * A word no document contains: letters only, long enough for the spell checker (two edits from five letters), ten
     * different letters after "srch", so that its misspelling differs from it even for the stemmer (which folds a
     * doubled letter: "zzy" and "zyz" would both become "zy").
     */
    private static String word() {
        List<Character> letters = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            letters.add(c);
        }
        java.util.Collections.shuffle(letters, new Random());
        StringBuilder word = new StringBuilder("srch");
        letters.subList(0, 10).forEach(word::append);
        return word.toString();
    }

    private static String snippets(Api.Response search) {
        return String.join("\n", search.json().getJsonArray("hits").getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(h -> h.getString("snippet")).toList());
    }

    private static String enc(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
