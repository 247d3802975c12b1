package org.kafo.web.it.proceedings;

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
import java.util.Set;
import org.kafo.web.it.isolation.IsolationCase;
import org.kafo.web.it.isolation.IsolationCases;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.PageSession;

/**
 * Meetings and proceedings in the isolation matrix: events of every visibility, of the AME and of La Cimade, each
 * with a commitment, read, listed, exported (PDF, .ics, through the API and the pages), found, followed up and
 * changed by every role of several associations, by the observer and by anonymous visitors; the organiser's forms
 * (the content page, the commitment's edit form) are offered to the organiser association's members only.
 */
public class ProceedingsIsolationCases implements IsolationCases {

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

    private record Ev(String id, String owner, String visibility, Set<String> partners, String marker, String commitment) {
    }

    @Override
    public String feature() {
        return "rencontres et actes (rencontres, exports, engagements, recherche)";
    }

    @Override
    public List<IsolationCase> cases() {
        List<Ev> events = List.of(
                create(AME_MEMBER, "ame", "PRIVATE", Set.of()),
                create(AME_MEMBER, "ame", "PARTNERS", Set.of("apdha")),
                create(AME_MEMBER, "ame", "NETWORK", Set.of()),
                create(AME_MEMBER, "ame", "PUBLIC", Set.of()),
                create(CIMADE_MEMBER, "cimade", "PRIVATE", Set.of()));
        for (Ev ev : events) { // the index follows the outbox within about a second
            String owner = ev.owner().equals("ame") ? AME_MEMBER : CIMADE_MEMBER;
            ProceedingsData.searchUntil(ev.marker(), owner, r -> ProceedingsData.hasHit(r, ev.id()), 15);
        }
        List<IsolationCase> cases = new ArrayList<>();
        for (Ev ev : events) {
            String what = ev.owner() + " " + ev.visibility() + " event";
            for (String user : USERS) {
                boolean sees = sees(user, ev);
                cases.add(as(user).read("GET /api/v1/events/{id} (" + what + ")", () -> Api.get("/api/v1/events/" + ev.id(), user))
                        .expect(sees ? "200, the event" : "404", r -> sees ? r.status() == 200 && r.body().contains(ev.marker())
                                : r.status() == 404 && !r.body().contains(ev.marker())));
                cases.add(as(user).list("GET /api/v1/events (" + what + ")", () -> Api.get("/api/v1/events?max=200", user))
                        .expect(sees ? "listed" : "not listed", r -> r.status() == 200 && sees == r.array()
                                .getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("id").equals(ev.id()))));
                cases.add(as(user).read("GET /api/v1/events/{id}/actes.pdf (" + what + ")",
                                () -> Api.get("/api/v1/events/" + ev.id() + "/actes.pdf", user))
                        .expect(sees ? "200, a PDF" : "404", r -> sees ? r.status() == 200 && r.body().startsWith("%PDF")
                                : r.status() == 404));
                cases.add(as(user).read("GET /api/v1/events/{id}/calendar.ics (" + what + ")",
                                () -> Api.get("/api/v1/events/" + ev.id() + "/calendar.ics", user))
                        .expect(sees ? "200, the calendar" : "404", r -> sees ? r.status() == 200 && r.body().contains(ev.marker())
                                : r.status() == 404 && !r.body().contains(ev.marker())));
                cases.add(as(user).read("GET /api/v1/events/{id}/participants (" + what + ")",
                                () -> Api.get("/api/v1/events/" + ev.id() + "/participants", user))
                        .expect(user == null ? "401 (signed-in people only)" : sees ? "200" : "404",
                                r -> r.status() == (user == null ? 401 : sees ? 200 : 404)));
                cases.add(as(user).read("GET /api/v1/commitments/{id} (" + what + ")",
                                () -> Api.get("/api/v1/commitments/" + ev.commitment(), user))
                        .expect(sees ? "200" : "404", r -> sees ? r.status() == 200 && r.body().contains(ev.marker())
                                : r.status() == 404 && !r.body().contains(ev.marker())));
                cases.add(as(user).list("GET /api/v1/commitments (" + what + ")", () -> Api.get("/api/v1/commitments?max=200", user))
                        .expect(sees ? "followed up" : "not followed up", r -> r.status() == 200 && sees == r.array()
                                .getValuesAs(JsonObject.class).stream().anyMatch(c -> c.getString("id").equals(ev.commitment()))));
                cases.add(as(user).find("GET /api/v1/search (" + what + ")", () -> Api.get("/api/v1/search?q=" + ev.marker(), user))
                        .expect(sees ? "found" : "not found", r -> r.status() == 200 && sees == ProceedingsData.hasHit(r, ev.id())));
                cases.add(as(user).read("page /rencontres/rencontre.xhtml (" + what + ")",
                                () -> PageSession.of(user).page("/rencontres/rencontre.xhtml?id=" + ev.id()))
                        .expect(sees ? "200, the event's page" : "404 without its title", r -> sees
                                ? r.status() == 200 && r.body().contains(ev.marker())
                                : r.status() == 404 && !r.body().contains(ev.marker())));
                cases.add(as(user).read("page /rencontres/export/{id}/actes.pdf (" + what + ")",
                                () -> PageSession.of(user).page("/rencontres/export/" + ev.id() + "/actes.pdf"))
                        .expect(sees ? "200, a PDF" : "404", r -> sees ? r.status() == 200 && r.body().startsWith("%PDF")
                                : r.status() == 404));
                cases.add(as(user).read("page /rencontres/export/{id}/rencontre.ics (" + what + ")",
                                () -> PageSession.of(user).page("/rencontres/export/" + ev.id() + "/rencontre.ics"))
                        .expect(sees ? "200, the calendar" : "404", r -> sees ? r.status() == 200 && r.body().contains(ev.marker())
                                : r.status() == 404 && !r.body().contains(ev.marker())));
                cases.add(as(user).list("page /rencontres/engagements.xhtml (" + what + ")",
                                () -> PageSession.of(user).page("/rencontres/engagements.xhtml"))
                        .expect(sees ? "followed up" : "not followed up", r -> r.status() == 200 && sees == r.body().contains(ev.marker())));
                boolean mayChange = TENANT.containsKey(user) && ev.owner().equals(TENANT.get(user)) && !user.equals(NETWORK_ADMIN);
                cases.add(as(user).change("page /rencontres/saisie/contenu.xhtml, its forms (" + what + ")",
                                () -> PageSession.of(user).page("/rencontres/saisie/contenu.xhtml?id=" + ev.id()))
                        .expect(mayChange ? "200, the session form" : user == null ? "302 to sign in" : sees ? "403" : "404",
                                r -> mayChange ? r.status() == 200 && r.body().contains("id=\"session\"")
                                        : r.status() == (user == null ? 302 : sees ? 403 : 404) && !r.body().contains(ev.marker())));
                cases.add(as(user).change("page /rencontres/engagement.xhtml, its edit form (" + what + ")",
                                () -> PageSession.of(user).page("/rencontres/engagement.xhtml?id=" + ev.commitment()))
                        .expect(mayChange ? "200, the edit form" : sees ? "200 without the edit form" : "404",
                                r -> mayChange ? r.status() == 200 && r.body().contains("edit:save-commitment")
                                        : sees ? r.status() == 200 && r.body().contains(ev.marker()) && !r.body().contains("edit:save-commitment")
                                        : r.status() == 404 && !r.body().contains(ev.marker())));
                if (!mayChange) {
                    int refused = user == null ? 401 : OBSERVER.equals(user) ? 403 : sees ? 403 : 404;
                    cases.add(as(user).change("POST /api/v1/events/{id}/sessions (" + what + ")",
                                    () -> Api.post("/api/v1/events/" + ev.id() + "/sessions", user, ProceedingsData.json(b -> b
                                            .add("subTheme", "Intrusion").add("day", "2026-02-10").add("start", "09:00").add("end", "10:00"))))
                            .expect(refused + ", no session", r -> r.status() == refused
                                    && ProceedingsData.count("event_session where event_id = '" + ev.id() + "'") == 0));
                    cases.add(as(user).change("PUT /api/v1/events/{id} (" + what + ")",
                                    () -> Api.put("/api/v1/events/" + ev.id(), user, ProceedingsData.event("Changé par " + user,
                                            "2026-02-10", "2026-02-11", ev.visibility())))
                            .expect(refused + ", unchanged", r -> r.status() == refused
                                    && ProceedingsData.count("event where title like 'Changé par%' and id = '" + ev.id() + "'") == 0));
                    cases.add(as(user).change("POST /api/v1/commitments/{id}/notes (" + what + ")",
                                    () -> Api.post("/api/v1/commitments/" + ev.commitment() + "/notes", user, ProceedingsData.json(b -> b
                                            .add("status", "ABANDONNE").add("text", "Intrusion"))))
                            .expect(refused + ", no note", r -> r.status() == refused
                                    && ProceedingsData.count("commitment_note where commitment_id = '" + ev.commitment() + "'") == 0));
                    cases.add(as(user).change("DELETE /api/v1/events/{id} (" + what + ")",
                                    () -> Api.delete("/api/v1/events/" + ev.id(), user))
                            .expect(refused + ", the event stays", r -> r.status() == refused
                                    && ProceedingsData.count("event where id = '" + ev.id() + "'") == 1));
                }
            }
        }
        Ev ameNetwork = events.get(2);
        cases.add(as(AME_ADMIN).change("POST /api/v1/events/{id}/sessions (ame NETWORK event)",
                        () -> Api.post("/api/v1/events/" + ameNetwork.id() + "/sessions", AME_ADMIN, ProceedingsData.json(b -> b
                                .add("subTheme", "Session de l'administratrice").add("day", "2026-02-10").add("start", "09:00").add("end", "10:00"))))
                .expect("201: a tenant admin fills in the association's events", r -> r.status() == 201));
        return cases;
    }

    private static boolean sees(String user, Ev ev) {
        String tenant = TENANT.get(user);
        return ev.visibility().equals("PUBLIC")
                || ev.visibility().equals("NETWORK") && user != null
                || tenant != null && tenant.equals(ev.owner())
                || ev.visibility().equals("PARTNERS") && tenant != null && ev.partners().contains(tenant);
    }

    private static Ev create(String user, String owner, String visibility, Set<String> partners) {
        String marker = ProceedingsData.word("renc");
        String body = ProceedingsData.json(b -> b.add("kind", "FORUM").add("title", "Forum isolation " + owner + " " + visibility + " " + marker)
                .add("startsOn", "2026-02-10").add("endsOn", "2026-02-11").add("visibility", visibility)
                .add("partnerTenants", jakarta.json.Json.createArrayBuilder(List.copyOf(partners))));
        Api.Response created = Api.post("/api/v1/events", user, body);
        if (created.status() != 201) {
            throw new IllegalStateException("cannot create the isolation event: " + created);
        }
        String id = created.json().getString("id");
        String commitment = ProceedingsData.commitment(user, id, ProceedingsData.OIM, "Engagement " + marker, "2026-03-01");
        return new Ev(id, owner, visibility, partners, marker, commitment);
    }
}
