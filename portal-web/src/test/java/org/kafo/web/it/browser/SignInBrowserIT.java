package org.kafo.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.realm.DemoAccounts;
import org.kafo.web.it.support.Demo;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;

/** A member of the AME signs in through Keycloak's page in Chromium, sees who they are, and signs out. */
@KafoIT
class SignInBrowserIT {

    private Browser browser;

    @BeforeEach
    void openChromium() {
        browser = new Browser();
    }

    @AfterEach
    void closeChromium() {
        browser.close();
    }

    @Test
    void aMemberSignsInSeesTheirAssociationAndRoleInFrenchAndSignsOut() {
        HomePage anonymous = HomePage.open(browser, KafoStack.get().portalUrl());
        assertThat(anonymous.signedIn()).isFalse();
        assertThat(anonymous.language()).isEqualTo("fr");
        browser.screenshot("home-anonymous");

        HomePage home = anonymous.signIn().signIn(Demo.AME_MEMBER, DemoAccounts.get(Demo.AME_MEMBER).password());
        browser.screenshot("home-signed-in");
        assertThat(home.signedIn()).isTrue();
        assertThat(home.heading()).startsWith("Bonjour,");
        assertThat(home.association()).isEqualTo("Association Malienne des Expulsés");
        assertThat(home.role()).isEqualTo("Membre");

        HomePage after = home.signOut();
        browser.screenshot("home-signed-out");
        assertThat(after.signedIn()).isFalse();
    }
}
