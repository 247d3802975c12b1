package org.kafo.web.it.alert;

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

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kafo.web.it.isolation.IsolationCase;
import org.kafo.web.it.isolation.IsolationCases;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.PageSession;

/**
 * The alerts in the isolation matrix: a private draft, a partners-only alert, a network alert with
 * personal data and a public one, each tried by every role of several associations and by anonymous
 * visitors, through the API, the feeds, the event stream, the pages and search.
 */
public class AlertIsolationCases implements IsolationCases {

    private static final List<String> EVERYONE = Arrays.asList(NETWORK_ADMIN, AME_ADMIN, AME_MEMBER, CIMADE_ADMIN, CIMADE_MEMBER,
            APDHA_MEMBER, GAO_MEMBER, OBSERVER, ANONYMOUS);
    /** Who belongs to the owner (cimade) and to the named partner (ame, the coordination included). */
    private static final Set<String> CIMADE = Set.of(CIMADE_ADMIN, CIMADE_MEMBER);
    private static final Set<String> CIMADE_AND_AME = Set.of(CIMADE_ADMIN, CIMADE_MEMBER, AME_ADMIN, AME_MEMBER, NETWORK_ADMIN);

    private static final String POINT = "kayes-aeroport";
    private static final String LIST = "/api/v1/alerts?arrivalPoint=" + POINT + "&max=200";
    private static final String PAGE = "/alertes/index.xhtml?point=" + POINT;

    @Override
    public String feature() {
        return "alertes";
    }

    @Override
    public List<IsolationCase> cases() {
        String word = "iso" + Long.toString(System.nanoTime(), 36);
        // At an arrival point no other test uses, so that the lists below are short and predictable.
        // The words searched for are in the source, a structured fact the index keeps (the description is free text about
        // people: never indexed, see ReceptionIsolationCases).
        String draft = Alerts.id(Alerts.draft(CIMADE_MEMBER, Alerts.charter().add("arrivalPoint", POINT)
                .add("source", "brouillon " + word + "brouillon")));
        String partners = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.forPartners("ame").add("arrivalPoint", POINT)
                .add("source", "partenaires " + word + "partenaires")));
        String network = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter().add("arrivalPoint", POINT)
                .add("source", "reseau " + word + "reseau")));
        String open = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter().add("arrivalPoint", POINT).add("audience", "PUBLIC")));
        Api.post("/api/v1/alerts/" + network + "/people", CIMADE_MEMBER, "{\"fullName\":\"" + word + "nom Traoré\",\"age\":30}");
        waitForIndex(word + "reseau");

        List<IsolationCase> cases = new ArrayList<>();
        for (String user : EVERYONE) {
            boolean owner = user != null && CIMADE.contains(user);
            boolean partner = user != null && CIMADE_AND_AME.contains(user);
            boolean signedIn = user != null;

            cases.add(as(user).read("GET /api/v1/alerts/{draft}", () -> Api.get("/api/v1/alerts/" + draft, user))
                    .expectStatus(owner ? 200 : 404));
            cases.add(as(user).list("GET /api/v1/alerts (draft)", () -> Api.get(LIST, user))
                    .expect(owner ? "lists the draft" : "never lists the draft", r -> r.status() == 200 && r.body().contains(draft) == owner));
            cases.add(as(user).read("GET /api/v1/alerts/{partners}", () -> Api.get("/api/v1/alerts/" + partners, user))
                    .expectStatus(partner ? 200 : 404));
            cases.add(as(user).list("GET /api/v1/alerts (partners)", () -> Api.get(LIST, user))
                    .expect(partner ? "lists it" : "does not list it", r -> r.status() == 200 && r.body().contains(partners) == partner));
            // The list keeps its pages for callers who see the same (AlertListCache): one read by the partner first is not
            // what the others get.
            cases.add(as(user).list("GET /api/v1/alerts (partners, just after the partner read the same page)", () -> {
                Api.get(LIST, AME_MEMBER);
                return Api.get(LIST, user);
            }).expect(partner ? "lists it" : "does not list it", r -> r.status() == 200 && r.body().contains(partners) == partner));
            cases.add(as(user).read("GET /api/v1/alerts/{network}", () -> Api.get("/api/v1/alerts/" + network, user))
                    .expectStatus(signedIn ? 200 : 404));
            cases.add(as(user).read("GET /api/v1/alerts/{public}", () -> Api.get("/api/v1/alerts/" + open, user)).expectStatus(200));

            int change = !signedIn ? 401 : owner ? 200 : partner ? 403 : 404;
            cases.add(as(user).change("POST /api/v1/alerts/{partners}/publish (owner only)",
                    () -> Api.post("/api/v1/alerts/" + partners + "/publish", user, "{}"))
                    .expect(owner ? "409: already published (the owner may act)" : String.valueOf(change),
                            r -> r.status() == (owner ? 409 : change)));
            cases.add(as(user).change("POST /api/v1/alerts/{draft}/cancel", () -> Api.post("/api/v1/alerts/" + draft + "/cancel", user, "{}"))
                    .expect(owner ? "400: the reason is missing (the owner may act)" : !signedIn ? "401" : "404",
                            r -> r.status() == (owner ? 400 : !signedIn ? 401 : 404)));

            int people = !signedIn ? 401 : owner ? 200 : 403;
            cases.add(as(user).read("GET /api/v1/alerts/{network}/people (personal data)",
                    () -> Api.get("/api/v1/alerts/" + network + "/people", user)).expect(String.valueOf(people),
                    r -> r.status() == people && (people != 200 || r.body().contains(word + "nom"))));
            cases.add(as(user).read("GET /api/v1/alerts/{network} (shared view)", () -> Api.get("/api/v1/alerts/" + network, user))
                    .expect("no personal data", r -> !r.body().contains(word + "nom")));

            cases.add(as(user).find("GET /api/v1/search (partners)", () -> Api.get("/api/v1/search?q=" + word + "partenaires", user))
                    .expect(partner ? "found" : "not found", r -> r.status() == 200 && r.body().contains(partners) == partner));
            cases.add(as(user).find("GET /api/v1/search (network)", () -> Api.get("/api/v1/search?q=" + word + "reseau", user))
                    .expect(signedIn ? "found" : "not found", r -> r.status() == 200 && r.body().contains(network) == signedIn));
            cases.add(as(user).find("GET /api/v1/search (draft)", () -> Api.get("/api/v1/search?q=" + word + "brouillon", user))
                    .expect("never found", r -> r.status() == 200 && !r.body().contains(draft)));
            cases.add(as(user).find("GET /api/v1/search (personal data)", () -> Api.get("/api/v1/search?q=" + word + "nom", user))
                    .expect("never found", r -> r.status() == 200 && !r.body().contains(network)));

            cases.add(as(user).list("GET /api/v1/alerts/feed.atom", () -> Feeds.get("/api/v1/alerts/feed.atom", user))
                    .expect("what they may see only", r -> r.status() == 200 && r.body().contains(open)
                            && r.body().contains(network) == signedIn && r.body().contains(partners) == partner && !r.body().contains(draft)));
            cases.add(as(user).list("GET /api/v1/alerts/cap", () -> Feeds.get("/api/v1/alerts/cap", user))
                    .expect(signedIn ? "what they may see only" : "public messages only, nothing Restricted or Private",
                            r -> r.status() == 200 && r.body().contains(partners) == partner
                                    && (signedIn || !(r.body().contains("Restricted") || r.body().contains("Private")))));
            cases.add(as(user).read("GET /api/v1/alerts/{partners}/cap/1", () -> Feeds.get("/api/v1/alerts/" + partners + "/cap/1", user))
                    .expectStatus(partner ? 200 : 404));
        }

        for (String user : List.of(AME_MEMBER, APDHA_MEMBER, OBSERVER)) {
            boolean partner = user != null && CIMADE_AND_AME.contains(user);
            cases.add(as(user).list("GET /api/v1/alerts/stream (a new partners alert)", () -> streamed(user))
                    .expect(partner ? "receives it" : "never receives it", r -> r.status() == 200 && r.body().equals(partner ? "reçue" : "rien")));
        }
        cases.add(as(ANONYMOUS).list("GET /api/v1/alerts/stream (a new network alert)", () -> streamedNetwork())
                .expect("never receives it", r -> r.body().equals("rien")));

        for (String user : List.of(AME_MEMBER, APDHA_MEMBER, OBSERVER, CIMADE_MEMBER)) {
            boolean partner = user != null && CIMADE_AND_AME.contains(user);
            cases.add(as(user).read("page /alertes/alerte.xhtml?id={partners}",
                    () -> PageSession.of(user).page("/alertes/alerte.xhtml?id=" + partners)).expectStatus(partner ? 200 : 404));
            cases.add(as(user).list("page /alertes/ (partners)", () -> PageSession.of(user).page(PAGE))
                    .expect(partner ? "lists it" : "does not list it", r -> r.status() == 200 && r.body().contains(partners) == partner));
        }
        cases.add(as(ANONYMOUS).read("page /alertes/alerte.xhtml?id={network}",
                () -> PageSession.of(null).page("/alertes/alerte.xhtml?id=" + network)).expectStatus(404));
        cases.add(as(ANONYMOUS).list("page /alertes/", () -> PageSession.of(null).page(PAGE))
                .expect("public alerts only", r -> r.status() == 200 && r.body().contains(open) && !r.body().contains(network)));
        cases.add(as(ANONYMOUS).change("page /alertes/saisie/nouvelle.xhtml", () -> PageSession.of(null).page("/alertes/saisie/nouvelle.xhtml"))
                .expect("302 to sign in", r -> r.status() == 302));
        cases.add(as(AME_MEMBER).change("page /alertes/saisie/modifier.xhtml?id={partners} (not the owner)",
                () -> PageSession.of(AME_MEMBER).page("/alertes/saisie/modifier.xhtml?id=" + partners)).expectStatus(403));
        return cases;
    }

    /** Opens the stream as {@code user}, then cimade publishes an alert for the AME only: was it streamed? */
    private static Api.Response streamed(String user) {
        return stream(user, Alerts.forPartners("ame"));
    }

    private static Api.Response streamedNetwork() {
        return stream(null, Alerts.charter());
    }

    private static Api.Response stream(String user, jakarta.json.JsonObjectBuilder alert) {
        try (SseClient client = new SseClient(user).awaitOpen(); SseClient witness = new SseClient(CIMADE_MEMBER).awaitOpen()) {
            String id = Alerts.id(Alerts.publish(CIMADE_MEMBER, alert));
            // The owner's stream gets it for sure; by then, every allowed subscriber got it too.
            if (!witness.awaitData(id, Duration.ofSeconds(10))) {
                return new Api.Response(500, HttpHeaders.of(Map.of(), (a, b) -> true), "le flux n'a rien transmis");
            }
            boolean got = client.awaitData(id, Duration.ofSeconds(2));
            return new Api.Response(200, HttpHeaders.of(Map.of(), (a, b) -> true), got ? "reçue" : "rien");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitForIndex(String word) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end && !Api.get("/api/v1/search?q=" + word, CIMADE_MEMBER).body().contains("alert:")) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
