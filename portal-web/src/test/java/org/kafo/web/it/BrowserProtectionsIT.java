package org.kafo.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.NETWORK_ADMIN;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kafo.realm.DemoAccounts;
import org.kafo.web.it.browser.Browser;
import org.kafo.web.it.browser.HomePage;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;
import org.kafo.web.it.support.PageSession;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The browser's protections on every page: a Content-Security-Policy without inline script (the pages' own scripts
 * carry the request's nonce), and the pages still work under it in Chromium, signed in or not; the other headers on
 * pages and API alike. (HSTS and Secure cookies need an https public address: ReleaseBehindNginxIT.)
 */
@KafoIT
class BrowserProtectionsIT {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");

    @Test
    void everyPageHasAPolicyWithoutInlineScriptAndItsInlineScriptsCarryTheNonce() {
        Api.Response page = PageSession.of(NETWORK_ADMIN).page("/alertes/index.xhtml");
        assertThat(page.status()).isEqualTo(200);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).isTrue();
        // the live list's websocket and h:commandScript write inline scripts: each carries this response's nonce
        List<String> inline = new ArrayList<>();
        Matcher script = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.body());
        while (script.find()) {
            inline.add(script.group(1));
        }
        assertThat(inline).isNotEmpty().allSatisfy(attributes -> assertThat(attributes).contains("nonce=\"" + nonce.group(1) + "\""));
        assertThat(page.body()).doesNotContainPattern("\\son(click|change|submit|load)=");
        String again = PageSession.of(NETWORK_ADMIN).page("/alertes/index.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(again).as("a nonce per response").isNotEqualTo(policy);
    }

    @Test
    void pagesAndApiAnswersCarryTheOtherProtections() {
        for (Api.Response response : List.of(Api.get("/", null), Api.get("/api/v1/tenants", null), Api.get("/annuaire/", null),
                Api.get("/page-qui-n-existe-pas.xhtml", null))) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(response.toString()).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()", "geolocation=()"));
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as("the test portal's address is http").isEmpty();
        }
        assertThat(Api.get("/api/v1/tenants", null).headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
        // the session cookie: HttpOnly and SameSite=Lax (Secure needs the https address)
        Api.Response login = Api.get("/login", null);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void thePagesWorkUnderThePolicyInChromiumForAVisitorAndTheCoordination() {
        String portal = KafoStack.get().portalUrl();
        try (Browser browser = Browser.forJourney("journey-csp")) {
            // the detector itself: an inline script added to a page is refused, and the console says so
            browser.open(portal + "/");
            browser.consoleErrors();
            browser.driver().executeScript("var s = document.createElement('script'); s.textContent = 'window.kafoInjected = 1';"
                    + " document.body.appendChild(s);");
            assertThat(browser.driver().executeScript("return window.kafoInjected === undefined")).isEqualTo(true);
            assertThat(browser.consoleErrors()).anySatisfy(e -> assertThat(e).containsIgnoringCase("Content Security Policy"));
            Set<String> visited = new LinkedHashSet<>();
            for (String path : List.of("/", "/alertes/", "/alertes/points-arrivee.xhtml", "/annuaire/", "/annuaire/acteurs.xhtml",
                    "/bibliotheque/", "/rencontres/", "/recherche.xhtml?q=expuls%C3%A9s", "/observatoire/")) {
                visit(browser, portal + path, visited);
            }
            HomePage.open(browser, portal).signIn().signIn(NETWORK_ADMIN, DemoAccounts.get(NETWORK_ADMIN).password());
            browser.consoleErrors();
            for (String path : List.of("/", "/alertes/", "/alertes/saisie/nouvelle.xhtml", "/alertes/saisie/rapide.xhtml",
                    "/compte/profil.xhtml", "/compte/abonnements.xhtml", "/compte/invitations.xhtml", "/bibliotheque/deposer.xhtml",
                    "/rencontres/saisie/rencontre.xhtml", "/rencontres/engagements.xhtml", "/admin/partenaires.xhtml",
                    "/mon-association/membres.xhtml", "/annuaire/gestion/fiche.xhtml", "/annuaire/gestion/listes.xhtml",
                    "/annuaire/gestion/import.xhtml", "/observatoire/?year=2025", "/admin/observatoire.xhtml")) {
                visit(browser, portal + path, visited);
            }
            // one record of each kind, reached as a person does: from its list
            for (String[] list : new String[][] {{"/alertes/", "alerte.xhtml?"}, {"/annuaire/acteurs.xhtml", "acteur.xhtml?"},
                    {"/bibliotheque/", "document.xhtml?"}, {"/rencontres/", "rencontre.xhtml?"}}) {
                browser.open(portal + list[0]);
                List<WebElement> links = browser.driver().findElements(By.cssSelector("a[href*='" + list[1] + "']"));
                assertThat(links).as("a link to " + list[1] + " on " + list[0]).isNotEmpty();
                visit(browser, links.get(0).getAttribute("href"), visited);
            }
            browser.screenshot("last-page-under-the-policy");
            assertThat(visited).hasSizeGreaterThanOrEqualTo(25);
        }
    }

    private static void visit(Browser browser, String url, Set<String> visited) {
        browser.open(url);
        assertThat(browser.driver().getTitle()).as(url).doesNotContain("introuvable", "interdit", "Erreur");
        List<String> errors = browser.consoleErrors();
        assertThat(errors).as("console of " + url).noneSatisfy(e -> assertThat(e).containsIgnoringCase("Content Security Policy"));
        visited.add(url);
    }
}
