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

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kafo.web.it.isolation.IsolationCase;
import org.kafo.web.it.isolation.IsolationCases;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.FacesForm;
import org.kafo.web.it.support.PageSession;

/**
 * Receiving people safely (issue 14) in the isolation matrix: the attacks on the arrival loop, each beside the
 * legitimate path that succeeds. An association whose offer was not accepted (never made, waiting, declined,
 * withdrawn) tries to read the people's personal data, record the arrival, file a report, close, cancel or change the
 * alert, or accept its own offer; readers who may not read free text or an earlier version try through the API, the
 * pages, CAP, Atom and search; page forms the page did not render are forged. Cases run in the order listed: the
 * legitimate changes of state come after the attacks on the same alert.
 */
public class ReceptionIsolationCases implements IsolationCases {

    /** An arrival point no other test uses: the lists stay short. */
    private static final String POINT = "nioro";
    private static final List<String> NOT_RECEIVERS = Arrays.asList(ANONYMOUS, OBSERVER, NETWORK_ADMIN, GAO_MEMBER, APDHA_MEMBER);

    @Override
    public String feature() {
        return "alertes : accueil (offres, arrivée, comptes rendus, texte libre, versions)";
    }

    @Override
    public List<IsolationCase> cases() {
        String w = "rc" + Long.toString(System.nanoTime(), 36);
        Setup s = new Setup(w);
        List<IsolationCase> cases = new ArrayList<>();

        // --- 1. personal data: only the owner and the accepted receivers -----------------------------------------
        cases.add(as(GAO_MEMBER).read("POST /alerts/{untouched}/claim, then GET …/people (the claim-and-read leak)", () -> {
            Api.Response offer = Api.post(alert(s.untouched) + "/claim", GAO_MEMBER, null);
            Api.Response people = Api.get(alert(s.untouched) + "/people", GAO_MEMBER);
            return offer.status() == 200 ? people : offer;
        }).expect("the offer is made (200) but the people stay hidden: 403", r -> r.status() == 403));
        cases.add(as(APDHA_MEMBER).read("GET /alerts/{pending}/people (its offer waits)", () -> Api.get(alert(s.pending) + "/people", APDHA_MEMBER))
                .expectStatus(403));
        cases.add(as(APDHA_MEMBER).change("POST /alerts/{pending}/people (its offer waits)",
                () -> Api.post(alert(s.pending) + "/people", APDHA_MEMBER, "{\"fullName\":\"Intrus\"}")).expectStatus(403));
        cases.add(as(APDHA_MEMBER).read("GET /alerts/{received}/people (its offer was declined)",
                () -> Api.get(alert(s.received) + "/people", APDHA_MEMBER)).expectStatus(403));
        cases.add(as(GAO_MEMBER).read("GET /alerts/{received}/people (its acceptance was withdrawn)",
                () -> Api.get(alert(s.received) + "/people", GAO_MEMBER)).expectStatus(403));
        cases.add(as(NETWORK_ADMIN).read("GET /alerts/{received}/people (the coordination, of the accepted AME)",
                () -> Api.get(alert(s.received) + "/people", NETWORK_ADMIN)).expectStatus(403));
        cases.add(as(OBSERVER).read("GET /alerts/{received}/people", () -> Api.get(alert(s.received) + "/people", OBSERVER)).expectStatus(403));
        cases.add(as(ANONYMOUS).read("GET /alerts/{received}/people", () -> Api.get(alert(s.received) + "/people", null)).expectStatus(401));
        for (String user : List.of(AME_MEMBER, AME_ADMIN, CIMADE_MEMBER, CIMADE_ADMIN)) {
            cases.add(as(user).read("GET /alerts/{received}/people (owner or accepted receiver)", () -> Api.get(alert(s.received) + "/people", user))
                    .expect("200 with the people", r -> r.status() == 200 && r.body().contains("nom" + w)));
        }
        cases.add(as(APDHA_MEMBER).read("POST /alerts/{received}/claim again after the decline, then GET …/people", () -> {
            Api.Response again = Api.post(alert(s.received) + "/claim", APDHA_MEMBER, null);
            return again.status() == 200 ? Api.get(alert(s.received) + "/people", APDHA_MEMBER) : again;
        }).expect("a new offer (200), still no people: 403", r -> r.status() == 403));
        cases.add(as(GAO_MEMBER).read("POST /alerts/{received}/claim again after the withdrawal, then GET …/people", () -> {
            Api.Response again = Api.post(alert(s.received) + "/claim", GAO_MEMBER, null);
            return again.status() == 200 ? Api.get(alert(s.received) + "/people", GAO_MEMBER) : again;
        }).expect("a new offer (200), still no people: 403", r -> r.status() == 403));

        // --- 2. recording the arrival: owner and accepted receivers, before the arrival --------------------------
        String arrival = Json.createObjectBuilder().add("peopleCount", 3).build().toString();
        cases.add(as(GAO_MEMBER).change("POST /alerts/{untouched}/arrival (its offer waits)",
                () -> Api.post(alert(s.untouched) + "/arrival", GAO_MEMBER, arrival)).expectStatus(403));
        cases.add(as(APDHA_MEMBER).change("POST /alerts/{toArrive}/arrival (never offered)",
                () -> Api.post(alert(s.toArrive) + "/arrival", APDHA_MEMBER, arrival)).expectStatus(403));
        cases.add(as(APDHA_MEMBER).change("POST /alerts/{received}/arrival (declined, offered again)",
                () -> Api.post(alert(s.received) + "/arrival", APDHA_MEMBER, arrival)).expectStatus(403));
        cases.add(as(OBSERVER).change("POST /alerts/{toArrive}/arrival", () -> Api.post(alert(s.toArrive) + "/arrival", OBSERVER, arrival))
                .expectStatus(403));
        cases.add(as(ANONYMOUS).change("POST /alerts/{toArrive}/arrival", () -> Api.post(alert(s.toArrive) + "/arrival", null, arrival))
                .expectStatus(401));
        cases.add(as(AME_MEMBER).change("POST /alerts/{toArrive}/report before the arrival (accepted receiver)",
                () -> Api.post(alert(s.toArrive) + "/report", AME_MEMBER, "{\"received\":3}"))
                .expect("409: the arrival first", r -> r.status() == 409 && r.body().contains("Enregistrez d'abord l'arrivée")));
        cases.add(as(AME_MEMBER).change("POST /alerts/{toArrive}/arrival (accepted receiver)",
                () -> Api.post(alert(s.toArrive) + "/arrival", AME_MEMBER, arrival))
                .expect("200, arrived with its count", r -> r.status() == 200 && r.json().getJsonObject("arrival").getInt("peopleCount") == 3));
        cases.add(as(GAO_MEMBER).change("POST /alerts/{toArrive}/claim after the arrival",
                () -> Api.post(alert(s.toArrive) + "/claim", GAO_MEMBER, null))
                .expect("409: no offer after the arrival", r -> r.status() == 409 && r.body().contains("n'est plus à proposer")));

        // --- 3. filing a report: each receiving association its own ---------------------------------------------
        String report = "{\"received\":2,\"services\":[\"WELCOME\"]}";
        for (String user : List.of(APDHA_MEMBER, GAO_MEMBER, OBSERVER, NETWORK_ADMIN)) {
            cases.add(as(user).change("POST /alerts/{arrived}/report (not an accepted receiver)",
                    () -> Api.post(alert(s.arrived) + "/report", user, report)).expectStatus(403));
        }
        cases.add(as(AME_MEMBER).change("POST /alerts/{arrived}/report a second time (its report is filed)",
                () -> Api.post(alert(s.arrived) + "/report", AME_MEMBER, report)).expect("409", r -> r.status() == 409));
        cases.add(as(CIMADE_MEMBER).change("POST /alerts/{arrived}/report (the owner, its own report)",
                () -> Api.post(alert(s.arrived) + "/report", CIMADE_MEMBER, report))
                .expect("200, two reports", r -> r.status() == 200 && r.json().getJsonArray("reports").size() == 2));

        // --- 4. only the owner changes, cancels and closes ------------------------------------------------------
        for (String user : List.of(AME_MEMBER, APDHA_MEMBER, GAO_MEMBER)) {
            cases.add(as(user).change("POST /alerts/{received}/close (not the owner)",
                    () -> Api.post(alert(s.received) + "/close", user, "{}")).expectStatus(403));
            cases.add(as(user).change("POST /alerts/{received}/cancel (not the owner)",
                    () -> Api.post(alert(s.received) + "/cancel", user, "{\"reason\":\"Fausse alerte\"}")).expectStatus(403));
            cases.add(as(user).change("PUT /alerts/{received} (not the owner)", () -> Api.put(alert(s.received), user,
                    Alerts.charter().add("arrivalPoint", POINT).add("version", s.version(s.received)).build().toString())).expectStatus(403));
        }
        cases.add(as(CIMADE_MEMBER).change("POST /alerts/{received}/cancel without a reason (the owner)",
                () -> Api.post(alert(s.received) + "/cancel", CIMADE_MEMBER, "{}")).expect("400: the owner may act, and must say why",
                r -> r.status() == 400));
        cases.add(as(CIMADE_MEMBER).change("POST /alerts/{received}/close before any report (the owner)",
                () -> Api.post(alert(s.received) + "/close", CIMADE_MEMBER, "{}")).expect("409: after a report", r -> r.status() == 409));

        // --- 5. only the owner decides on offers: never the association that offered ------------------------------
        cases.add(as(APDHA_MEMBER).change("POST /alerts/{pending}/claims/apdha/accept (its own offer)",
                () -> Api.post(alert(s.pending) + "/claims/apdha/accept", APDHA_MEMBER, "{}")).expectStatus(403));
        cases.add(as(APDHA_MEMBER).change("POST /alerts/{pending}/claims/apdha/decline (its own offer)",
                () -> Api.post(alert(s.pending) + "/claims/apdha/decline", APDHA_MEMBER, "{\"reason\":\"x\"}")).expectStatus(403));
        cases.add(as(AME_MEMBER).change("POST /alerts/{received}/claims/ame/withdraw (its own acceptance)",
                () -> Api.post(alert(s.received) + "/claims/ame/withdraw", AME_MEMBER, "{\"reason\":\"x\"}")).expectStatus(403));
        cases.add(as(AME_MEMBER).change("POST /alerts/{received}/claims/apdha/accept (a receiver, for another)",
                () -> Api.post(alert(s.received) + "/claims/apdha/accept", AME_MEMBER, "{}")).expectStatus(403));
        cases.add(as(OBSERVER).change("POST /alerts/{pending}/claims/apdha/accept",
                () -> Api.post(alert(s.pending) + "/claims/apdha/accept", OBSERVER, "{}")).expectStatus(403));
        cases.add(as(GAO_MEMBER).change("POST /alerts/{toAccept}/claims/mission-catholique-gao/accept (its own offer)",
                () -> Api.post(alert(s.toAccept) + "/claims/mission-catholique-gao/accept", GAO_MEMBER, "{}")).expectStatus(403));
        cases.add(as(CIMADE_MEMBER).change("POST /alerts/{toAccept}/claims/mission-catholique-gao/accept (the owner)",
                () -> Api.post(alert(s.toAccept) + "/claims/mission-catholique-gao/accept", CIMADE_MEMBER, "{}"))
                .expect("200, taken in charge", r -> r.status() == 200 && r.json().getJsonObject("summary").getString("status").equals("TAKEN_IN_CHARGE")));

        // --- 6. free text (description, report referrals and notes, cancel and decision reasons) -------------------
        List<String> secrets = List.of("recit" + w, "orient" + w, "remarque" + w);
        for (String user : NOT_RECEIVERS) {
            cases.add(as(user).read("GET /alerts/{arrived} (free text)", () -> Api.get(alert(s.arrived), user))
                    .expect("200, the facts, no free text", r -> r.status() == 200 && r.body().contains("\"peopleCount\":10") && none(r, secrets)));
            cases.add(as(user).read("page /alertes/alerte.xhtml?id={arrived} (free text)", () -> PageSession.of(user).page(page(s.arrived)))
                    .expect("200, no free text", r -> r.status() == 200 && none(r, secrets)));
            cases.add(as(user).read("GET /alerts/{arrived}/cap (free text)", () -> Feeds.get(alert(s.arrived) + "/cap", user))
                    .expect("200, no description", r -> r.status() == 200 && r.body().contains(s.arrived) && none(r, secrets)));
            cases.add(as(user).list("GET /alerts/feed.atom (free text)", () -> Feeds.get("/api/v1/alerts/feed.atom", user))
                    .expect("lists the alert, no description", r -> r.status() == 200 && r.body().contains(s.arrived) && none(r, secrets)));
            cases.add(as(user).read("GET /alerts/{cancelled} (cancel reason)", () -> Api.get(alert(s.cancelled), user))
                    .expect("200, no reason", r -> r.status() == 200 && none(r, List.of("annul" + w))));
            cases.add(as(user).read("page /alertes/alerte.xhtml?id={cancelled} (cancel reason)", () -> PageSession.of(user).page(page(s.cancelled)))
                    .expect("200, no reason", r -> r.status() == 200 && none(r, List.of("annul" + w))));
            cases.add(as(user).read("GET /alerts/{cancelled}/cap (the Cancel message)", () -> Feeds.get(alert(s.cancelled) + "/cap", user))
                    .expect("200 with Cancel, no reason", r -> r.status() == 200 && r.body().contains("Cancel") && none(r, List.of("annul" + w))));
        }
        for (String user : Arrays.asList(ANONYMOUS, OBSERVER, GAO_MEMBER)) {
            cases.add(as(user).read("GET /alerts/{received} (a decline's reason, about another association)", () -> Api.get(alert(s.received), user))
                    .expect("200, no reason", r -> r.status() == 200 && none(r, List.of("raison" + w))));
        }
        for (String user : List.of(CIMADE_MEMBER, AME_MEMBER)) {
            cases.add(as(user).read("GET /alerts/{arrived} (owner or accepted receiver)", () -> Api.get(alert(s.arrived), user))
                    .expect("the free text", r -> r.status() == 200 && all(r, secrets)));
            cases.add(as(user).read("page /alertes/alerte.xhtml?id={arrived} (owner or accepted receiver)",
                    () -> PageSession.of(user).page(page(s.arrived))).expect("the free text", r -> r.status() == 200 && all(r, secrets)));
            cases.add(as(user).read("GET /alerts/{arrived}/cap (owner or accepted receiver)", () -> Feeds.get(alert(s.arrived) + "/cap", user))
                    .expect("the description", r -> r.status() == 200 && r.body().contains("recit" + w)));
        }
        cases.add(as(CIMADE_MEMBER).read("GET /alerts/{cancelled} (the owner)", () -> Api.get(alert(s.cancelled), CIMADE_MEMBER))
                .expect("the reason", r -> r.status() == 200 && r.body().contains("annul" + w)));
        cases.add(as(APDHA_MEMBER).read("GET /alerts/{received} (the declined association, its own reason)", () -> Api.get(alert(s.received), APDHA_MEMBER))
                .expect("the reason", r -> r.status() == 200 && r.body().contains("raison" + w)));
        for (String user : Arrays.asList(CIMADE_MEMBER, AME_MEMBER, GAO_MEMBER, ANONYMOUS)) {
            cases.add(as(user).find("GET /search (free text of an alert)", () -> Api.get("/api/v1/search?q=recit" + w, user))
                    .expect("never found, not even by the owner", r -> r.status() == 200 && !r.body().contains(s.arrived)));
        }
        cases.add(as(ANONYMOUS).find("GET /search (the alert's facts)", () -> Api.get("/api/v1/search?q=src" + w, null))
                .expect("found: the facts are indexed", r -> r.status() == 200 && r.body().contains(s.arrived)));

        // --- 7. earlier versions: only to who could see them when current ------------------------------------------
        String v1 = "convoi" + w;
        cases.add(as(ANONYMOUS).read("GET /alerts/{widened} (its network version 1)", () -> Api.get(alert(s.widened), null))
                .expect("200, version 2 only", r -> r.status() == 200 && !r.body().contains(v1) && r.json().getJsonArray("revisions").size() == 1));
        cases.add(as(ANONYMOUS).read("page /alertes/alerte.xhtml?id={widened} (version 1)", () -> PageSession.of(null).page(page(s.widened)))
                .expect("200, no version 1", r -> r.status() == 200 && !r.body().contains(v1)));
        cases.add(as(ANONYMOUS).read("GET /alerts/{widened}/cap/1 (version 1)", () -> Feeds.get(alert(s.widened) + "/cap/1", null)).expectStatus(404));
        cases.add(as(ANONYMOUS).read("GET /alerts/{widened}/cap (its messages)", () -> Feeds.get(alert(s.widened) + "/cap", null))
                .expect("200, the Update only", r -> r.status() == 200 && !r.body().contains(v1) && !r.body().contains("-v1</identifier>")
                        && r.body().contains("-v2</identifier>")));
        cases.add(as(ANONYMOUS).list("GET /alerts/cap and feed.atom (version 1)", () -> {
            Api.Response cap = Feeds.get("/api/v1/alerts/cap", null);
            Api.Response atom = Feeds.get("/api/v1/alerts/feed.atom", null);
            return new Api.Response(cap.status(), cap.headers(), cap.body() + atom.body());
        }).expect("the alert, never version 1", r -> r.status() == 200 && r.body().contains(s.widened) && !r.body().contains(v1)));
        for (String user : List.of(GAO_MEMBER, OBSERVER)) {
            cases.add(as(user).read("GET /alerts/{widened} (signed in: saw version 1 when current)", () -> Api.get(alert(s.widened), user))
                    .expect("both versions", r -> r.status() == 200 && r.body().contains(v1) && r.json().getJsonArray("revisions").size() == 2));
            cases.add(as(user).read("GET /alerts/{widened}/cap/1 (signed in)", () -> Feeds.get(alert(s.widened) + "/cap/1", user))
                    .expect("200, version 1", r -> r.status() == 200 && r.body().contains(v1)));
            cases.add(as(user).read("page /alertes/alerte.xhtml?id={widened} (signed in)", () -> PageSession.of(user).page(page(s.widened)))
                    .expect("200, version 1 among the versions", r -> r.status() == 200 && r.body().contains(v1)));
        }

        // --- 8. the pages: what is not shown cannot be done, even by a forged post ------------------------------
        cases.add(as(APDHA_MEMBER).read("page /alertes/alerte.xhtml?id={received} (declined)", () -> PageSession.of(APDHA_MEMBER).page(page(s.received)))
                .expect("no arrival, report, decision nor personal data forms; says why", r -> r.status() == 200
                        && none(r, List.of("arrival-form", "report-form", "claims-form:list:0:accept", "id=\"personnes\"", "nom" + w))
                        && r.body().contains("id=\"hint\"")));
        cases.add(as(AME_MEMBER).read("page /alertes/alerte.xhtml?id={received} (accepted receiver)", () -> PageSession.of(AME_MEMBER).page(page(s.received)))
                .expect("the arrival form and the personal data section", r -> r.status() == 200
                        && r.body().contains("id=\"arrival-form\"") && r.body().contains("id=\"personnes\"") && !r.body().contains("claims-form:list:0:accept")));
        cases.add(as(APDHA_MEMBER).change("forged post of arrival-form on /alertes/alerte.xhtml?id={received}", () -> {
            PageSession session = PageSession.of(APDHA_MEMBER);
            FacesForm.forge(session, session.page(page(s.received)), "arrival-form",
                    Map.of("arrival-form:people-count", "3", "arrival-form:arrived-at", ""), "arrival-form:arrived");
            return Api.get(alert(s.received), CIMADE_MEMBER);
        }).expect("ignored: no arrival", r -> r.json().isNull("arrival") && r.json().getJsonObject("summary").getString("status").equals("TAKEN_IN_CHARGE")));
        cases.add(as(APDHA_MEMBER).change("forged post of claims-form accept on /alertes/alerte.xhtml?id={pending} (its own offer)", () -> {
            PageSession session = PageSession.of(APDHA_MEMBER);
            FacesForm.forge(session, session.page(page(s.pending)), "claims-form", Map.of(), "claims-form:list:0:accept");
            return Api.get(alert(s.pending), CIMADE_MEMBER);
        }).expect("ignored: the offer still waits", r -> r.json().getJsonArray("claims").getJsonObject(0).getString("state").equals("OFFERED")));
        cases.add(as(GAO_MEMBER).change("forged post of report-form on /alertes/alerte.xhtml?id={arrived}", () -> {
            PageSession session = PageSession.of(GAO_MEMBER);
            FacesForm.forge(session, session.page(page(s.arrived)), "report-form", Map.of("report-form:received", "1"), "report-form:file-report");
            return Api.get(alert(s.arrived), CIMADE_MEMBER);
        }).expect("ignored: no report of the Mission", r -> r.json().getJsonArray("reports").getValuesAs(JsonObject.class).stream()
                .noneMatch(x -> x.getString("tenant").equals("mission-catholique-gao"))));
        cases.add(as(AME_MEMBER).change("forged post of cancel-form on /alertes/alerte.xhtml?id={received} (a receiver)", () -> {
            PageSession session = PageSession.of(AME_MEMBER);
            FacesForm.forge(session, session.page(page(s.received)), "cancel-form", Map.of("cancel-form:reason", "Fausse alerte"), "cancel-form:cancel");
            return Api.get(alert(s.received), CIMADE_MEMBER);
        }).expect("ignored: not cancelled", r -> !r.json().getJsonObject("summary").getString("status").equals("CANCELLED")));
        cases.add(as(OBSERVER).change("forged post of person-form on /alertes/alerte.xhtml?id={received}", () -> {
            PageSession session = PageSession.of(OBSERVER);
            FacesForm.forge(session, session.page(page(s.received)), "person-form", Map.of("person-form:full-name", "Intrus" + w), "person-form:add-person");
            return Api.get(alert(s.received) + "/people", CIMADE_MEMBER);
        }).expect("ignored: nobody added", r -> r.status() == 200 && !r.body().contains("Intrus" + w)));
        cases.add(as(OBSERVER).read("page /alertes/ (posting)", () -> PageSession.of(OBSERVER).page("/alertes/index.xhtml?point=" + POINT))
                .expect("no new-alert button; says what to do instead", r -> r.status() == 200 && !r.body().contains("id=\"new-full\"")
                        && r.body().contains("id=\"may-not-post\"")));
        cases.add(as(OBSERVER).change("page /alertes/saisie/nouvelle.xhtml", () -> PageSession.of(OBSERVER).page("/alertes/saisie/nouvelle.xhtml"))
                .expect("no form; says what to do instead", r -> r.status() == 200 && !r.body().contains("id=\"alert-form\"")
                        && r.body().contains("id=\"may-not-post\"")));
        cases.add(as(CIMADE_MEMBER).read("page /alertes/ (posting)", () -> PageSession.of(CIMADE_MEMBER).page("/alertes/index.xhtml?point=" + POINT))
                .expect("the new-alert buttons; an offer waits", r -> r.status() == 200 && r.body().contains("id=\"new-full\"")
                        && r.body().contains("offre en attente")));
        return cases;
    }

    private static String alert(String id) {
        return "/api/v1/alerts/" + id;
    }

    private static String page(String id) {
        return "/alertes/alerte.xhtml?id=" + id;
    }

    private static boolean none(Api.Response r, List<String> words) {
        return words.stream().noneMatch(r.body()::contains);
    }

    private static boolean all(Api.Response r, List<String> words) {
        return words.stream().allMatch(r.body()::contains);
    }

    /** The alerts the cases work on, each in the state its cases need, posted by La Cimade at {@link #POINT}. */
    private static final class Setup {
        /** Public, before the arrival: the AME accepted, the APDHA declined, the Mission withdrawn; one person recorded. */
        final String received;
        /** The APDHA's offer waits. */
        final String pending;
        /** Nobody offered yet. */
        final String untouched;
        /** The AME accepted: its arrival is recorded by the cases. */
        final String toArrive;
        /** The Mission's offer waits: accepted by the cases. */
        final String toAccept;
        /** Public, arrived (10 people), the AME's report filed with referrals and notes. */
        final String arrived;
        /** Public, cancelled with a reason. */
        final String cancelled;
        /** Published for the network (version 1, its convoy named), then widened to the public (version 2). */
        final String widened;

        Setup(String w) {
            received = post(open("recit" + w));
            Api.post(alert(received) + "/people", CIMADE_MEMBER, "{\"fullName\":\"nom" + w + " Traoré\",\"age\":30}");
            accept(received, AME_MEMBER, "ame");
            offer(received, APDHA_MEMBER);
            decide(received, "apdha", "decline", "raison" + w);
            accept(received, GAO_MEMBER, "mission-catholique-gao");
            decide(received, "mission-catholique-gao", "withdraw", "retrait" + w);

            pending = post(Alerts.charter().add("arrivalPoint", POINT));
            Api.post(alert(pending) + "/people", CIMADE_MEMBER, "{\"fullName\":\"nom" + w + " Diarra\"}");
            offer(pending, APDHA_MEMBER);
            untouched = post(Alerts.charter().add("arrivalPoint", POINT));
            Api.post(alert(untouched) + "/people", CIMADE_MEMBER, "{\"fullName\":\"nom" + w + " Keïta\"}");
            toArrive = post(soon());
            accept(toArrive, AME_MEMBER, "ame");
            toAccept = post(Alerts.charter().add("arrivalPoint", POINT));
            offer(toAccept, GAO_MEMBER);

            arrived = post(open("recit" + w).add("source", "src" + w));
            accept(arrived, AME_MEMBER, "ame");
            require(Api.post(alert(arrived) + "/arrival", AME_MEMBER, "{\"peopleCount\":10}"));
            require(Api.post(alert(arrived) + "/report", AME_MEMBER, Json.createObjectBuilder().add("received", 10)
                    .add("services", Json.createArrayBuilder().add("WELCOME")).add("referrals", "orient" + w)
                    .add("notes", "remarque" + w).build().toString()));

            cancelled = post(open("annulee"));
            require(Api.post(alert(cancelled) + "/cancel", CIMADE_MEMBER, "{\"reason\":\"annul" + w + "\"}"));

            JsonObject v1 = Alerts.publish(CIMADE_MEMBER, Alerts.charter().add("arrivalPoint", POINT).add("convoy", "convoi" + w));
            widened = Alerts.id(v1);
            require(Api.put(alert(widened), CIMADE_MEMBER, Alerts.charter().add("arrivalPoint", POINT).add("audience", "PUBLIC")
                    .add("convoy", "Bus de l'OIM").add("version", Alerts.version(v1)).build().toString()));
            waitForIndex("src" + w);
        }

        /** A public alert arriving within the hour (an arrival now needs no confirmation). */
        private static jakarta.json.JsonObjectBuilder open(String description) {
            return soon().add("audience", "PUBLIC").add("description", description);
        }

        private static jakarta.json.JsonObjectBuilder soon() {
            return Alerts.charter().add("arrivalPoint", POINT)
                    .add("expectedArrival", Instant.now().plus(Duration.ofMinutes(50)).truncatedTo(ChronoUnit.SECONDS).toString());
        }

        private static String post(jakarta.json.JsonObjectBuilder alert) {
            return Alerts.id(Alerts.publish(CIMADE_MEMBER, alert));
        }

        private static void offer(String id, String user) {
            require(Api.post(alert(id) + "/claim", user, null));
        }

        private static void accept(String id, String user, String tenant) {
            offer(id, user);
            require(Api.post(alert(id) + "/claims/" + tenant + "/accept", CIMADE_MEMBER, "{}"));
        }

        private static void decide(String id, String tenant, String decision, String reason) {
            require(Api.post(alert(id) + "/claims/" + tenant + "/" + decision, CIMADE_MEMBER, "{\"reason\":\"" + reason + "\"}"));
        }

        long version(String id) {
            return Alerts.version(Alerts.detail(id, CIMADE_MEMBER));
        }

        private static void require(Api.Response r) {
            if (r.status() != 200) {
                throw new AssertionError("setting up the reception cases: " + r);
            }
        }

        private static void waitForIndex(String word) {
            Supplier<Boolean> indexed = () -> Api.get("/api/v1/search?q=" + word, CIMADE_MEMBER).body().contains("alert:");
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < end && !indexed.get()) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
