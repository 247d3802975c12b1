package org.kafo.web.it.isolation;

import static org.kafo.web.it.isolation.IsolationCase.as;
import static org.kafo.web.it.support.Demo.AME_ADMIN;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.ANONYMOUS;
import static org.kafo.web.it.support.Demo.CIMADE_ADMIN;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;
import static org.kafo.web.it.support.Demo.NETWORK_ADMIN;
import static org.kafo.web.it.support.Demo.OBSERVER;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoStack;
import org.kafo.web.it.support.KeycloakState;
import org.kafo.web.it.support.PageSession;

/**
 * Onboarding (issue 3): no tenant admin lists, invites, changes or disables another association's
 * members; members and observers manage nobody; anonymous visitors are asked to sign in. Through the API
 * and the pages; each refused change is checked to have changed nothing in Keycloak.
 */
public class OnboardingIsolationCases implements IsolationCases {

    private static final Set<String> AME = Set.of("f.keita@ame.example", "m.coulibaly@ame.example", "a.diallo@ame.example");
    private static final Set<String> CIMADE = Set.of("c.martin@cimade.example", "j.bernard@cimade.example");

    @Override
    public String feature() {
        return "adhésion (associations partenaires et membres)";
    }

    @Override
    public List<IsolationCase> cases() {
        List<IsolationCase> cases = new ArrayList<>();
        String ameMember = KeycloakState.userByEmail("a.diallo@ame.example").orElseThrow().getString("id");
        String cimadeMember = KeycloakState.userByEmail("j.bernard@cimade.example").orElseThrow().getString("id");

        // list
        cases.add(as(AME_ADMIN).list("GET /api/v1/partners/ame/members", () -> Api.get("/api/v1/partners/ame/members", AME_ADMIN))
                .expect("200, the AME's members only", r -> r.status() == 200 && emails(r).containsAll(AME) && none(emails(r), CIMADE)));
        cases.add(as(CIMADE_ADMIN).list("GET /api/v1/partners/cimade/members", () -> Api.get("/api/v1/partners/cimade/members", CIMADE_ADMIN))
                .expect("200, La Cimade's members only", r -> r.status() == 200 && emails(r).containsAll(CIMADE) && none(emails(r), AME)));
        cases.add(as(AME_ADMIN).list("GET /api/v1/partners/cimade/members", () -> Api.get("/api/v1/partners/cimade/members", AME_ADMIN))
                .expectStatus(403));
        cases.add(as(CIMADE_ADMIN).list("GET /api/v1/partners/ame/members", () -> Api.get("/api/v1/partners/ame/members", CIMADE_ADMIN))
                .expectStatus(403));
        cases.add(as(NETWORK_ADMIN).list("GET /api/v1/partners/cimade/members", () -> Api.get("/api/v1/partners/cimade/members", NETWORK_ADMIN))
                .expect("200, La Cimade's members", r -> r.status() == 200 && emails(r).containsAll(CIMADE)));
        for (String user : new String[] {AME_MEMBER, CIMADE_MEMBER, OBSERVER}) {
            cases.add(as(user).list("GET /api/v1/partners/ame/members", () -> Api.get("/api/v1/partners/ame/members", user)).expectStatus(403));
        }
        cases.add(as(ANONYMOUS).list("GET /api/v1/partners/ame/members", () -> Api.get("/api/v1/partners/ame/members", null)).expectStatus(401));
        cases.add(as(AME_ADMIN).list("GET /api/v1/partners", () -> Api.get("/api/v1/partners", AME_ADMIN)).expectStatus(403));
        cases.add(as(ANONYMOUS).list("GET /api/v1/partners", () -> Api.get("/api/v1/partners", null)).expectStatus(401));

        // invite
        for (String user : new String[] {AME_ADMIN, AME_MEMBER, OBSERVER, ANONYMOUS}) {
            String email = "intrus." + (user == null ? "anonyme" : user) + "@cimade.example";
            cases.add(as(user).change("POST /api/v1/partners/cimade/members", () -> Api.post("/api/v1/partners/cimade/members", user,
                            "{\"email\":\"" + email + "\",\"firstName\":\"In\",\"lastName\":\"Trus\",\"role\":\"member\"}"))
                    .expect((user == null ? "401" : "403") + ", no account created",
                            r -> r.status() == (user == null ? 401 : 403) && KeycloakState.userByEmail(email).isEmpty()));
        }
        cases.add(as(CIMADE_MEMBER).change("POST /api/v1/partners/cimade/members", () -> Api.post("/api/v1/partners/cimade/members",
                        CIMADE_MEMBER, "{\"email\":\"collegue@cimade.example\",\"firstName\":\"A\",\"lastName\":\"B\",\"role\":\"member\"}"))
                .expect("403, no account created", r -> r.status() == 403 && KeycloakState.userByEmail("collegue@cimade.example").isEmpty()));
        cases.add(as(AME_ADMIN).change("POST /api/v1/partners (onboard)", () -> Api.post("/api/v1/partners", AME_ADMIN, "{}")).expectStatus(403));

        // change and disable
        cases.add(as(AME_ADMIN).change("PUT /api/v1/partners/cimade/members/{cimade member}/role", () -> Api.put(
                        "/api/v1/partners/cimade/members/" + cimadeMember + "/role", AME_ADMIN, "{\"role\":\"tenant-admin\"}"))
                .expect("403, role unchanged", r -> r.status() == 403 && !KeycloakState.realmRoles(cimadeMember).contains("tenant-admin")));
        cases.add(as(AME_ADMIN).change("PUT /api/v1/partners/ame/members/{cimade member}/role", () -> Api.put(
                        "/api/v1/partners/ame/members/" + cimadeMember + "/role", AME_ADMIN, "{\"role\":\"tenant-admin\"}"))
                .expect("404, role unchanged", r -> r.status() == 404 && !KeycloakState.realmRoles(cimadeMember).contains("tenant-admin")));
        cases.add(as(AME_ADMIN).change("POST /api/v1/partners/cimade/members/{cimade member}/disable", () -> Api.post(
                        "/api/v1/partners/cimade/members/" + cimadeMember + "/disable", AME_ADMIN, null))
                .expect("403, still enabled", r -> r.status() == 403 && enabled("j.bernard@cimade.example")));
        cases.add(as(AME_ADMIN).change("POST /api/v1/partners/ame/members/{cimade member}/disable", () -> Api.post(
                        "/api/v1/partners/ame/members/" + cimadeMember + "/disable", AME_ADMIN, null))
                .expect("404, still enabled", r -> r.status() == 404 && enabled("j.bernard@cimade.example")));
        cases.add(as(CIMADE_ADMIN).change("POST /api/v1/partners/ame/members/{ame member}/disable", () -> Api.post(
                        "/api/v1/partners/ame/members/" + ameMember + "/disable", CIMADE_ADMIN, null))
                .expect("403, still enabled", r -> r.status() == 403 && enabled("a.diallo@ame.example")));
        cases.add(as(CIMADE_MEMBER).change("PUT /api/v1/partners/cimade/members/{cimade member}/role", () -> Api.put(
                        "/api/v1/partners/cimade/members/" + cimadeMember + "/role", CIMADE_MEMBER, "{\"role\":\"tenant-admin\"}"))
                .expect("403, role unchanged", r -> r.status() == 403 && !KeycloakState.realmRoles(cimadeMember).contains("tenant-admin")));
        cases.add(as(ANONYMOUS).change("POST /api/v1/partners/ame/members/{ame member}/disable", () -> Api.post(
                "/api/v1/partners/ame/members/" + ameMember + "/disable", null, null)).expectStatus(401));

        // an invitation the AME sent to the observer's existing account: an offer only its owner sees and accepts
        Api.Response offered = Api.post("/api/v1/partners/ame/members", AME_ADMIN,
                "{\"email\":\"m.sidibe@seminaire.example\",\"firstName\":\"Mariam\",\"lastName\":\"Sidibé\",\"role\":\"member\"}");
        if (offered.status() != 202) {
            throw new IllegalStateException("the AME could not invite the observer's account: " + offered);
        }
        String offer = Api.get("/api/v1/me/invitations", OBSERVER).array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("association").equals("ame")).findFirst().orElseThrow().getString("id");
        String observer = KeycloakState.userByEmail("m.sidibe@seminaire.example").orElseThrow().getString("id");
        cases.add(as(OBSERVER).list("GET /api/v1/me/invitations", () -> Api.get("/api/v1/me/invitations", OBSERVER))
                .expect("200, the AME's offer", r -> r.status() == 200 && r.body().contains(offer)));
        for (String user : new String[] {AME_ADMIN, AME_MEMBER, CIMADE_ADMIN, NETWORK_ADMIN}) {
            cases.add(as(user).list("GET /api/v1/me/invitations", () -> Api.get("/api/v1/me/invitations", user))
                    .expect("200, not the observer's offer", r -> r.status() == 200 && !r.body().contains(offer)));
            cases.add(as(user).change("POST /api/v1/me/invitations/{the observer's}/accept",
                            () -> Api.post("/api/v1/me/invitations/" + offer + "/accept", user, null))
                    .expect("404, the observer in no association", r -> r.status() == 404 && KeycloakState.organizationsOf(observer).isEmpty()));
        }
        cases.add(as(ANONYMOUS).change("POST /api/v1/me/invitations/{the observer's}/accept",
                () -> Api.post("/api/v1/me/invitations/" + offer + "/accept", null, null)).expectStatus(401));
        cases.add(as(OBSERVER).read("page /compte/invitations.xhtml", () -> PageSession.of(OBSERVER).page("/compte/invitations.xhtml"))
                .expect("200, the AME's offer", r -> r.status() == 200 && r.body().contains("Association Malienne des Expulsés")));
        cases.add(as(CIMADE_MEMBER).read("page /compte/invitations.xhtml", () -> PageSession.of(CIMADE_MEMBER).page("/compte/invitations.xhtml"))
                .expect("200, no offer", r -> r.status() == 200 && r.body().contains("no-invitation")));

        // pages
        cases.add(as(AME_ADMIN).list("page /mon-association/membres.xhtml", () -> PageSession.of(AME_ADMIN).page("/mon-association/membres.xhtml"))
                .expect("200, the AME's members only", r -> r.status() == 200 && containsAll(r.body(), AME) && containsNone(r.body(), CIMADE)));
        cases.add(as(AME_ADMIN).list("page /mon-association/membres.xhtml?association=cimade",
                        () -> PageSession.of(AME_ADMIN).page("/mon-association/membres.xhtml?association=cimade"))
                .expect("200, still the AME's members (the parameter is the coordination's)",
                        r -> r.status() == 200 && containsAll(r.body(), AME) && containsNone(r.body(), CIMADE)));
        cases.add(as(CIMADE_ADMIN).list("page /mon-association/membres.xhtml", () -> PageSession.of(CIMADE_ADMIN).page("/mon-association/membres.xhtml"))
                .expect("200, La Cimade's members only", r -> r.status() == 200 && containsAll(r.body(), CIMADE) && containsNone(r.body(), AME)));
        for (String user : new String[] {AME_MEMBER, CIMADE_MEMBER}) {
            cases.add(as(user).list("page /mon-association/membres.xhtml", () -> PageSession.of(user).page("/mon-association/membres.xhtml"))
                    .expect("403, no member listed", r -> r.status() == 403 && containsNone(r.body(), AME) && containsNone(r.body(), CIMADE)));
        }
        cases.add(as(ANONYMOUS).list("page /mon-association/membres.xhtml", () -> PageSession.of(null).page("/mon-association/membres.xhtml"))
                .expect("302 to the Keycloak sign-in page", r -> r.status() == 302
                        && r.headers().firstValue("Location").orElse("").startsWith(KafoStack.get().issuer())));
        cases.add(as(AME_ADMIN).list("page /admin/partenaires.xhtml", () -> PageSession.of(AME_ADMIN).page("/admin/partenaires.xhtml"))
                .expectStatus(403));
        cases.add(as(NETWORK_ADMIN).list("page /admin/partenaires.xhtml", () -> PageSession.of(NETWORK_ADMIN).page("/admin/partenaires.xhtml"))
                .expect("200, the whole network's associations, a page at a time (the first by name first)",
                        r -> r.status() == 200 && r.body().contains("partner-apdha") && r.body().contains("ui-paginator-current")));
        return cases;
    }

    private static Set<String> emails(Api.Response r) {
        return r.array().getValuesAs(JsonObject.class).stream().map(m -> m.getString("email")).collect(Collectors.toSet());
    }

    private static boolean none(Set<String> listed, Set<String> others) {
        return others.stream().noneMatch(listed::contains);
    }

    private static boolean containsAll(String body, Set<String> emails) {
        return emails.stream().allMatch(body::contains);
    }

    private static boolean containsNone(String body, Set<String> emails) {
        return emails.stream().noneMatch(body::contains);
    }

    private static boolean enabled(String email) {
        return KeycloakState.userByEmail(email).orElseThrow().getBoolean("enabled");
    }
}
