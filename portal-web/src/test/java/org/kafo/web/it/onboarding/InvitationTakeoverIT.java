package org.kafo.web.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_ADMIN;
import static org.kafo.web.it.support.Demo.NETWORK_ADMIN;
import static org.kafo.web.it.support.Demo.OBSERVER;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.kafo.realm.DemoAccounts;
import org.kafo.web.it.browser.Browser;
import org.kafo.web.it.browser.HomePage;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KeycloakState;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * An invitation never takes an existing account over. The attack: an observer's account carries the address the
 * coordination invites as an association's administrator (typed once by someone, never proved by its holder); the
 * invitation must not make the observer that association's admin. The account's owner is asked instead, and only
 * they, signed in with that address verified, can accept.
 */
@KafoIT
class InvitationTakeoverIT {

    @Test
    void anInvitationToTheAddressOfAnObserverOffersTheMembershipAndNeverTakesTheAccountOver() {
        String alias = Onboard.partner(Onboard.unique("premier") + "@asso.example");
        String address = Onboard.unique("mariam") + "@seminaire.example";
        String observerId = observerWhoSignedIn(address);
        String observerToken = Onboard.tokenOfInvited(address);
        Onboard.emailVerified(address, false);

        Api.Response invited = Api.post("/api/v1/partners/" + alias + "/members", NETWORK_ADMIN, Onboard.personJson(address, "tenant-admin"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(202);
        assertThat(invited.json().getBoolean("offered")).isTrue();
        assertThat(invited.json().getString("role")).isEqualTo("tenant-admin");
        // nothing changed in Keycloak: not a member, not an admin
        assertThat(KeycloakState.organizationsOf(observerId)).isEmpty();
        assertThat(KeycloakState.realmRoles(observerId)).contains("observer").doesNotContain("tenant-admin");
        assertThat(Api.get("/api/v1/partners/" + alias + "/members", NETWORK_ADMIN).array().getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("email")).doesNotContain(address);
        assertThat(Api.get("/api/v1/me", OBSERVER).status()).isEqualTo(200);

        // the owner is told, by the portal's mail, and sees the offer once signed in
        assertThat(Onboard.invitationTo(address)).hasValueSatisfying(m -> assertThat(subject(m)).startsWith("Invitation à rejoindre"));
        Api.Response mine = Onboard.as(observerToken, "GET", "/api/v1/me/invitations", null);
        assertThat(mine.array()).hasSize(1);
        String offerId = mine.array().getJsonObject(0).getString("id");
        assertThat(mine.array().getJsonObject(0).getString("association")).isEqualTo(alias);

        // someone else cannot see it nor accept it
        assertThat(Api.get("/api/v1/me/invitations", OBSERVER).body()).doesNotContain(offerId);
        assertThat(Api.post("/api/v1/me/invitations/" + offerId + "/accept", OBSERVER, null).status()).isEqualTo(404);
        assertThat(Api.post("/api/v1/me/invitations/" + offerId + "/accept", AME_ADMIN, null).status()).isEqualTo(404);
        assertThat(Api.post("/api/v1/me/invitations/pas-un-id/accept", OBSERVER, null).status()).isEqualTo(404);

        // the holder of the account whose address was never proved cannot accept either
        Api.Response unverified = Onboard.as(observerToken, "POST", "/api/v1/me/invitations/" + offerId + "/accept", null);
        assertThat(unverified.status()).as(unverified.toString()).isEqualTo(403);
        assertThat(unverified.json().getString("detail")).contains("n'est pas encore vérifiée");
        assertThat(KeycloakState.organizationsOf(observerId)).isEmpty();
        assertThat(KeycloakState.realmRoles(observerId)).doesNotContain("tenant-admin");

        // once the owner proved the address, their own acceptance makes them the association's admin
        Onboard.emailVerified(address, true);
        Api.Response accepted = Onboard.as(observerToken, "POST", "/api/v1/me/invitations/" + offerId + "/accept", null);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(KeycloakState.organizationsOf(observerId)).containsExactly(alias);
        assertThat(KeycloakState.realmRoles(observerId)).contains("tenant-admin").doesNotContain("observer");
        assertThat(Onboard.as(observerToken, "GET", "/api/v1/me/invitations", null).array()).isEmpty();
        assertThat(Api.get("/api/v1/audit?targetType=member&targetId=" + observerId, NETWORK_ADMIN).array().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).contains("member.offer-accept", "member.offer");
    }

    @Test
    void anAccountOfAnotherAssociationIsRefusedAndADeclinedOfferIsGone() {
        Api.Response otherAssociation = Api.post("/api/v1/partners/ame/members", AME_ADMIN,
                Onboard.personJson("c.martin@cimade.example", "member"));
        assertThat(otherAssociation.status()).isEqualTo(409);
        assertThat(otherAssociation.json().getString("detail")).contains("appartient déjà à une autre association");

        String address = Onboard.unique("oumar") + "@seminaire.example";
        String id = observerWhoSignedIn(address);
        String token = Onboard.tokenOfInvited(address);
        assertThat(Api.post("/api/v1/partners/ame/members", AME_ADMIN, Onboard.personJson(address, "member")).status()).isEqualTo(202);
        String offerId = Onboard.as(token, "GET", "/api/v1/me/invitations", null).array().getJsonObject(0).getString("id");
        assertThat(Onboard.as(token, "POST", "/api/v1/me/invitations/" + offerId + "/decline", null).status()).isEqualTo(204);
        assertThat(Onboard.as(token, "POST", "/api/v1/me/invitations/" + offerId + "/accept", null).status()).isEqualTo(404);
        assertThat(KeycloakState.organizationsOf(id)).isEmpty();
    }

    /**
     * Journey: an association's admin invites, from the members' page, a seminar participant who already has an account;
     * the page says it waits for the person; the person signs in, finds the invitation under Mon compte, accepts, and is
     * signed in again as a member of the association.
     */
    @Test
    void journeyAParticipantWithAnAccountAcceptsAnAssociationsInvitation() {
        String address = Onboard.unique("kadiatou") + "@seminaire.example";
        String id = observerWhoSignedIn(address);
        Onboard.tokenOfInvited(address);
        String portal = org.kafo.web.it.support.KafoStack.get().portalUrl();
        try (Browser admin = Browser.forJourney("journey-invitation-acceptance");
             Browser participant = Browser.forJourney("journey-invitation-acceptance")) {
            HomePage.open(admin, portal).signIn().signIn(AME_ADMIN, DemoAccounts.get(AME_ADMIN).password());
            admin.open(portal + "/mon-association/membres.xhtml");
            admin.driver().findElement(By.id("invite-form:firstName")).sendKeys("Kadiatou");
            admin.driver().findElement(By.id("invite-form:lastName")).sendKeys("Touré");
            admin.driver().findElement(By.id("invite-form:email")).sendKeys(address);
            admin.driver().findElement(By.id("invite-form:invite")).click();
            // the invitation posts the page: a #messages read before the new page arrives is stale, read again
            admin.waiting().ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("messages")).getText().contains("Un compte existe déjà"));
            admin.screenshot("membres-compte-existant");
            assertThat(admin.driver().findElement(By.id("messages")).getText()).contains("que si sa ou son titulaire accepte");
            assertThat(admin.driver().findElement(By.id("members")).getText()).doesNotContain(address);

            HomePage.open(participant, portal).signIn().signIn(address, Onboard.PASSWORD);
            participant.open(portal + "/compte/profil.xhtml");
            participant.driver().findElement(By.id("my-invitations")).click();
            WebElement invitation = participant.waiting().until(d -> d.findElement(By.cssSelector("li.invitation[data-association='ame']")));
            participant.screenshot("mes-invitations");
            assertThat(invitation.getText()).contains("Association Malienne des Expulsés", "Membre", "Invitation de");
            invitation.findElement(By.cssSelector("input.accept")).click();
            HomePage home = HomePage.shown(participant);
            participant.screenshot("accueil-membre");
            assertThat(home.association()).contains("Association Malienne des Expulsés");
            assertThat(KeycloakState.organizationsOf(id)).containsExactly("ame");
            assertThat(KeycloakState.realmRoles(id)).contains("member").doesNotContain("observer");
        }
    }

    /** A seminar participant the coordination invited as an observer of no association, who chose a password since. */
    private static String observerWhoSignedIn(String address) {
        Api.Response observer = Api.post("/api/v1/observers", NETWORK_ADMIN,
                "{\"email\":\"" + address + "\",\"firstName\":\"Mariam\",\"lastName\":\"Koné\"}");
        assertThat(observer.status()).as(observer.toString()).isEqualTo(201);
        return observer.json().getJsonObject("member").getString("id");
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
