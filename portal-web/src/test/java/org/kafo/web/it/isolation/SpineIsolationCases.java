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
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.Demo;
import org.kafo.web.it.support.KafoStack;
import org.kafo.web.it.support.PageSession;

/** The spine's cases: identity, the audit log, the signed-in pages. */
public class SpineIsolationCases implements IsolationCases {

    @Override
    public String feature() {
        return "socle (identité, journal d'audit, pages)";
    }

    @Override
    public List<IsolationCase> cases() {
        auditEntriesOfTwoAssociations();
        List<IsolationCase> cases = new ArrayList<>();
        Map<String, String> tenantOf = Map.of(Demo.NETWORK_ADMIN, "ame", AME_ADMIN, "ame", AME_MEMBER, "ame",
                CIMADE_ADMIN, "cimade", CIMADE_MEMBER, "cimade", Demo.APDHA_MEMBER, "apdha", Demo.GAO_MEMBER, "mission-catholique-gao");
        tenantOf.forEach((user, tenant) -> cases.add(as(user).read("GET /api/v1/me", () -> Api.get("/api/v1/me", user))
                .expect("200, tenant " + tenant + " from the token", r -> r.status() == 200 && tenant.equals(r.json().getString("tenant")))));
        cases.add(as(OBSERVER).read("GET /api/v1/me", () -> Api.get("/api/v1/me", OBSERVER))
                .expect("200, no tenant", r -> r.status() == 200 && r.json().isNull("tenant")));
        cases.add(as(ANONYMOUS).read("GET /api/v1/me", () -> Api.get("/api/v1/me", null)).expectStatus(401));

        cases.add(as(NETWORK_ADMIN).list("GET /api/v1/audit", () -> Api.get("/api/v1/audit?max=200", NETWORK_ADMIN))
                .expect("200, entries of both associations", r -> r.status() == 200
                        && concerns(r, "ame") && concerns(r, "cimade")));
        cases.add(as(AME_ADMIN).list("GET /api/v1/audit", () -> Api.get("/api/v1/audit?max=200", AME_ADMIN))
                .expect("200, only entries concerning ame", r -> r.status() == 200 && concerns(r, "ame") && onlyConcern(r, "ame")));
        cases.add(as(CIMADE_ADMIN).list("GET /api/v1/audit", () -> Api.get("/api/v1/audit?max=200", CIMADE_ADMIN))
                .expect("200, only entries concerning cimade", r -> r.status() == 200 && concerns(r, "cimade") && onlyConcern(r, "cimade")));
        for (String user : new String[] {AME_MEMBER, CIMADE_MEMBER, OBSERVER}) {
            cases.add(as(user).list("GET /api/v1/audit", () -> Api.get("/api/v1/audit", user)).expectStatus(403));
        }
        cases.add(as(ANONYMOUS).list("GET /api/v1/audit", () -> Api.get("/api/v1/audit", null)).expectStatus(401));

        cases.add(as(ANONYMOUS).read("page /compte/profil.xhtml", () -> PageSession.of(null).page("/compte/profil.xhtml"))
                .expect("302 to the Keycloak sign-in page", r -> r.status() == 302
                        && r.headers().firstValue("Location").orElse("").startsWith(KafoStack.get().issuer())));
        for (String user : new String[] {AME_MEMBER, CIMADE_MEMBER}) {
            cases.add(as(user).read("page /compte/profil.xhtml", () -> PageSession.of(user).page("/compte/profil.xhtml"))
                    .expect("200, their own account only", r -> r.status() == 200
                            && r.body().contains(">" + user + "<")
                            && !r.body().contains(user.equals(AME_MEMBER) ? CIMADE_MEMBER : AME_MEMBER)));
        }
        return cases;
    }

    private static boolean concerns(Api.Response r, String tenant) {
        return r.array().getValuesAs(JsonObject.class).stream().anyMatch(e -> tenant.equals(e.getString("targetTenant", null)));
    }

    private static boolean onlyConcern(Api.Response r, String tenant) {
        return r.array().getValuesAs(JsonObject.class).stream()
                .allMatch(e -> tenant.equals(e.getString("targetTenant", null)) || tenant.equals(e.getString("actorTenant", null)));
    }

    /** Entries as two associations' writes would leave them (the spine itself writes none through the API). */
    private static void auditEntriesOfTwoAssociations() {
        try (Connection c = KafoStack.get().database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into audit_entry (actor_id, actor_name, actor_tenant, action, target_type, target_id, target_tenant) values "
                    + "('u1', 'accueil.ame', 'ame', 'test.write', 'test', 'a1', 'ame'), "
                    + "('u2', 'membre.cimade', 'cimade', 'test.write', 'test', 'c1', 'cimade')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
