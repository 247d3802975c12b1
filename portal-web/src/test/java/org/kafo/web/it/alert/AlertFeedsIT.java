package org.kafo.web.it.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.APDHA_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;

/** Atom and CAP 1.2 for other systems: valid against the schema, versions linked, and the visibility rule kept. */
@KafoIT
class AlertFeedsIT {

    @Test
    void eachVersionAcceptedClaimAndCancellationIsAValidCapMessageReferencingTheFirst() {
        JsonObject posted = Alerts.publish(CIMADE_MEMBER, Alerts.charter());
        String id = Alerts.id(posted);
        Api.put("/api/v1/alerts/" + id, CIMADE_MEMBER, Alerts.charter().add("peopleCount", 130).add("version", Alerts.version(posted)).build().toString());
        Api.post("/api/v1/alerts/" + id + "/claim", AME_MEMBER, null);
        // An offer waiting is not an Ack: only the accepted claim is.
        Api.post("/api/v1/alerts/" + id + "/claim", APDHA_MEMBER, null);
        Api.post("/api/v1/alerts/" + id + "/claims/ame/accept", CIMADE_MEMBER, "{}");
        JsonObject now = Alerts.detail(id, CIMADE_MEMBER);
        Api.post("/api/v1/alerts/" + id + "/cancel", CIMADE_MEMBER, Json.createObjectBuilder()
                .add("version", Alerts.version(now)).add("reason", "Vol reporté sans date").build().toString());

        List<String> messages = capMessages(id, AME_MEMBER);
        assertThat(messages).hasSize(4);
        messages.forEach(Feeds::validateCap);
        assertThat(messages).extracting(m -> tag(m, "msgType")).containsExactly("Alert", "Update", "Ack", "Cancel");
        String first = tag(messages.get(0), "identifier");
        String firstRef = tag(messages.get(0), "sender") + "," + first + "," + tag(messages.get(0), "sent");
        assertThat(messages.subList(1, 4)).allSatisfy(m -> assertThat(tag(m, "references")).isEqualTo(firstRef));
        assertThat(messages).extracting(m -> tag(m, "incidents")).containsOnly("kafo-alert-" + id);
        assertThat(messages).extracting(m -> tag(m, "scope")).containsOnly("Restricted");
        assertThat(tag(messages.get(2), "sender")).isEqualTo("ame@kafo");
        assertThat(messages.get(1)).contains("<valueName>personnes</valueName><value>130</value>");
    }

    @Test
    void partnersAlertsArePrivateWithAddressesAndPublicFeedsCarryPublicAlertsOnly() {
        String partners = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.forPartners("ame")));
        String network = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter()));
        String open = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter().add("audience", "PUBLIC")));

        String privateCap = capMessages(partners, AME_MEMBER).get(0);
        Feeds.validateCap(privateCap);
        assertThat(tag(privateCap, "scope")).isEqualTo("Private");
        assertThat(tag(privateCap, "addresses")).isEqualTo("ame@kafo cimade@kafo");
        String publicCap = capMessages(open, null).get(0);
        Feeds.validateCap(publicCap);
        assertThat(tag(publicCap, "scope")).isEqualTo("Public");

        Api.Response atom = Feeds.get("/api/v1/alerts/feed.atom", null);
        assertThat(atom.status()).isEqualTo(200);
        assertThat(atom.contentType()).startsWith("application/atom+xml");
        assertThat(atom.body()).contains("urn:uuid:" + open).doesNotContain(partners, network);
        Api.Response capIndex = Feeds.get("/api/v1/alerts/cap", null);
        assertThat(capIndex.body()).contains(open).doesNotContain("Restricted", "Private", partners, network);
        assertThat(Feeds.get("/api/v1/alerts/" + network + "/cap", null).status()).isEqualTo(404);
        assertThat(Feeds.get("/api/v1/alerts/" + partners + "/cap/1", APDHA_MEMBER).status()).isEqualTo(404);

        assertThat(Feeds.get("/api/v1/alerts/feed.atom", APDHA_MEMBER).body()).contains(network, open).doesNotContain(partners);
        assertThat(Feeds.get("/api/v1/alerts/cap", AME_MEMBER).body()).contains(network, open, partners);
    }

    /** Every message of an alert, read one by one as documents. */
    private static List<String> capMessages(String id, String user) {
        Api.Response index = Feeds.get("/api/v1/alerts/" + id + "/cap", user);
        assertThat(index.status()).as(index.toString()).isEqualTo(200);
        List<String> messages = new ArrayList<>();
        Matcher links = Pattern.compile("href=\"[^\"]*(/api/v1/alerts/" + id + "/cap/\\d+)\"").matcher(index.body());
        while (links.find()) {
            Api.Response message = Feeds.get(links.group(1), user);
            assertThat(message.contentType()).startsWith("application/cap+xml");
            messages.add(message.body());
        }
        return messages;
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
        return m.find() ? m.group(1) : null;
    }
}
