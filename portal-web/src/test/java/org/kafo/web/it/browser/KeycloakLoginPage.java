package org.kafo.web.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Keycloak's sign-in page, as users see it. */
public final class KeycloakLoginPage {

    private final Browser browser;

    KeycloakLoginPage(Browser browser) {
        this.browser = browser;
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-form-login")));
    }

    /**
     * Username first, then password: Keycloak's identity-first login, as Organizations enable it once the realm has an
     * organization. A realm with none yet (a new server's production realm) asks for both on one page.
     */
    public HomePage signIn(String username, String password) {
        browser.driver().findElement(By.id("username")).sendKeys(username);
        if (!browser.driver().findElements(By.id("password")).isEmpty()) {
            browser.driver().findElement(By.id("password")).sendKeys(password);
            browser.screenshot("keycloak-login-" + username);
            browser.driver().findElement(By.id("kc-login")).click();
            return new HomePage(browser);
        }
        browser.screenshot("keycloak-login-" + username);
        browser.driver().findElement(By.id("kc-login")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(password);
        browser.screenshot("keycloak-password-" + username);
        browser.driver().findElement(By.id("kc-login")).click();
        return new HomePage(browser);
    }
}
