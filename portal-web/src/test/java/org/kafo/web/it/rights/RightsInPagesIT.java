package org.kafo.web.it.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Accounts.Partner;
import org.kafo.web.it.support.Accounts.Person;
import org.kafo.web.it.support.Accounts;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.FacesForm;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;
import org.kafo.web.it.support.PageSession;

/**
 * Rights end when they end, in the pages: an action posted from a page built before an account was disabled, a role
 * taken away or an association suspended runs as the caller of its own request, and is refused. The page here is the
 * form of a new meeting (a view that lives as long as the page is open); only the members of an association may
 * organise one. Each test makes its own association and people, and gives back what it takes away.
 */
@KafoIT
class RightsInPagesIT {

    /** Longer than the tests' session cadence (4 s): by then Keycloak has been asked again. */
    private static final Duration CADENCE = Duration.ofSeconds(5);
    private static final String REFUSED = "Seuls les membres d'une association peuvent organiser une rencontre.";

    @Test
    void anActionPostedFromAPageBuiltBeforeTheRoleWasTakenAwayIsRefusedAndWorksOnceTheRoleIsBack() throws Exception {
        Partner partner = Accounts.partner("droits");
        Person member = Accounts.member(partner, "member");
        PageSession browser = member.session();
        String title = "Atelier " + UUID.randomUUID();
        FacesForm form = newMeeting(browser, title);

        // Taken away in Keycloak's console: noticed at the session's next check.
        Accounts.changeRole(member, "member", "observer");
        Thread.sleep(CADENCE.toMillis());
        Api.Response refused = form.submit("event-form:save");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).as("the page says why, in French").contains(REFUSED);
        assertThat(meetingsTitled(title)).as("nothing was created").isZero();

        // Given back through the portal by the association's administrator: the sessions of that person check again at once.
        Api.Response back = partner.admin().call("PUT", "/api/v1/partners/" + partner.alias() + "/members/" + member.id() + "/role",
                "{\"role\":\"member\"}");
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        Api.Response created = form.submit("event-form:save");
        assertThat(created.body()).as("the same old page, the right back").contains(title).doesNotContain(REFUSED);
        assertThat(meetingsTitled(title)).isEqualTo(1);

        // Taken away through the portal: at once as well, without waiting for the cadence.
        FacesForm other = newMeeting(browser, title + " (bis)");
        partner.admin().call("PUT", "/api/v1/partners/" + partner.alias() + "/members/" + member.id() + "/role", "{\"role\":\"observer\"}");
        assertThat(other.submit("event-form:save").body()).contains(REFUSED);
        assertThat(meetingsTitled(title + " (bis)")).isZero();
        assertThat(browser.page("/rencontres/saisie/rencontre.xhtml").status()).as("an observer is not even given the form").isEqualTo(403);
    }

    @Test
    void whenKeycloakNoLongerVouchesForTheSessionTheWholeSessionEndsAndThePageActionDoesNothing() throws Exception {
        Partner partner = Accounts.partner("droits");
        Person member = Accounts.member(partner, "member");
        PageSession browser = member.session();
        String title = "Séminaire " + UUID.randomUUID();
        FacesForm form = newMeeting(browser, title);

        Accounts.disable(member);
        try {
            Thread.sleep(CADENCE.toMillis());
            Api.Response ended = form.submit("event-form:save");
            assertThat(ended.body()).as("told why, in French").contains("Votre session a pris fin").doesNotContain(REFUSED);
            assertThat(meetingsTitled(title)).isZero();
            // The whole HTTP session is gone, not only the sign-in: the next signed-in page starts a new sign-in.
            Api.Response next = browser.page("/rencontres/saisie/rencontre.xhtml");
            assertThat(next.status()).isEqualTo(302);
            assertThat(next.headers().firstValue("Location").orElse("")).startsWith(KafoStack.get().issuer());
            Api.Response replayed = form.submit("event-form:save");
            assertThat(replayed.status()).as("the old page posted again is sent to sign in").isEqualTo(302);
            assertThat(meetingsTitled(title)).isZero();
        } finally {
            Accounts.enable(member);
        }
        // Enabled again, the person signs in anew and organises the meeting.
        assertThat(newMeeting(member.session(), title).submit("event-form:save").body()).contains(title);
        assertThat(meetingsTitled(title)).isEqualTo(1);
    }

    @Test
    void theSessionsOfASuspendedAssociationEndAndTheirPageActionsDoNothing() throws Exception {
        Partner partner = Accounts.partner("droits");
        Person member = Accounts.member(partner, "member");
        PageSession browser = member.session();
        String title = "Journée " + UUID.randomUUID();
        FacesForm form = newMeeting(browser, title);

        Accounts.suspend(partner);
        try {
            Api.Response suspended = form.submit("event-form:save");
            assertThat(suspended.body()).as("at once, and told why").contains("Association suspendue").doesNotContain(REFUSED);
            assertThat(meetingsTitled(title)).isZero();
            Api.Response next = browser.page("/rencontres/saisie/rencontre.xhtml");
            assertThat(next.status()).as("the whole session ended").isEqualTo(302);
            assertThat(next.headers().firstValue("Location").orElse("")).startsWith(KafoStack.get().issuer());
        } finally {
            Accounts.reactivate(partner);
        }
        assertThat(newMeeting(member.session(), title).submit("event-form:save").body()).contains(title);
        assertThat(meetingsTitled(title)).isEqualTo(1);
    }

    /** The form of a new meeting, as the page drew it for {@code browser}, filled in (not sent). */
    private static FacesForm newMeeting(PageSession browser, String title) {
        Api.Response page = browser.page("/rencontres/saisie/rencontre.xhtml");
        assertThat(page.status()).as("the form of a new meeting").isEqualTo(200);
        return FacesForm.of(browser, page, "event-form").set("event-form:kind", "ATELIER").set("event-form:title", title)
                .set("event-form:starts-on", "2026-03-10").set("event-form:ends-on", "2026-03-10")
                .set("event-form:city", "Kayes").set("event-form:visibility", "NETWORK");
    }

    private static long meetingsTitled(String title) throws SQLException {
        try (Connection c = KafoStack.get().database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from event where title = ?")) {
            s.setString(1, title);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
