package org.kafo.web.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kafo.realm.DemoAccounts;
import org.kafo.realm.KeycloakServer;
import org.kafo.web.launch.EmbeddedDatabase;

/**
 * The servers every integration test shares, started once per test run and closed at its end (JUnit's
 * root store keeps them): an embedded PostgreSQL and the real Keycloak with the demo realm. It then
 * tells Arquillian's Payara Micro container how to reach them, through the container's {@code payara.*}
 * system properties, before Arquillian starts Payara Micro.
 */
public final class KafoStack implements BeforeAllCallback {

    private static Servers servers;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Servers.class, k -> get(), Servers.class);
    }

    public static synchronized Servers get() {
        if (servers == null) {
            servers = new Servers();
        }
        return servers;
    }

    /** PostgreSQL and Keycloak, and where the portal will listen. */
    public static final class Servers implements ExtensionContext.Store.CloseableResource {

        private static final Logger LOG = Logger.getLogger(KafoStack.class.getName());

        private final EmbeddedDatabase database;
        private final KeycloakServer keycloak;
        private final GreenMail mail;
        private final KeycloakAdminLink adminLink;
        private final int portalPort;
        private final Map<String, Token> tokens = new ConcurrentHashMap<>();
        private final Map<String, String> portalProperties = new java.util.LinkedHashMap<>();

        /** A user's access token and the refresh token that renews it. */
        private record Token(String value, String refreshToken, Instant fetched) {

            static Token of(org.kafo.realm.AccessToken token) {
                return new Token(token.raw(), token.response().getString("refresh_token", null), Instant.now());
            }
        }

        private Servers() {
            long t0 = System.nanoTime();
            portalPort = freePort();
            Path dataDir;
            try {
                dataDir = Files.createDirectories(Path.of("target", "it-data")).toAbsolutePath();
                // The database is new on every run, so the index of an earlier run (and its watermark) must go too.
                deleteTree(dataDir.resolve("index"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            database = EmbeddedDatabase.ephemeral();
            // One SMTP server for the whole stack: Keycloak's invitations (the realm's KAFO_SMTP_* placeholders).
            mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            keycloak = KeycloakServer.ephemeral().portalUrl(portalUrl())
                    .environment("KAFO_SMTP_HOST", "127.0.0.1")
                    .environment("KAFO_SMTP_PORT", String.valueOf(mail.getSmtp().getPort()))
                    .start();
            adminLink = new KeycloakAdminLink(keycloak.baseUri());
            LOG.info(() -> String.format("PostgreSQL and Keycloak started in %.1f s", (System.nanoTime() - t0) / 1e9));
            System.setProperty("payara.microJar", System.getProperty("kafo.payara.jar", "target/runtime/payara-micro.jar"));
            System.setProperty("payara.randomHttpPort", "false");
            System.setProperty("payara.autoBindHttp", "false");
            System.setProperty("payara.clusterEnabled", "false");
            System.setProperty("payara.startupTimeoutInSeconds", "300");
            portalProperties.put("kafo.db.url", database.jdbcUrl());
            portalProperties.put("kafo.db.user", EmbeddedDatabase.USER);
            portalProperties.put("kafo.db.password", EmbeddedDatabase.PASSWORD);
            portalProperties.put("kafo.oidc.issuer", keycloak.issuer());
            portalProperties.put("kafo.oidc.client-secret", keycloak.portalClientSecret());
            portalProperties.put("kafo.admin.url", adminLink.url());
            portalProperties.put("kafo.admin.client-secret", keycloak.adminClientSecret());
            portalProperties.put("kafo.portal.url", portalUrl());
            portalProperties.put("kafo.data.dir", dataDir.toString());
            portalProperties.put("kafo.demo", "true");
            // the stack's Keycloak is the demo realm, with its demo secrets: the run command's embedded mode
            portalProperties.put("kafo.embedded", "true");
            // alerts: the portal's notifications go to the same SMTP server; scheduled checks run every 2 s
            portalProperties.put("kafo.smtp.host", "127.0.0.1");
            portalProperties.put("kafo.smtp.port", String.valueOf(mail.getSmtp().getPort()));
            portalProperties.put("kafo.smtp.from", "kafo@kafo.test");
            portalProperties.put("kafo.smtp.starttls", "false"); // GreenMail's plain SMTP
            portalProperties.put("kafo.alert.jobs.interval-seconds", "2");
            // the event stream's heartbeat every 2 s: a subscriber gone away is forgotten within seconds
            portalProperties.put("kafo.alert.stream.heartbeat-seconds", "2");
            // sessions ask Keycloak again every 4 s (60 s by default): the tests of rights taken away need not wait a minute
            portalProperties.put("kafo.session.check-seconds", "4");
            // bounds on live channels per caller: 5 event streams (the alert bench raises it for its 200 subscribers), 3 pages
            portalProperties.put("kafo.alert.stream.max-per-caller", System.getProperty("kafo.it.stream-max-per-caller", "5"));
            portalProperties.put("kafo.alert.push.max-per-caller", "3");
            StringBuilder options = new StringBuilder("-Xmx768m");
            portalProperties.forEach((k, v) -> options.append(" -D").append(k).append('=').append(v));
            System.setProperty("payara.cmdOptions", options.toString());
            System.setProperty("payara.extraMicroOptions", "--port " + portalPort
                    + " --prebootcommandfile " + System.getProperty("kafo.payara.preboot"));
        }

        public String portalUrl() {
            return "http://localhost:" + portalPort;
        }

        /**
         * The system properties the portal is started with (database, Keycloak, mail, data directory): a further
         * instance of the portal ({@code ScaleOutIT}) starts with the same ones, but its own port and data directory.
         */
        public Map<String, String> portalProperties() {
            return Map.copyOf(portalProperties);
        }

        public String issuer() {
            return keycloak.issuer();
        }

        public KeycloakServer keycloak() {
            return keycloak;
        }

        public EmbeddedDatabase database() {
            return database;
        }

        /** The SMTP server every mail of the stack goes to. */
        public GreenMail mail() {
            return mail;
        }

        /** The portal's way to Keycloak's admin API, which a test may cut. */
        public KeycloakAdminLink adminLink() {
            return adminLink;
        }

        /**
         * An access token for a demo user, as an API user gets one: the device authorization grant of the public
         * client {@code kafo-api} (the user's sign-in and consent done on Keycloak's pages by {@code SignInPages}).
         * Reused for a minute (tokens live five), then renewed with its refresh token.
         */
        public String token(String username) {
            return tokens.compute(username, (u, cached) -> {
                if (cached != null && cached.fetched().isAfter(Instant.now().minusSeconds(60))) {
                    return cached;
                }
                if (cached != null && cached.refreshToken() != null) {
                    try {
                        return Token.of(keycloak.apiTokens().refresh(cached.refreshToken()));
                    } catch (org.kafo.realm.TokenRequestException expired) {
                        // the session ended (idle, or signed out): sign in again
                    }
                }
                return Token.of(keycloak.userToken(u, DemoAccounts.get(u).password()));
            }).value();
        }

        @Override
        public void close() {
            adminLink.close();
            keycloak.close();
            mail.stop();
            database.close();
        }

        private static void deleteTree(Path root) throws IOException {
            if (Files.exists(root)) {
                try (var paths = Files.walk(root)) {
                    for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
