package org.kafo.web.it.release;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.browser.Browser;
import org.kafo.web.it.browser.HomePage;
import org.openqa.selenium.Cookie;

/**
 * The release as an operator installs it ({@link ProductionStack}): Debian's PostgreSQL, Keycloak in production mode
 * with the production realm, the portal by {@code bin/kafo start} with real secrets, behind Debian's nginx with TLS.
 * It refuses demo secrets, upgrades the previous release's database (or refuses, changing nothing), serves the pages
 * with their protections and the sign-in through the proxy, and is backed up and restored on an empty machine.
 */
class ReleaseIT {

    private static final Logger LOG = Logger.getLogger(ReleaseIT.class.getName());
    /** Tables whose rows the portal's own jobs add or remove as time passes (audit, outbox, escalations, the purge). */
    private static final Set<String> MOVING = Set.of("audit_entry", "search_outbox", "alert_timeline", "alert_person", "flyway_schema_history");

    @Test
    void aPortalWithADemoSecretOrAMissingOneRefusesToStartNamingTheVariablesAndTouchesNoDatabase() {
        ProductionStack stack = ProductionStack.get();
        stack.postgres.execute("postgres", "create database kafo_refused owner kafo");
        Path config = stack.root.resolve("etc-refused");
        Map<String, String> env = new java.util.LinkedHashMap<>(stack.kafoEnv());
        env.put("KAFO_DB_URL", stack.postgres.jdbcUrl("kafo_refused"));
        env.put("KAFO_OIDC_CLIENT_SECRET", "kafo-portal-demo-secret");
        env.put("KAFO_ADMIN_CLIENT_SECRET", "");
        env.put("KAFO_PORT", String.valueOf(ProductionStack.freePort()));
        env.put("KAFO_DATA_DIR", stack.root.resolve("data-refused").toString());
        Settings.write(config.resolve("kafo.env"), env);

        ReleasePortal refused = ReleasePortal.start(stack.release, config, stack.root.resolve("portal-refused.log"));
        assertThat(refused.awaitExit(Duration.ofMinutes(3))).as("systemd's RestartPreventExitStatus").isEqualTo(3);
        assertThat(refused.log()).contains("Kafo ne démarre pas",
                "KAFO_OIDC_CLIENT_SECRET n'est pas défini ou vaut la valeur de démonstration « kafo-portal-demo-secret »",
                "KAFO_ADMIN_CLIENT_SECRET n'est pas défini ou vaut la valeur de démonstration « kafo-admin-demo-secret »");
        assertThat(stack.postgres.count("kafo_refused", "select count(*) from information_schema.tables where table_schema = 'public'"))
                .as("refused before the database is touched").isZero();
    }

    @Test
    void theFirstStartUpgradesThePreviousReleasesDatabaseAndKeepsEveryRecord() throws IOException {
        ProductionStack stack = ProductionStack.get();
        List<String> local = migrations();
        assertThat(stack.postgres.strings("kafo", "select version from flyway_schema_history where success and version is not null"))
                .as("every migration of this release applied").containsAll(local.stream().map(ReleaseIT::version).toList());
        assertThat(stack.postgres.count("kafo", "select count(*) from flyway_schema_history where not success")).isZero();
        Map<String, Long> after = stack.counts();
        stack.before.forEach((table, rows) -> {
            if (!MOVING.contains(table)) {
                assertThat(after.get(table)).as(table + " after the upgrade").isEqualTo(rows);
            }
        });
        assertThat(stack.before).as("the previous release's data of every kind").allSatisfy((table, rows) -> {
            if (!table.equals("membership_offer")) {
                assertThat(rows).as(table).isPositive();
            }
        });
        // and the portal serves it: the partner onboarded by the previous release, its public documents, found by search
        HttpClient http = https(stack);
        assertThat(get(http, stack.proxy.portalUrl() + "/api/v1/tenants").body()).contains("aracem", "Association Malienne des Expulsés");
        assertThat(searchHits(http, stack, "expulsés")).isPositive();
        LOG.info(() -> "upgrade: the first start of the release on the previous release's database took " + stack.upgradeStart.toMillis() + " ms");
    }

    @Test
    void aMigrationThatCannotBeAppliedStopsTheStartWithTheReasonAndChangesNothing() throws IOException {
        ProductionStack stack = ProductionStack.get();
        stack.postgres.execute("postgres", "create database kafo_broken owner kafo");
        try (InputStream dump = getClass().getResourceAsStream(ProductionStack.DUMP)) {
            stack.postgres.load("kafo_broken", "kafo", stack.kafoDbPasswordForTests(), dump);
        }
        // a database touched by hand: onboarding's columns are there, its history row is not; applying V6_1 again fails
        stack.postgres.execute("kafo_broken", "delete from flyway_schema_history where version = '6.1'");
        Map<String, String> before = stack.postgres.digests("kafo_broken", List.of());

        Path config = stack.root.resolve("etc-broken");
        Map<String, String> env = new java.util.LinkedHashMap<>(stack.kafoEnv());
        env.put("KAFO_DB_URL", stack.postgres.jdbcUrl("kafo_broken"));
        env.put("KAFO_PORT", String.valueOf(ProductionStack.freePort()));
        env.put("KAFO_DATA_DIR", stack.root.resolve("data-broken").toString());
        Settings.write(config.resolve("kafo.env"), env);
        ReleasePortal broken = ReleasePortal.start(stack.release, config, stack.root.resolve("portal-broken.log"));

        assertThat(broken.awaitExit(Duration.ofMinutes(3))).isEqualTo(3);
        assertThat(broken.log()).contains("Le schéma de la base n'a pas pu être mis à jour ; rien n'a été changé", "V6_1__onboarding.sql",
                "already exists");
        assertThat(stack.postgres.digests("kafo_broken", List.of())).as("every table, row for row").isEqualTo(before);
    }

    @Test
    void behindTheTlsProxyEveryAnswerHasItsProtectionsAndAPersonSignsInInChromium() {
        ProductionStack stack = ProductionStack.get();
        HttpClient http = https(stack);
        for (String path : List.of("/", "/alertes/", "/annuaire/", "/api/v1/tenants")) {
            HttpResponse<String> page = get(http, stack.proxy.portalUrl() + path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Strict-Transport-Security")).as(path).hasValue("max-age=31536000");
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).isPresent()
                    .hasValueSatisfying(p -> assertThat(p).doesNotContain("unsafe-inline"));
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(page.headers().firstValue("Permissions-Policy")).isPresent();
        }
        assertThat(get(http, stack.proxy.portalUrl() + "/").headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self' " + stack.proxy.keycloakUrl());
        assertThat(get(http, stack.proxy.portalUrl() + "/metrics").statusCode()).as("metrics not published").isEqualTo(403);
        HttpResponse<String> plain = get(http, "http://localhost:" + stack.proxy.portalHttp + "/alertes/?x=1");
        assertThat(plain.statusCode()).isEqualTo(301);
        assertThat(plain.headers().firstValue("Location")).hasValue(stack.proxy.portalUrl() + "/alertes/?x=1");
        HttpResponse<String> login = get(http, stack.proxy.portalUrl() + "/login");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).startsWith(stack.proxy.keycloakUrl() + "/realms/kafo/protocol/openid-connect/auth")
                .contains("redirect_uri=" + java.net.URLEncoder.encode(stack.proxy.portalUrl() + "/oidc/callback", java.nio.charset.StandardCharsets.UTF_8));

        try (Browser browser = Browser.forJourney("journey-release-behind-nginx", "--ignore-certificate-errors")) {
            HomePage home = HomePage.open(browser, stack.proxy.portalUrl());
            assertThat(browser.driver().getCurrentUrl()).startsWith(stack.proxy.portalUrl());
            home = home.signIn().signIn(ProductionStack.COORDINATION, ProductionStack.COORDINATION_PASSWORD);
            assertThat(home.signedIn()).isTrue();
            assertThat(browser.driver().getCurrentUrl()).startsWith(stack.proxy.portalUrl());
            assertThat(browser.driver().getPageSource()).contains("Fatoumata Keïta");
            browser.screenshot("signed-in-behind-nginx");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session).isNotNull();
            assertThat(session.isSecure()).as("Secure").isTrue();
            assertThat(session.isHttpOnly()).as("HttpOnly").isTrue();
            assertThat(session.getSameSite()).isEqualTo("Lax");
            assertThat(browser.consoleErrors()).noneSatisfy(e -> assertThat(e).containsIgnoringCase("Content Security Policy"));
            home.signOut();
            assertThat(browser.driver().getCurrentUrl()).startsWith(stack.proxy.portalUrl());
        }
    }

    @Test
    void oneCommandBacksUpEverythingAndAnotherRestoresItOnAnEmptyMachine() {
        ProductionStack stack = ProductionStack.get();
        String reader = "awa.traore";
        String readerPassword = "Lectrice-" + ProductionStack.secret().substring(0, 8);
        stack.admin.createUser(reader, "Awa", "Traoré", "a.traore@reseau.example.org", readerPassword, "observer");
        List<String> accounts = stack.admin.accounts();
        List<String> keycloakTables = List.of("user_entity", "credential", "user_role_mapping", "user_group_membership", "org", "client", "realm");

        Map<String, String> portalRows;
        Map<String, String> keycloakRows;
        Duration backup;
        Path folder;
        int attempt = 0;
        do {   // a hot backup: the portal's jobs may write meanwhile; the comparison needs a backup nothing wrote during
            attempt++;
            folder = stack.root.resolve("backup-" + attempt);
            portalRows = stack.postgres.digests("kafo", List.of());
            keycloakRows = stack.postgres.digests("keycloak", keycloakTables);
            backup = stack.kafo("backup-" + attempt + ".log", "backup", folder.toString());
        } while ((!portalRows.equals(stack.postgres.digests("kafo", List.of()))) && attempt < 3);
        assertThat(folder.resolve("kafo.dump")).isRegularFile();
        assertThat(folder.resolve("keycloak.dump")).isRegularFile();
        assertThat(folder.resolve("SHA256SUMS")).isRegularFile();

        // an empty machine: a new PostgreSQL with empty databases, Keycloak and the portal with no data of their own
        stack.portal.close();
        stack.keycloak.stop();
        DebianPostgres old = stack.postgres;
        old.close();
        stack.postgres = DebianPostgres.start(stack.root.resolve("pg-b"), ProductionStack.freePort());
        stack.postgres.createRoleAndDatabase("kafo", stack.kafoDbPasswordForTests());
        stack.postgres.createRoleAndDatabase("keycloak", stack.keycloakDbPasswordForTests());
        stack.dataDir = stack.root.resolve("data-b");
        stack.writeSettings();
        Duration restore = stack.kafo("restore.log", "restore", folder.toString());

        assertThat(stack.postgres.digests("kafo", List.of())).as("every record and file of the portal, row for row").isEqualTo(portalRows);
        assertThat(stack.postgres.digests("keycloak", keycloakTables)).as("the realm, its accounts and credentials").isEqualTo(keycloakRows);
        assertThat(stack.postgres.count("kafo", "select count(*) from stored_file f join stored_file_bytes b on b.file_id = f.id"
                + " where encode(sha256(b.bytes), 'hex') <> f.sha256")).as("every file's bytes match their checksum").isZero();

        stack.keycloak = ProductionKeycloak.install(stack.root.resolve("keycloak-b"), stack.keycloakEnv());
        stack.keycloak.start();
        long t0 = System.nanoTime();
        stack.portal = ReleasePortal.start(stack.release, stack.config(), stack.root.resolve("portal-b.log")).awaitUp(stack.portalPort);
        Duration start = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(stack.admin.accounts()).as("every account, its roles and credentials").isEqualTo(accounts);
        assertThat(searchHits(https(stack), stack, "expulsés")).as("the search index, rebuilt from the database").isPositive();
        assertThat(stack.dataDir.resolve("index")).isDirectory();
        try (Browser browser = Browser.forJourney("journey-release-restored", "--ignore-certificate-errors")) {
            HomePage home = HomePage.open(browser, stack.proxy.portalUrl()).signIn().signIn(reader, readerPassword);
            assertThat(home.signedIn()).as("an account created before the backup signs in after the restore").isTrue();
        }
        String measured = String.format("backup %d ms (%s), restore %d ms, then the portal's start with the index rebuilt %d ms",
                backup.toMillis(), size(folder), restore.toMillis(), start.toMillis());
        LOG.info(measured);
    }

    private static int searchHits(HttpClient http, ProductionStack stack, String words) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int hits = 0;
        while (hits == 0 && System.nanoTime() < deadline) {
            HttpResponse<String> found = get(http, stack.proxy.portalUrl() + "/api/v1/search?q="
                    + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8));
            if (found.statusCode() == 200) {
                JsonObject json = Json.createReader(new StringReader(found.body())).readObject();
                hits = json.containsKey("totalHits") ? json.getJsonNumber("totalHits").intValue() : 0;
            }
            if (hits == 0) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return hits;
    }

    private static List<String> migrations() throws IOException {
        try (var files = Files.list(Path.of("../portal-domain/src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("V")).sorted().toList();
        }
    }

    /** {@code V6_2__membership_offers.sql} → {@code 6.2}. */
    private static String version(String file) {
        return file.substring(1, file.indexOf("__")).replace('_', '.');
    }

    private static HttpClient https(ProductionStack stack) {
        return HttpClient.newBuilder().sslContext(stack.proxy.sslContext()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> get(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json, text/html")
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String size(Path folder) {
        try (var files = Files.list(folder)) {
            long bytes = files.mapToLong(f -> f.toFile().length()).sum();
            return bytes / 1024 + " KB";
        } catch (IOException e) {
            return "?";
        }
    }
}
