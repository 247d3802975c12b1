package org.kafo.web.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Kafo's home page. */
public final class HomePage {

    private final Browser browser;

    HomePage(Browser browser) {
        this.browser = browser;
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
    }

    /** The home page the browser was just sent to (after a sign-in, say). */
    public static HomePage shown(Browser browser) {
        return new HomePage(browser);
    }

    public static HomePage open(Browser browser, String portalUrl) {
        browser.open(portalUrl + "/");
        return new HomePage(browser);
    }

    public KeycloakLoginPage signIn() {
        browser.openMenu();
        browser.driver().findElement(By.id("sign-in")).click();
        return new KeycloakLoginPage(browser);
    }

    public HomePage signOut() {
        browser.openMenu();
        browser.driver().findElement(By.id("sign-out")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
        return new HomePage(browser);
    }

    public boolean signedIn() {
        return !browser.driver().findElements(By.id("sign-out")).isEmpty();
    }

    public String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    public String association() {
        return browser.driver().findElement(By.id("identity-association")).getText();
    }

    public String role() {
        return browser.driver().findElement(By.id("identity-role")).getText();
    }

    public String language() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }
}
