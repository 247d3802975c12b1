package org.kafo.web.it.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.alert.Alerts;
import org.kafo.web.it.support.Accounts.Partner;
import org.kafo.web.it.support.Accounts.Person;
import org.kafo.web.it.support.Accounts;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;

/**
 * Rights end when they end, in the mail: each e-mail about an alert goes to its recipients as their Keycloak accounts
 * are at that moment. A subscription keeps nothing of the day it was made; an escalation goes only to network admins
 * whose accounts are enabled and who may see the alert. Each attack beside a recipient who still gets the e-mail.
 */
@KafoIT
class MailRightsIT {

    private static final String POINT = "gogui";
    private static final String COORDINATION = "f.keita@ame.example";

    @Test
    void aSubscriptionMailsThePersonAsTheirAccountIsNowNotAsTheyWereWhenTheySubscribed() throws Exception {
        Partner partner = Accounts.partner("courriel");
        Person disabled = subscribed(Accounts.member(partner, "member"));
        Person stripped = subscribed(Accounts.member(partner, "member"));
        Person leaving = subscribed(Accounts.member(partner, "member"));
        Person staying = subscribed(Accounts.member(partner, "member"));
        String first = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter().add("arrivalPoint", POINT)));
        for (Person p : List.of(disabled, stripped, leaving, staying)) {
            awaitMail(p.email(), first);
        }

        Accounts.disable(disabled);
        Accounts.removeRole(stripped, "member");
        Accounts.leave(partner, leaving);
        try {
            String forPartner = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.forPartners(partner.alias()).add("arrivalPoint", POINT)));
            String forNetwork = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter().add("arrivalPoint", POINT)));
            awaitMail(staying.email(), forPartner);
            awaitMail(staying.email(), forNetwork);
            awaitMail(leaving.email(), forNetwork);
            Thread.sleep(1500);
            assertThat(mailsTo(disabled.email(), forPartner)).as("a disabled account").isEmpty();
            assertThat(mailsTo(disabled.email(), forNetwork)).isEmpty();
            assertThat(mailsTo(stripped.email(), forPartner)).as("an account whose role was taken away").isEmpty();
            assertThat(mailsTo(stripped.email(), forNetwork)).isEmpty();
            assertThat(mailsTo(leaving.email(), forPartner)).as("who left the association: no more of its partners' alerts").isEmpty();
        } finally {
            Accounts.enable(disabled);
            Accounts.addRole(stripped, "member");
        }

        Partner other = Accounts.partner("courriel");
        Person witness = subscribed(Accounts.member(other, "member"));
        Accounts.suspend(partner);
        try {
            String whileSuspended = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter().add("arrivalPoint", POINT)));
            awaitMail(witness.email(), whileSuspended);
            Thread.sleep(1500);
            assertThat(mailsTo(staying.email(), whileSuspended)).as("a suspended association").isEmpty();
            assertThat(mailsTo(disabled.email(), whileSuspended)).isEmpty();
        } finally {
            Accounts.reactivate(partner);
        }
    }

    @Test
    void anEscalationGoesOnlyToEnabledNetworkAdminsWhoMaySeeTheAlert() throws Exception {
        Partner partner = Accounts.partner("courriel");
        Person disabledAdmin = Accounts.member(partner, "member");
        Accounts.addRole(disabledAdmin, "network-admin");
        Accounts.disable(disabledAdmin);
        try {
            String forNetwork = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.arrivingIn(Duration.ofHours(3), "tinzawaten")));
            String forApdha = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.arrivingIn(Duration.ofHours(3), "tinzawaten")
                    .add("audience", "PARTNERS").add("partners", jakarta.json.Json.createArrayBuilder().add("apdha"))));
            assertThat(awaitMail(COORDINATION, forNetwork).getSubject()).as("legitimate: the coordination sees it")
                    .startsWith("[Kafo] Accueil non pris en charge");
            awaitEscalated(forApdha);
            Thread.sleep(2000);
            assertThat(mailsTo(COORDINATION, forApdha)).as("the coordination may not see La Cimade's alert for APDHA").isEmpty();
            assertThat(mailsTo(disabledAdmin.email(), forNetwork)).as("a disabled network admin").isEmpty();
            assertThat(Api.get("/api/v1/alerts/" + forApdha, AME_MEMBER).status()).as("indeed invisible to AME").isEqualTo(404);
        } finally {
            Accounts.enable(disabledAdmin);
            Accounts.removeRole(disabledAdmin, "network-admin");
        }
    }

    @Test
    void eachPersonReadsTheMailInTheLanguageTheyChoseOnThePortal() throws Exception {
        Partner partner = Accounts.partner("langue");
        Person english = subscribed(Accounts.member(partner, "member"));
        Person french = subscribed(Accounts.member(partner, "member"));
        assertThat(english.session().page("/index.xhtml?lang=en").status()).as("the language switch").isEqualTo(302);
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"en".equals(Accounts.language(english)) && System.nanoTime() < end) {
            Thread.sleep(200);
        }
        assertThat(Accounts.language(english)).as("kept with the account").isEqualTo("en");
        assertThat(Accounts.language(french)).as("a person who chose nothing").isNull();

        String id = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter().add("arrivalPoint", POINT)));
        MimeMessage inEnglish = awaitMail(english.email(), id);
        MimeMessage inFrench = awaitMail(french.email(), id);
        assertThat(inEnglish.getSubject()).startsWith("[Kafo] New alert: ");
        assertThat(body(inEnglish)).contains("Expected arrival: ", "(Mali time)", "State: Published", "See the alert: ",
                "Manage your subscriptions: ").doesNotContain("Arrivée prévue").doesNotContain("abonnements :");
        assertThat(inFrench.getSubject()).startsWith("[Kafo] Nouvelle alerte : ");
        assertThat(body(inFrench)).contains("Arrivée prévue : ", "(heure du Mali)", "État : Publiée", "Voir l'alerte : ")
                .doesNotContain("Expected arrival");
        assertThat(recipients(inEnglish)).as("one message per language: nobody sees another's address")
                .doesNotContain(french.email());
    }

    private static Person subscribed(Person person) {
        Api.Response r = person.call("POST", "/api/v1/alert-subscriptions", "{\"arrivalPoint\":\"" + POINT + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return person;
    }

    private static void awaitEscalated(String alertId) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            if (Alerts.detail(alertId, CIMADE_MEMBER).getJsonObject("summary").getBoolean("escalated")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("alert " + alertId + " was not escalated");
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
        throw new AssertionError("no e-mail to " + to + " about " + alertId);
    }

    private static List<MimeMessage> mailsTo(String to, String alertId) {
        return Arrays.stream(KafoStack.get().mail().getReceivedMessages())
                .filter(m -> recipients(m).contains(to) && body(m).contains(alertId)).toList();
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
