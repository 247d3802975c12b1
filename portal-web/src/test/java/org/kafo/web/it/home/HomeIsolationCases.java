package org.kafo.web.it.home;

import static org.kafo.web.it.isolation.IsolationCase.as;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.ANONYMOUS;
import static org.kafo.web.it.support.Demo.APDHA_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_ADMIN;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;
import static org.kafo.web.it.support.Demo.NETWORK_ADMIN;
import static org.kafo.web.it.support.Demo.OBSERVER;

import jakarta.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.kafo.domain.files.SampleFiles;
import org.kafo.web.it.alert.Alerts;
import org.kafo.web.it.isolation.IsolationCase;
import org.kafo.web.it.isolation.IsolationCases;
import org.kafo.web.it.library.Uploads;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.PageSession;

/**
 * The home page in the isolation matrix: another association's alerts for its partners, the offers made to another
 * association, another association's overdue commitments and private documents never appear on my home page, nor
 * anything but public alerts on a visitor's; beside each attack, the person the record is for finds it there, in the
 * block that says what to do about it.
 */
public class HomeIsolationCases implements IsolationCases {

    /** Arrival points no other test uses, so that the home page's short blocks hold this feature's alerts. */
    private static final String FOLLOWED = "gao-aeroport";
    private static final String OTHER = "gare-bamako";
    /** Due long before any other test's commitments, so that they come first in the overdue block. */
    private static final String LONG_AGO = "2024-01-15";

    @Override
    public String feature() {
        return "page d'accueil (ce qui attend chacun)";
    }

    @Override
    public List<IsolationCase> cases() {
        String w = "ho" + Long.toString(System.nanoTime(), 36);
        // CIMADE's alerts arriving in minutes: one for the APDHA only, one for the whole network, one the AME offers to take
        String forApdha = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.forPartners("apdha")
                .add("expectedArrival", soon(5)).add("arrivalPoint", FOLLOWED)));
        String forNetwork = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.arrivingIn(Duration.ofMinutes(6), FOLLOWED)));
        String offered = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.arrivingIn(Duration.ofMinutes(7), OTHER)));
        require(Api.post("/api/v1/alerts/" + offered + "/claim", AME_MEMBER, null), 200, "the AME's offer");
        // the AME's member follows the point where both of CIMADE's first alerts arrive
        Api.Response follow = Api.post("/api/v1/alert-subscriptions", AME_MEMBER,
                Json.createObjectBuilder().add("arrivalPoint", FOLLOWED).build().toString());
        if (follow.status() != 201 && follow.status() != 409) {
            throw new IllegalStateException("cannot follow " + FOLLOWED + ": " + follow);
        }
        // the AME's overdue commitments: one at CIMADE's private workshop, one at a meeting of the whole network
        String hidden = commitment(CIMADE_ADMIN, "PRIVATE", "Engagement caché " + w);
        String shared = commitment(NETWORK_ADMIN, "NETWORK", "Engagement partagé " + w);

        List<IsolationCase> cases = new ArrayList<>();
        // --- imminent arrivals with nobody to receive them --------------------------------------------------------
        for (String user : List.of(AME_MEMBER, OBSERVER, NETWORK_ADMIN)) {
            cases.add(as(user).list("page / : arrivées imminentes (alerte de la Cimade pour l'APDHA seulement)", () -> home(user))
                    .expect("200, never the alert", r -> r.status() == 200 && !r.body().contains(forApdha)));
        }
        cases.add(as(APDHA_MEMBER).list("page / : arrivées imminentes (alerte de la Cimade pour l'APDHA)", () -> home(APDHA_MEMBER))
                .expect("the alert, with the offer to take it in charge", r -> r.status() == 200
                        && block(r, "home-imminent").contains(forApdha) && block(r, "home-imminent").contains("Proposer la prise en charge")));
        cases.add(as(AME_MEMBER).list("page / : arrivées imminentes (alerte de la Cimade pour le réseau)", () -> home(AME_MEMBER))
                .expect("the alert", r -> r.status() == 200 && block(r, "home-imminent").contains(forNetwork)));
        // --- offers waiting: only for the association that posted the alert ----------------------------------------
        for (String user : List.of(AME_MEMBER, APDHA_MEMBER, NETWORK_ADMIN)) {
            cases.add(as(user).list("page / : offres à examiner (offre de l'AME sur une alerte de la Cimade)", () -> home(user))
                    .expect("no offer to decide on", r -> r.status() == 200 && !block(r, "home-offers").contains(offered)));
        }
        for (String user : List.of(CIMADE_MEMBER, CIMADE_ADMIN)) {
            cases.add(as(user).list("page / : offres à examiner (offre de l'AME sur son alerte)", () -> home(user))
                    .expect("the alert, with its action", r -> r.status() == 200 && block(r, "home-offers").contains(offered)
                            && block(r, "home-offers").contains("Accepter ou décliner")));
        }
        // --- alerts of the followed points: what the follower may see, nothing more ---------------------------------
        cases.add(as(AME_MEMBER).list("page / : points suivis (" + FOLLOWED + ")", () -> home(AME_MEMBER))
                .expect("the network's alert there, never the one for the APDHA", r -> r.status() == 200
                        && block(r, "home-followed").contains(forNetwork) && !block(r, "home-followed").contains(forApdha)));
        cases.add(as(CIMADE_MEMBER).list("page / : points suivis (il n'en suit aucun)", () -> home(CIMADE_MEMBER))
                .expect("none of the alerts another person follows", r -> r.status() == 200 && !block(r, "home-followed").contains(forNetwork)));
        // --- overdue commitments: my association's, of the meetings I may see ----------------------------------------
        cases.add(as(AME_MEMBER).list("page / : engagements en retard (de l'AME, à un atelier privé de la Cimade)", () -> home(AME_MEMBER))
                .expect("never the hidden one; the shared one", r -> r.status() == 200 && !r.body().contains(hidden)
                        && block(r, "home-overdue").contains(shared)));
        for (String user : List.of(CIMADE_MEMBER, APDHA_MEMBER)) {
            cases.add(as(user).list("page / : engagements en retard (ceux de l'AME)", () -> home(user))
                    .expect("not another association's", r -> r.status() == 200 && !r.body().contains(shared) && !r.body().contains(hidden)));
        }
        cases.add(as(OBSERVER).list("page / : engagements en retard (observateur, d'aucune association)", () -> home(OBSERVER))
                .expect("no such block", r -> r.status() == 200 && !r.body().contains("id=\"home-overdue\"")));
        // --- new documents: deposited just before the page is read, so that they are the newest -------------------
        String hiddenNote = "Note privée " + w + " a";
        cases.add(as(AME_MEMBER).list("page / : nouveaux documents (document privé de la Cimade)", () -> {
            deposit(CIMADE_MEMBER, hiddenNote, "PRIVATE");
            return home(AME_MEMBER);
        }).expect("never the document", r -> r.status() == 200 && !r.body().contains(hiddenNote)));
        String ownNote = "Note privée " + w + " b";
        cases.add(as(CIMADE_MEMBER).list("page / : nouveaux documents (son document privé)", () -> {
            deposit(CIMADE_MEMBER, ownNote, "PRIVATE");
            return home(CIMADE_MEMBER);
        }).expect("the document", r -> r.status() == 200 && block(r, "home-documents").contains(ownNote)));
        // --- a visitor: public alerts and the network's purpose, nothing of the network's ---------------------------
        cases.add(as(ANONYMOUS).list("page / (visiteur)", () -> home(ANONYMOUS))
                .expect("the purpose; neither the network's alert nor the partners' one", r -> r.status() == 200
                        && r.body().contains("id=\"purpose\"") && !r.body().contains(forNetwork) && !r.body().contains(forApdha)
                        && !r.body().contains(offered) && !r.body().contains("id=\"home-offers\"")));
        return cases;
    }

    private static Api.Response home(String user) {
        return PageSession.of(user).page("/");
    }

    /** The HTML of one block of the home page (empty when the page has no such block). */
    static String block(Api.Response page, String id) {
        String body = page.body();
        int start = body.indexOf("id=\"" + id + "\"");
        if (start < 0) {
            return "";
        }
        int end = body.indexOf("</section>", start);
        return body.substring(start, end < 0 ? body.length() : end);
    }

    private static String soon(int minutes) {
        return java.time.Instant.now().plus(Duration.ofMinutes(minutes)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static String commitment(String organiser, String visibility, String what) {
        Api.Response event = Api.post("/api/v1/events", organiser, Json.createObjectBuilder().add("kind", "ATELIER")
                .add("title", "Atelier " + what).add("theme", "Suivi de l'accueil").add("startsOn", "2024-01-10")
                .add("endsOn", "2024-01-11").add("venue", "Maison des associations").add("city", "Kayes")
                .add("visibility", visibility).build().toString());
        require(event, 201, "the event");
        Api.Response commitment = Api.post("/api/v1/events/" + event.json().getString("id") + "/commitments", organiser,
                Json.createObjectBuilder().add("ownerId", AME_ACTOR).add("what", what).add("dueOn", LONG_AGO).build().toString());
        require(commitment, 201, "the commitment");
        return commitment.json().getString("id");
    }

    /** The AME's entry in the demo directory (its HSDS id is kept by the import). */
    private static final String AME_ACTOR = "e11ccbfb-c9b3-5576-9ffc-4a34af149918";

    private static void deposit(String user, String title, String visibility) {
        require(Uploads.Form.document(title).visibility(visibility)
                .file("note.txt", SampleFiles.txt(title, "Une note de travail."), "text/plain").postAs(user), 201, "the document");
    }

    private static void require(Api.Response response, int status, String what) {
        if (response.status() != status) {
            throw new IllegalStateException("cannot make " + what + ": " + response);
        }
    }
}
