package org.kafo.web.it.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.APDHA_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.alert.Alerts;
import org.kafo.web.it.alert.SseClient;
import org.kafo.web.it.support.Accounts.Partner;
import org.kafo.web.it.support.Accounts.Person;
import org.kafo.web.it.support.Accounts;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.FacesPushClient;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;
import org.kafo.web.it.support.PageSession;

/**
 * Rights end when they end, on the live channels: an event stream and an open page's push deliver an alert only to a
 * subscriber who may see it now, and close when the token or the session behind them expires, the account is disabled
 * or the association suspended; one caller may keep only so many open. Each attack beside a witness who still gets
 * the alert. The tests' cadence is 4 s (sessions and accounts are asked again) and their bounds 5 streams, 3 live pages.
 */
@KafoIT
class LiveRightsIT {

    /** Long enough for the checks (cadence 4 s, timer every 4 s) to have run. */
    private static final Duration NOTICED = Duration.ofSeconds(15);
    private static final Duration DELIVERED = Duration.ofSeconds(10);

    @Test
    void aStreamAndALivePageCloseWhenTheirAccountIsDisabledAndDeliverNothingAfter() throws Exception {
        Partner partner = Accounts.partner("direct");
        Person member = Accounts.member(partner, "member");
        Person colleague = Accounts.member(partner, "member");
        try (SseClient stream = SseClient.withToken(member.token()).awaitOpen();
             SseClient witness = SseClient.withToken(colleague.token()).awaitOpen();
             FacesPushClient page = FacesPushClient.of(member.session())) {
            String before = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter()));
            assertThat(stream.awaitData(before, DELIVERED)).as("legitimate: delivered while the account is enabled").isTrue();
            assertThat(page.awaitMessage(before, DELIVERED)).isTrue();

            Accounts.disable(member);
            try {
                assertThat(stream.awaitEnd(NOTICED)).as("the stream is closed").isTrue();
                assertThat(stream.events()).contains("closed");
                assertThat(stream.received("account-disabled")).as("and told why").isTrue();
                assertThat(page.awaitClosed(NOTICED)).as("the page's channel is closed with its session").isTrue();
                String after = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter()));
                assertThat(witness.awaitData(after, DELIVERED)).as("the colleague still gets it").isTrue();
                assertThat(stream.received(after)).isFalse();
                assertThat(page.received(after)).isFalse();
            } finally {
                Accounts.enable(member);
            }
        }
    }

    @Test
    void theStreamsAndLivePagesOfASuspendedAssociationClose() throws Exception {
        Partner partner = Accounts.partner("direct");
        Person member = Accounts.member(partner, "member");
        try (SseClient stream = SseClient.withToken(member.token()).awaitOpen();
             SseClient witness = new SseClient(KafoStack.get().portalUrl(), APDHA_MEMBER).awaitOpen();
             FacesPushClient page = FacesPushClient.of(member.session())) {
            String before = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter()));
            assertThat(stream.awaitData(before, DELIVERED)).isTrue();
            assertThat(page.awaitMessage(before, DELIVERED)).isTrue();

            Accounts.suspend(partner);
            try {
                assertThat(stream.awaitEnd(NOTICED)).isTrue();
                assertThat(stream.received("association-suspended")).isTrue();
                assertThat(page.awaitClosed(NOTICED)).isTrue();
                String after = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter()));
                assertThat(witness.awaitData(after, DELIVERED)).as("another association still gets it").isTrue();
                assertThat(stream.received(after)).isFalse();
                assertThat(page.received(after)).isFalse();
            } finally {
                Accounts.reactivate(partner);
            }
        }
    }

    @Test
    void aStreamEndsWhenTheTokenItWasOpenedWithExpires() throws Exception {
        Partner partner = Accounts.partner("direct");
        Person member = Accounts.member(partner, "member");
        try (SseClient shortLived = SseClient.withToken(member.shortToken(8)).awaitOpen();
             SseClient witness = SseClient.withToken(member.token()).awaitOpen()) {
            String before = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter()));
            assertThat(shortLived.awaitData(before, DELIVERED)).as("legitimate while the token lives").isTrue();
            assertThat(shortLived.awaitEnd(Duration.ofSeconds(20))).as("closed when it expires").isTrue();
            assertThat(shortLived.received("token-expired")).isTrue();
            String after = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter()));
            assertThat(witness.awaitData(after, DELIVERED)).as("the same person's stream of a living token still gets it").isTrue();
            assertThat(shortLived.received(after)).isFalse();
        }
    }

    @Test
    void whoLeftTheAssociationHearsNoMoreOfTheAlertsSharedWithItOnItsOpenStreamOrPage() throws Exception {
        Partner partner = Accounts.partner("direct");
        Person leaving = Accounts.member(partner, "member");
        Person staying = Accounts.member(partner, "member");
        try (SseClient stream = SseClient.withToken(leaving.token()).awaitOpen();
             SseClient witness = SseClient.withToken(staying.token()).awaitOpen();
             FacesPushClient page = FacesPushClient.of(leaving.session())) {
            String before = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.forPartners(partner.alias())));
            assertThat(stream.awaitData(before, DELIVERED)).as("named partner: delivered").isTrue();
            assertThat(page.awaitMessage(before, DELIVERED)).isTrue();

            Accounts.leave(partner, leaving);
            Thread.sleep(NOTICED.toMillis());
            String after = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.forPartners(partner.alias())));
            assertThat(witness.awaitData(after, DELIVERED)).as("who stayed still gets it").isTrue();
            assertThat(stream.received(after)).as("the token still names the association; the check does not").isFalse();
            assertThat(page.received(after)).isFalse();
            String network = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter()));
            assertThat(stream.awaitData(network, DELIVERED)).as("still a signed-in person: the network's alerts come").isTrue();
        }
    }

    @Test
    void oneCallerMayKeepOnlySoManyStreamsOpenAndHearsWhyInFrench() throws Exception {
        Partner partner = Accounts.partner("direct");
        Person member = Accounts.member(partner, "member");
        String token = member.token();
        List<SseClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                open.add(SseClient.withToken(token).awaitOpen());
            }
            SseClient refused = SseClient.withToken(token);
            open.add(refused);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.refusal()).contains("too-many-streams", "Vous avez déjà 5 flux d'alertes ouverts");
            SseClient someoneElse = SseClient.withToken(Accounts.member(partner, "member").token()).awaitOpen();
            open.add(someoneElse);
            String alert = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter()));
            assertThat(someoneElse.awaitData(alert, DELIVERED)).as("another person of the same association opens one").isTrue();
            assertThat(open.get(4).awaitData(alert, DELIVERED)).as("the five open ones deliver").isTrue();
        } finally {
            open.forEach(SseClient::close);
        }
    }

    @Test
    void onePersonMayKeepOnlySoManyLivePagesOpenTheNextOneSaysWhy() throws Exception {
        Partner partner = Accounts.partner("direct");
        Person member = Accounts.member(partner, "member");
        PageSession browser = member.session();
        List<FacesPushClient> pages = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                pages.add(FacesPushClient.of(browser));
            }
            Thread.sleep(500);
            Api.Response fourth = browser.page("/alertes/index.xhtml");
            assertThat(fourth.status()).isEqualTo(200);
            assertThat(fourth.body()).contains("id=\"live-refused\"", "ne se met pas à jour toute seule")
                    .doesNotContain("jakarta.faces.push/alertes");
            Api.Response anotherPerson = Accounts.member(partner, "member").session().page("/alertes/index.xhtml");
            assertThat(anotherPerson.body()).as("someone else's page is live").contains("jakarta.faces.push/alertes")
                    .doesNotContain("id=\"live-refused\"");
        } finally {
            pages.forEach(FacesPushClient::close);
        }
    }
}
