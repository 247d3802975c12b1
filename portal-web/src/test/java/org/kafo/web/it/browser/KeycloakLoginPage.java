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

    /** Username first, then password: Keycloak's identity-first login, as Organizations enable it. */
    public HomePage signIn(String username, String password) {
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.screenshot("keycloak-login-" + username);
        browser.driver().findElement(By.id("kc-login")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(password);
        browser.screenshot("keycloak-password-" + username);
        browser.driver().findElement(By.id("kc-login")).click();
        return new HomePage(browser);
    }
}
