package org.kafo.web.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kafo.realm.DemoAccounts;
import org.kafo.web.it.support.Demo;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The portal on a phone, in one Chromium: every page of the journeys (alerts, directory, library, proceedings,
 * administration, home, search, profile, error pages; signed out, as a member, a tenant admin and the coordination)
 * is no wider than a window of 320 and of 360 pixels; the header stays one line with its menu button, which opens and
 * closes by mouse and keyboard; a title suggested by the header's search box opens its page; error pages know who is
 * signed in; the profile leads to Keycloak's password page. The home page's blocks and the main tasks are kept as the
 * user guide's images ({@link Browser#guideScreenshot}).
 */
@KafoIT
class PhoneBrowserIT {

    static final int[] WIDTHS = {320, 360};

    private static Browser browser;
    private static String portal;

    @BeforeAll
    static void openChromium() {
        browser = Browser.forJourney("journey-phone");
        portal = KafoStack.get().portalUrl();
    }

    @AfterAll
    static void closeChromium() {
        browser.close();
    }

    @Test
    void journeyEveryPageFitsAPhoneOf320And360Pixels() {
        List<String> overflows = new ArrayList<>();
        // signed out: what a visitor reaches
        HomePage.open(browser, portal);
        String alert = firstLink("/alertes/", "alerte.xhtml?id=");
        String actor = firstLink("/annuaire/acteurs.xhtml", "acteur.xhtml?id=");
        String document = firstLink("/bibliotheque/", "document.xhtml?id=");
        String event = firstLink("/rencontres/", "rencontre.xhtml?id=");
        for (String page : List.of("/", alert, "/alertes/", "/annuaire/", "/annuaire/acteurs.xhtml", actor, "/bibliotheque/", document,
                "/rencontres/", event, "/recherche.xhtml?q=accueil", "/nexiste-pas.xhtml", "/erreur/expiree.xhtml",
                "/erreur/session-terminee.xhtml", "/erreur/suspendue.xhtml", "/erreur/interne.xhtml", "/erreur/interdit.xhtml",
                "/alertes/points-arrivee.xhtml", "/observatoire/")) {
            fits("visiteur", page, overflows);
        }
        // a member of an association
        signIn(Demo.AME_MEMBER);
        String memberAlert = firstLink("/alertes/", "alerte.xhtml?id=");
        String commitment = firstLink("/rencontres/engagements.xhtml?tous=true", "engagement.xhtml?id=");
        for (String page : List.of("/", "/alertes/", memberAlert, "/alertes/saisie/rapide.xhtml", "/alertes/saisie/nouvelle.xhtml",
                "/alertes/points-arrivee.xhtml", "/annuaire/", "/annuaire/acteurs.xhtml", actor, "/bibliotheque/", document,
                "/bibliotheque/deposer.xhtml", "/rencontres/", event, "/rencontres/engagements.xhtml", commitment,
                "/recherche.xhtml?q=migrants", "/compte/profil.xhtml", "/compte/abonnements.xhtml", "/compte/invitations.xhtml",
                "/nexiste-pas.xhtml", "/admin/partenaires.xhtml", "/observatoire/", "/observatoire/?scope=network")) {
            fits("membre", page, overflows);
        }
        signOut();
        // an association's administrator
        signIn(Demo.AME_ADMIN);
        for (String page : List.of("/mon-association/membres.xhtml", "/rencontres/saisie/rencontre.xhtml", "/annuaire/gestion/fiche.xhtml")) {
            fits("administrateur·rice d'association", page, overflows);
        }
        signOut();
        // the network's coordination
        signIn(Demo.NETWORK_ADMIN);
        for (String page : List.of("/admin/partenaires.xhtml", "/admin/lieux.xhtml", "/annuaire/gestion/listes.xhtml",
                "/annuaire/gestion/import.xhtml", "/annuaire/gestion/fiche.xhtml", "/admin/observatoire.xhtml")) {
            fits("coordination", page, overflows);
        }
        signOut();
        assertThat(overflows).as("pages wider than the window (page, width: document's width, the widest elements)").isEmpty();
    }

    @Test
    void journeyAMemberSeesWhatNeedsThemOnTheHomePageAndOpensTheMenuOnAPhone() {
        browser.phoneWidth(360);
        try {
            signIn(Demo.AME_MEMBER);
            browser.open(portal + "/");
            for (String block : List.of("home-imminent", "home-offers", "home-followed", "home-overdue", "home-meetings", "home-documents")) {
                WebElement section = browser.driver().findElement(By.id(block));
                assertThat(section.findElement(By.tagName("h2")).getText()).as(block + "'s title").isNotBlank();
                assertThat(section.findElements(By.cssSelector(".home-list li")).size()
                        + section.findElements(By.cssSelector(".empty")).size()).as(block + ": items or a sentence saying there are none")
                        .isPositive();
            }
            browser.guideScreenshot("accueil-membre");

            WebElement header = browser.driver().findElement(By.id("site-header"));
            WebElement toggle = browser.driver().findElement(By.id("menu-toggle"));
            WebElement menu = browser.driver().findElement(By.id("site-menu"));
            assertThat(header.getSize().getHeight()).as("the header is one line on a phone").isLessThanOrEqualTo(60);
            assertThat(toggle.isDisplayed()).isTrue();
            assertThat(menu.isDisplayed()).as("the menu is folded").isFalse();
            toggle.click();
            assertThat(menu.isDisplayed()).isTrue();
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(menu.findElement(By.linkText("Alertes")).isDisplayed()).isTrue();
            browser.guideScreenshot("menu-telephone");
            toggle.sendKeys(Keys.ESCAPE);
            assertThat(menu.isDisplayed()).as("Escape folds it").isFalse();
            assertThat(browser.driver().switchTo().activeElement()).as("the focus back on the button").isEqualTo(toggle);
            toggle.sendKeys(Keys.ENTER);
            assertThat(menu.isDisplayed()).as("the keyboard opens it").isTrue();
            toggle.sendKeys(Keys.SPACE);
            assertThat(menu.isDisplayed()).as("… and folds it").isFalse();
        } finally {
            signOut();
            browser.wholeWindow();
        }
    }

    @Test
    void journeyATitleSuggestedByTheHeadersSearchBoxOpensItsPage() {
        browser.phoneWidth(360);
        try {
            browser.open(portal + "/");
            WebElement box = browser.driver().findElement(By.id("search-q"));
            box.sendKeys("Observations sur");
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#search-suggestions option")).isEmpty());
            String title = browser.driver().findElements(By.cssSelector("#search-suggestions option")).stream()
                    .map(o -> o.getAttribute("value")).filter(t -> t.startsWith("Observations sur le rapport du Mali")).findFirst().orElseThrow();
            // what Chromium does when a suggestion is chosen: the box takes its value, with an input event
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "var i = document.getElementById('search-q'); i.value = arguments[0]; i.dispatchEvent(new Event('input', {bubbles: true}));", title);
            browser.waiting().until(d -> d.getCurrentUrl().contains("/bibliotheque/document.xhtml?id="));
            assertThat(browser.driver().getCurrentUrl()).startsWith(portal + "/bibliotheque/document.xhtml?id=").doesNotContain("/null/");
            assertThat(browser.driver().getTitle()).doesNotContain("introuvable");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).startsWith("Observations sur le rapport du Mali");
        } finally {
            browser.wholeWindow();
        }
    }

    @Test
    void journeyErrorPagesKnowTheSignedInPersonAndTheProfileLeadsToThePasswordPage() {
        browser.open(portal + "/nexiste-pas.xhtml");
        assertThat(browser.driver().getTitle()).contains("Page introuvable");
        assertThat(browser.driver().findElements(By.id("sign-in"))).as("signed out: offered to sign in").isNotEmpty();

        signIn(Demo.AME_MEMBER);
        try {
            for (String missing : List.of("/nexiste-pas.xhtml", "/null/alertes/alerte.xhtml", "/alertes/alerte.xhtml?id=00000000-0000-0000-0000-000000000000",
                    "/admin/partenaires.xhtml")) {
                browser.open(portal + missing);
                assertThat(browser.driver().getTitle()).as(missing).containsAnyOf("Page introuvable", "Accès refusé");
                assertThat(browser.driver().findElements(By.id("sign-in"))).as(missing + ": not offered to sign in again").isEmpty();
                assertThat(browser.driver().findElement(By.id("me")).getAttribute("textContent")).as(missing + ": the person's name")
                        .isEqualTo("Aïssata Diallo");
            }

            browser.open(portal + "/compte/profil.xhtml");
            WebElement change = browser.driver().findElement(By.id("change-password"));
            assertThat(change.getAttribute("href")).isEqualTo(KafoStack.get().issuer()
                    + "/account/account-security/signing-in?referrer=kafo-portal&referrer_uri="
                    + URLEncoder.encode(portal + "/compte/profil.xhtml", StandardCharsets.UTF_8));
            browser.guideScreenshot("mon-compte");
            change.click();
            browser.waiting().until(d -> d.getCurrentUrl().startsWith(KafoStack.get().issuer() + "/account"));
            // Keycloak's page, with its way back to the profile, and its password section once its script has run
            browser.waiting().until(d -> d.findElements(By.cssSelector("a[href^='" + portal + "/compte/profil.xhtml']")).stream()
                    .anyMatch(WebElement::isDisplayed));
            browser.waiting().until(d -> {
                String text = d.findElement(By.tagName("body")).getText();
                return text.contains("Mot de passe") || text.contains("Password");
            });
            browser.screenshot("keycloak-mot-de-passe");
        } finally {
            browser.open(portal + "/");
            signOut();
        }
    }

    /** Opens the page at each width, and notes it when the document is wider than the window. */
    private static void fits(String who, String page, List<String> overflows) {
        for (int width : WIDTHS) {
            browser.phoneWidth(width);
            browser.open(portal + page);
            @SuppressWarnings("unchecked")
            List<Object> measure = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                    "var w = window.innerWidth, d = document.documentElement.scrollWidth, wide = [];"
                            + "if (d > w) { document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                            + " if (r.width > 0 && r.right > w + 0.5) { wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                            + " + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                            + " + ' (' + Math.round(r.right) + ')'); } }); }"
                            + "return [d, w, wide.slice(-6).join(', ')];");
            long document = ((Number) measure.get(0)).longValue();
            long window = ((Number) measure.get(1)).longValue();
            if (document > window) {
                overflows.add(who + " " + page + " at " + width + " px: " + document + " px wide (" + measure.get(2) + ")");
            }
            if (width == 360) {
                browser.screenshot(who.replaceAll("[^a-z]+", "-") + page.replaceAll("[^a-zA-Z0-9]+", "-").replaceAll("-(id-)?[0-9a-f-]{36}$", "-fiche"));
            }
        }
        browser.wholeWindow();
    }

    private static String firstLink(String list, String hrefContains) {
        browser.open(portal + list);
        String href = browser.driver().findElements(By.cssSelector("a[href*='" + hrefContains + "']")).stream()
                .map(a -> a.getAttribute("href")).findFirst().orElseThrow(() -> new AssertionError("no " + hrefContains + " on " + list));
        return href.substring(portal.length());
    }

    private static void signIn(String user) {
        HomePage.open(browser, portal).signIn().signIn(user, DemoAccounts.get(user).password());
    }

    private static void signOut() {
        HomePage home = HomePage.open(browser, portal);
        if (home.signedIn()) {
            home.signOut();
        }
    }
}
