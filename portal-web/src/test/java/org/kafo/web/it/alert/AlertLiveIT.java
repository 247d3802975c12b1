package org.kafo.web.it.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.APDHA_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;
import static org.kafo.web.it.support.Demo.GAO_MEMBER;
import static org.kafo.web.it.support.Demo.OBSERVER;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;

/** A published alert reaches, after commit, those who may see it: the event stream, e-mail, and the escalation. */
@KafoIT
class AlertLiveIT {

    @Test
    void theEventStreamDeliversAnAlertToTheSubscribersWhoMaySeeItOnly() throws Exception {
        try (SseClient ame = new SseClient(AME_MEMBER).awaitOpen(); SseClient apdha = new SseClient(APDHA_MEMBER).awaitOpen();
             SseClient anonymous = new SseClient(null).awaitOpen()) {
            String partners = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.forPartners("ame")));
            assertThat(ame.awaitData(partners, Duration.ofSeconds(10))).as("the partner receives it").isTrue();
            String open = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter().add("audience", "PUBLIC")));
            assertThat(anonymous.awaitData(open, Duration.ofSeconds(10))).as("a public alert reaches everyone").isTrue();
            assertThat(apdha.awaitData(open, Duration.ofSeconds(10))).isTrue();
            assertThat(apdha.received(partners)).as("another association does not").isFalse();
            assertThat(anonymous.received(partners)).isFalse();
        }
    }

    @Test
    void theStreamBeatsWhileIdleAndForgetsTheSubscribersWhoWentAway() throws Exception {
        int before;
        try (SseClient ame = new SseClient(AME_MEMBER).awaitOpen(); SseClient apdha = new SseClient(APDHA_MEMBER).awaitOpen();
             SseClient anonymous = new SseClient(null).awaitOpen()) {
            before = subscribers();
            assertThat(before).as("the instance's gauge counts them").isGreaterThanOrEqualTo(3);
            // the heartbeat (every 2 s in the tests) keeps an idle connection talking
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (ame.comments() < 3 && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertThat(ame.comments()).as("the opening comment, then heartbeats").isGreaterThanOrEqualTo(3);
        }
        // Gone without a word to the server: found when a heartbeat fails to reach them, and no longer written to.
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (subscribers() > before - 3 && System.nanoTime() < end) {
            Thread.sleep(200);
        }
        assertThat(subscribers()).isLessThanOrEqualTo(before - 3);
    }

    /** The instance's gauge of open stream subscribers, from {@code /metrics}. */
    private static int subscribers() {
        String metrics = Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(KafoStack.get().portalUrl() + "/metrics"))
                .header("Accept", "text/plain").GET().build()).body();
        java.util.regex.Matcher gauge = java.util.regex.Pattern.compile("(?m)^[^#\\s]*kafo_alert_stream_subscribers\\S*\\s+([0-9.Ee+-]+)")
                .matcher(metrics);
        assertThat(gauge.find()).as("kafo_alert_stream_subscribers in /metrics").isTrue();
        return (int) Double.parseDouble(gauge.group(1));
    }

    @Test
    void aRolledBackChangeIsNeverStreamed() throws Exception {
        try (SseClient ame = new SseClient(AME_MEMBER).awaitOpen()) {
            Api.Response refused = Api.post("/api/v1/alerts", CIMADE_MEMBER,
                    Alerts.charter().add("peopleCount", 2).add("men", 5).add("flightNumber", "ZZ 9999").add("publish", true).build().toString());
            assertThat(refused.status()).isEqualTo(400);
            String later = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter()));
            assertThat(ame.awaitData(later, Duration.ofSeconds(10))).isTrue();
            assertThat(ame.received("ZZ 9999")).isFalse();
        }
    }

    @Test
    void subscribersOfAnArrivalPointOrItsRegionAreMailedTheAlertsTheyMaySeeWithoutPersonalData() throws Exception {
        assertThat(Api.post("/api/v1/alert-subscriptions", GAO_MEMBER, "{\"region\":\"gao\"}").status()).isEqualTo(201);
        assertThat(Api.post("/api/v1/alert-subscriptions", OBSERVER, "{\"arrivalPoint\":\"gao\"}").status()).isEqualTo(201);
        Api.Response twice = Api.post("/api/v1/alert-subscriptions", OBSERVER, "{\"arrivalPoint\":\"gao\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(Api.post("/api/v1/alert-subscriptions", OBSERVER, "{\"arrivalPoint\":\"gao\",\"region\":\"gao\"}").status()).isEqualTo(400);
        assertThat(Api.post("/api/v1/alert-subscriptions", OBSERVER, "{\"region\":\"atlantide\"}").json().getString("detail"))
                .contains("Région inconnue");
        assertThat(Api.get("/api/v1/alert-subscriptions", OBSERVER).array()).hasSize(1);

        String network = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter().add("arrivalPoint", "gao")));
        String partners = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.forPartners("ame").add("arrivalPoint", "gao")));
        Api.post("/api/v1/alerts/" + partners + "/people", CIMADE_MEMBER, "{\"fullName\":\"Aminata Traoré\"}");

        assertThat(awaitMail("a.maiga@mission-catholique-gao.example", network)).isNotNull();
        MimeMessage toObserver = awaitMail("m.sidibe@seminaire.example", network);
        assertThat(toObserver.getSubject()).startsWith("[Kafo] Nouvelle alerte");
        assertThat(toObserver.getFrom()[0].toString()).contains("kafo@kafo.test");
        Thread.sleep(1500);
        assertThat(mailsTo("m.sidibe@seminaire.example", partners)).as("no mail about an alert they may not see").isEmpty();
        assertThat(mailsTo("a.maiga@mission-catholique-gao.example", partners)).isEmpty();
        assertThat(allMail()).noneMatch(m -> body(m).contains("Aminata"));

        String subscription = Api.get("/api/v1/alert-subscriptions", OBSERVER).array().getJsonObject(0).getString("id");
        assertThat(Api.delete("/api/v1/alert-subscriptions/" + subscription, GAO_MEMBER).status()).isEqualTo(404);
        assertThat(Api.delete("/api/v1/alert-subscriptions/" + subscription, OBSERVER).status()).isEqualTo(204);
        assertThat(Api.get("/api/v1/alert-subscriptions", OBSERVER).array()).isEmpty();
    }

    @Test
    void anAlertNobodyTookInChargeCloseToItsArrivalIsHighlightedAndMailedToTheCoordinationOnce() throws Exception {
        String soon = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.arrivingIn(Duration.ofHours(3), "kidal")));
        String later = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.arrivingIn(Duration.ofHours(40), "kidal")));
        MimeMessage mail = awaitMail("f.keita@ame.example", soon);
        assertThat(mail.getSubject()).startsWith("[Kafo] Accueil non pris en charge");
        assertThat(Alerts.detail(soon, AME_MEMBER).getJsonObject("summary").getBoolean("escalated")).isTrue();
        assertThat(Alerts.detail(later, AME_MEMBER).getJsonObject("summary").getBoolean("escalated")).isFalse();
        Thread.sleep(5000);
        assertThat(mailsTo("f.keita@ame.example", soon)).hasSize(1);
        assertThat(mailsTo("f.keita@ame.example", later)).isEmpty();

        Api.post("/api/v1/alerts/" + soon + "/claim", AME_MEMBER, null);
        assertThat(Alerts.detail(soon, AME_MEMBER).getJsonObject("summary").getBoolean("escalated"))
                .as("an offer waiting for the owner receives nobody yet").isTrue();
        Api.post("/api/v1/alerts/" + soon + "/claims/ame/accept", CIMADE_MEMBER, "{}");
        assertThat(Alerts.detail(soon, AME_MEMBER).getJsonObject("summary").getBoolean("escalated")).isFalse();
    }

    @Test
    void theOwnerIsToldOfAnOfferLiveAndByMailAndTheAssociationOfTheAnswer() throws Exception {
        String id;
        try (SseClient cimade = new SseClient(CIMADE_MEMBER).awaitOpen()) {
            id = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter().add("arrivalPoint", "sogoniko")));
            assertThat(cimade.awaitData(id, Duration.ofSeconds(10))).isTrue();
            Api.post("/api/v1/alerts/" + id + "/claim", GAO_MEMBER, null);
            assertThat(cimade.awaitData("\"change\":\"OFFERED\"", Duration.ofSeconds(10))).as("the owner's stream gets the offer").isTrue();
        }
        MimeMessage offer = awaitMail("j.bernard@cimade.example", id);
        assertThat(offer.getSubject()).startsWith("[Kafo] Offre de prise en charge");
        assertThat(body(offer)).contains("Mission catholique de Gao propose de prendre en charge l'accueil", "Acceptez ou déclinez");
        assertThat(awaitMail("c.martin@cimade.example", id)).as("the owner's administrator too").isNotNull();
        assertThat(mailsTo("a.maiga@mission-catholique-gao.example", id)).as("not the association that offered").isEmpty();

        Api.post("/api/v1/alerts/" + id + "/claims/mission-catholique-gao/decline", CIMADE_MEMBER,
                "{\"reason\":\"Accueil assuré par l'AME à Sogoniko\"}");
        MimeMessage answer = awaitMail("a.maiga@mission-catholique-gao.example", id);
        assertThat(answer.getSubject()).startsWith("[Kafo] Votre offre de prise en charge est déclinée");
        assertThat(body(answer)).contains("Cimade a décliné").doesNotContain("Accueil assuré par l'AME", "Expulsion massive");
        assertThat(allMail()).filteredOn(m -> body(m).contains(id)).noneMatch(m -> body(m).contains("Expulsion massive depuis Tripoli"));
    }

    private static MimeMessage awaitMail(String to, String alertId) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            List<MimeMessage> found = mailsTo(to, alertId);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no e-mail to " + to + " about " + alertId + " among " + allMail().size());
    }

    private static List<MimeMessage> mailsTo(String to, String alertId) {
        return allMail().stream().filter(m -> recipients(m).contains(to) && body(m).contains(alertId)).toList();
    }

    private static List<MimeMessage> allMail() {
        return Arrays.asList(KafoStack.get().mail().getReceivedMessages());
    }

    private static String recipients(MimeMessage m) {
        try {
            return Arrays.toString(m.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) {
        try {
            return String.valueOf(m.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
