package org.kafo.web.it.bench;

import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.NETWORK_ADMIN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.kafo.realm.DemoAccounts;
import org.kafo.web.it.browser.Browser;
import org.kafo.web.it.browser.HomePage;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures, never asserts (run with {@code -Pbench}): the alert list, the directory and the search results
 * in Chromium on a throttled link, first visit (empty cache) and repeat visit (same browser, cached), for a
 * visitor and for a signed-in member of the reception team; the signed-in forms (new alert, deposit) for the
 * member and the administration lists for the network's coordination, and those again when reached from the home page
 * (whose signed-in pages prefetch PrimeFaces' files when idle). Bytes are the Resource Timing API's
 * {@code transferSize} (headers and compressed body; 0 for what came from the cache) of the page and of
 * every resource it loaded; "usable" is DOMContentLoaded (the page is drawn and its links work), "load"
 * the load event. Results go to the log and to {@code target/bench/slow-phone.md}.
 */
@KafoIT
class SlowPhoneBench {

    private static final Logger LOG = Logger.getLogger(SlowPhoneBench.class.getName());

    /**
     * The links: 400 kbit/s down and up with 400 ms of latency (a slow 3G link as the network's users have it), then
     * Chrome DevTools' "Slow 3G" preset (the same throughput, 2000 ms of latency). {@code -Dkafo.bench.kbits} and
     * {@code -Dkafo.bench.rtt} measure one link of one's own instead.
     */
    private static final List<int[]> LINKS = System.getProperty("kafo.bench.rtt") != null
            ? List.of(new int[] {Integer.getInteger("kafo.bench.kbits", 400), Integer.getInteger("kafo.bench.rtt")})
            : List.of(new int[] {400, 400}, new int[] {400, 2000});

    /** The public list pages: every caller sees them, and they stay light (no PrimeFaces). */
    private static final List<String[]> PAGES = List.of(
            new String[] {"liste des alertes", "/alertes/index.xhtml"},
            new String[] {"annuaire", "/annuaire/"},
            new String[] {"résultats de recherche", "/recherche.xhtml?q=expulses+libye"},
            // the observatory (issue 19): a visitor gets the published 2025, a member the network's 2025
            new String[] {"observatoire 2025", "/observatoire/?year=2025"});

    /** The signed-in forms a member of a reception team fills in (those that may use PrimeFaces, within the budget). */
    private static final List<String[]> MEMBER_FORMS = List.of(
            new String[] {"nouvelle alerte", "/alertes/saisie/nouvelle.xhtml"},
            new String[] {"dépôt d'un document", "/bibliotheque/deposer.xhtml"});

    /** The administration lists the network's coordination works in. */
    private static final List<String[]> ADMIN_PAGES = List.of(
            new String[] {"associations (admin)", "/admin/partenaires.xhtml"},
            new String[] {"membres (admin)", "/mon-association/membres.xhtml?association=ame"});

    private final List<String> rows = new ArrayList<>();
    private String chromium = "";
    private final List<String> details = new ArrayList<>();

    @Test
    void pagesOnASlowPhone() throws Exception {
        String portal = KafoStack.get().portalUrl();
        for (int[] link : LINKS) {
            try (Browser visitor = new Browser()) {
                measure(visitor, "visiteur", portal, link, PAGES);
            }
            try (Browser member = new Browser()) {
                HomePage.open(member, portal).signIn().signIn(AME_MEMBER, DemoAccounts.get(AME_MEMBER).password());
                measure(member, "membre (accueil.ame)", portal, link, PAGES);
                measure(member, "membre (accueil.ame)", portal, link, MEMBER_FORMS);
                afterTheHomePage(member, "membre (accueil.ame)", portal, link, MEMBER_FORMS);
            }
            try (Browser coordination = new Browser()) {
                HomePage.open(coordination, portal).signIn().signIn(NETWORK_ADMIN, DemoAccounts.get(NETWORK_ADMIN).password());
                measure(coordination, "coordination", portal, link, ADMIN_PAGES);
                afterTheHomePage(coordination, "coordination", portal, link, ADMIN_PAGES);
            }
        }
        List<String> report = new ArrayList<>();
        report.add("# Pages on a slow phone");
        report.add("");
        report.add(String.format("Chromium %s, network emulated with CDP `Network.emulateNetworkConditions` (throughput the same up "
                + "and down). Bytes: Resource Timing `transferSize` of the page and its resources (headers + compressed body; "
                + "0 when served from the cache). Content shown: first contentful paint. Usable: DOMContentLoaded. "
                + "Targets: first visit < 400 KB, repeat < 60 KB, usable < 5 s.", chromium));
        report.add("");
        report.add("| link | page | who | visit | requests | transferred (KB) | content shown (s) | usable (s) | load (s) |");
        report.add("|---|---|---|---|---|---|---|---|---|");
        report.addAll(rows);
        report.add("");
        report.add("## What each first visit loaded");
        report.add("");
        report.addAll(details);
        Files.createDirectories(Path.of("target", "bench"));
        Files.write(Path.of("target", "bench", "slow-phone.md"), report);
        report.forEach(LOG::info);
    }

    private void measure(Browser browser, String who, String portal, int[] link, List<String[]> pages) {
        int kbits = link[0];
        int rtt = link[1];
        String name = kbits + " kbit/s, " + rtt + " ms";
        ChromeDriver driver = browser.driver();
        chromium = driver.getCapabilities().getBrowserVersion();
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", rtt,
                "downloadThroughput", kbits * 1000 / 8, "uploadThroughput", kbits * 1000 / 8));
        for (String[] page : pages) {
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.get("about:blank");
            Visit first = visit(driver, portal + page[1]);
            driver.get("about:blank");
            Visit repeat = visit(driver, portal + page[1]);
            rows.add(first.row(name, page[0], who, "first"));
            rows.add(repeat.row(name, page[0], who, "repeat"));
            if (rtt == LINKS.get(0)[1]) {
                details.add("- " + page[0] + ", " + who + ": " + String.join(", ", first.resources()));
            }
        }
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /**
     * A signed-in person reaches a form from another page of the portal: the cache emptied, the home page opened and left
     * idle until it has fetched what its signed-in pages prefetch (PrimeFaces' files), then the page measured.
     */
    private void afterTheHomePage(Browser browser, String who, String portal, int[] link, List<String[]> pages) {
        ChromeDriver driver = browser.driver();
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", link[1],
                "downloadThroughput", link[0] * 1000 / 8, "uploadThroughput", link[0] * 1000 / 8));
        for (String[] page : pages) {
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.get(portal + "/");
            new WebDriverWait(driver, Duration.ofSeconds(180)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                    "return performance.getEntriesByType('resource').some(e => e.name.includes('components.js') && e.responseEnd > 0);")));
            driver.get("about:blank");
            Visit warmed = visit(driver, portal + page[1]);
            rows.add(warmed.row(link[0] + " kbit/s, " + link[1] + " ms", page[0], who, "first, after the home page"));
        }
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    @SuppressWarnings("unchecked")
    private static Visit visit(ChromeDriver driver, String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> ((Number) driver.executeScript(
                "const n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd : 0;")).doubleValue() > 0);
        // Let what the page fetches after its load event (if anything) arrive.
        sleep(1500);
        Map<String, Object> m = (Map<String, Object>) driver.executeScript("""
                const n = performance.getEntriesByType('navigation')[0];
                const r = performance.getEntriesByType('resource');
                const p = performance.getEntriesByName('first-contentful-paint')[0];
                return {doc: n.transferSize, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, fcp: p ? p.startTime : -1,
                        res: r.map(e => [e.name, e.transferSize, e.encodedBodySize, e.decodedBodySize])};""");
        List<List<Object>> res = (List<List<Object>>) m.get("res");
        long bytes = ((Number) m.get("doc")).longValue();
        List<String> names = new ArrayList<>();
        names.add("page " + kb(((Number) m.get("doc")).longValue()));
        for (List<Object> r : res) {
            long transfer = ((Number) r.get(1)).longValue();
            bytes += transfer;
            String name = String.valueOf(r.get(0)).replaceAll("^https?://[^/]+", "").replaceAll("\\.xhtml\\?", "?");
            names.add("`" + name + "` " + kb(transfer) + " (" + kb(((Number) r.get(3)).longValue()) + " unpacked)");
        }
        return new Visit(1 + res.size(), bytes, ((Number) m.get("fcp")).doubleValue() / 1000, ((Number) m.get("dcl")).doubleValue() / 1000,
                ((Number) m.get("load")).doubleValue() / 1000, names);
    }

    private record Visit(int requests, long bytes, double shown, double usable, double load, List<String> resources) {
        String row(String link, String page, String who, String visit) {
            return String.format("| %s | %s | %s | %s | %d | %.1f | %.2f | %.2f | %.2f |", link, page, who, visit, requests, bytes / 1024.0,
                    shown, usable, load);
        }
    }

    private static String kb(long bytes) {
        return String.format("%.1f KB", bytes / 1024.0);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
