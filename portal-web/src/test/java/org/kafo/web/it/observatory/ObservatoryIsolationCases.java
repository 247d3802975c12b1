package org.kafo.web.it.observatory;

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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kafo.web.it.alert.Alerts;
import org.kafo.web.it.isolation.IsolationCase;
import org.kafo.web.it.isolation.IsolationCases;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.PageSession;

/**
 * The observatory in the isolation matrix: La Cimade shares an alert from Fiji with APDHA only, and keeps a draft from
 * Tonga. Every role of several associations, the observer and visitors ask for the figures (API, page, CSV download, the
 * association's own CSV): Fiji counts only in La Cimade's and APDHA's figures, Tonga in nobody's; public figures of a
 * period nobody published are refused to all; publishing is the coordination's.
 */
public class ObservatoryIsolationCases implements IsolationCases {

    private static final Map<String, String> TENANT = new HashMap<>();

    static {
        TENANT.put(AME_MEMBER, "ame");
        TENANT.put(AME_ADMIN, "ame");
        TENANT.put(NETWORK_ADMIN, "ame");
        TENANT.put(CIMADE_MEMBER, "cimade");
        TENANT.put(CIMADE_ADMIN, "cimade");
        TENANT.put(APDHA_MEMBER, "apdha");
        TENANT.put(GAO_MEMBER, "mission-catholique-gao");
    }

    private static final List<String> USERS = Arrays.asList(AME_MEMBER, AME_ADMIN, NETWORK_ADMIN, CIMADE_MEMBER, CIMADE_ADMIN,
            APDHA_MEMBER, GAO_MEMBER, OBSERVER, ANONYMOUS);

    @Override
    public String feature() {
        return "observatoire des retours (chiffres, pages, fichiers, publication)";
    }

    @Override
    public List<IsolationCase> cases() {
        String year = Statistics.thisYear();
        String shared = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.forPartners("apdha").add("originCountry", "FJ").add("peopleCount", 7)
                .add("men", 7).add("women", 0).add("minors", 0).add("unaccompaniedMinors", 0)));
        Alerts.draft(CIMADE_MEMBER, Alerts.charter().add("originCountry", "TO").add("peopleCount", 9).add("men", 9).add("women", 0)
                .add("minors", 0).add("unaccompaniedMinors", 0));
        List<IsolationCase> cases = new ArrayList<>();
        for (String user : USERS) {
            String tenant = TENANT.get(user);
            boolean seesFiji = "cimade".equals(tenant) || "apdha".equals(tenant);
            boolean signedIn = user != null;
            String network = "/api/v1/statistics?scope=network&period=" + year;
            cases.add(as(user).list("GET " + network + " (Fidji : partenaires ; Tonga : brouillon)", () -> Api.get(network, user))
                    .expect(!signedIn ? "403" : seesFiji ? "200, Fidji compté, Tonga jamais" : "200, ni Fidji ni Tonga",
                            r -> !signedIn ? r.status() == 403 && !r.body().contains("\"FJ\"")
                                    : r.status() == 200 && origins(r).contains("FJ") == seesFiji && !origins(r).contains("TO")));
            String own = "/api/v1/statistics?scope=own&period=" + year;
            boolean hasOwn = tenant != null;
            cases.add(as(user).list("GET " + own + " (Fidji : de La Cimade)", () -> Api.get(own, user))
                    .expect(!hasOwn ? "403" : "cimade".equals(tenant) ? "200, Fidji compté" : "200, sans Fidji",
                            r -> !hasOwn ? r.status() == 403
                                    : r.status() == 200 && origins(r).contains("FJ") == "cimade".equals(tenant) && !origins(r).contains("TO")));
            String publicNow = "/api/v1/statistics?scope=public&period=" + year;
            cases.add(as(user).read("GET " + publicNow + " (période non publiée)", () -> Api.get(publicNow, user))
                    .expect("404, rien de l'année", r -> r.status() == 404 && !r.body().contains("FJ")));
            String page = "/observatoire/?scope=network&year=" + year;
            cases.add(as(user).read("page " + page, () -> PageSession.of(user).page(page))
                    .expect(!signedIn ? "200, sans chiffres du réseau" : seesFiji ? "200, ligne Fidji" : "200, sans Fidji ni Tonga",
                            r -> r.status() == 200 && r.body().contains("data-key=\"FJ\"") == seesFiji && !r.body().contains("data-key=\"TO\"")
                                    && (signedIn || !r.body().contains("table-by-origin"))));
            String csv = "/observatoire/export/by-origin.csv?scope=network&period=" + year;
            cases.add(as(user).read("téléchargement " + csv, () -> PageSession.of(user).page(csv))
                    .expect(!signedIn ? "403" : seesFiji ? "200, Fidji" : "200, sans Fidji",
                            r -> !signedIn ? r.status() == 403 : r.status() == 200 && r.body().contains("Fidji") == seesFiji
                                    && !r.body().contains("Tonga")));
            String ownCsv = "/observatoire/export/mes-alertes.csv?period=" + year;
            cases.add(as(user).read("téléchargement " + ownCsv, () -> PageSession.of(user).page(ownCsv))
                    .expect(!hasOwn ? "403" : "cimade".equals(tenant) ? "200, l'alerte partagée" : "200, sans l'alerte de La Cimade",
                            r -> !hasOwn ? r.status() == 403 : r.status() == 200 && r.body().contains(shared) == "cimade".equals(tenant)));
            cases.add(as(user).change("POST /api/v1/statistics/publications (2022)",
                            () -> Api.post("/api/v1/statistics/publications", user, "{\"period\":\"2022-T1\"}"))
                    .expect(user == NETWORK_ADMIN ? "201 puis retiré" : !signedIn ? "401" : "403", r -> {
                        if (user == NETWORK_ADMIN) {
                            return r.status() == 201 && Api.delete("/api/v1/statistics/publications/2022-T1", NETWORK_ADMIN).status() == 204;
                        }
                        return r.status() == (signedIn ? 403 : 401);
                    }));
            cases.add(as(user).read("page /admin/observatoire.xhtml", () -> PageSession.of(user).page("/admin/observatoire.xhtml"))
                    .expect(user == NETWORK_ADMIN ? "200" : !signedIn ? "sign-in" : "403",
                            r -> user == NETWORK_ADMIN ? r.status() == 200 && r.body().contains("publish") : !signedIn ? r.status() == 302 || r.status() == 303
                                    : r.status() == 403));
        }
        return cases;
    }

    /** The origin countries of the by-origin figure of an API answer. */
    private static List<String> origins(Api.Response r) {
        return new ArrayList<>(Statistics.column(r.json(), "by-origin", "expected").keySet());
    }
}
