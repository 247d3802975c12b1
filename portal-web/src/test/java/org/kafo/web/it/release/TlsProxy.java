package org.kafo.web.it.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Debian's nginx in front of the portal and Keycloak with a self-signed certificate, configured by the release's own
 * examples ({@code nginx/kafo.conf}, {@code nginx/keycloak.conf}) with only their names, ports and paths replaced,
 * as an operator would edit them. A trust store holds the certificate for the portal's JVM and the tests.
 */
final class TlsProxy implements AutoCloseable {

    static final String TRUST_PASSWORD = "changeit";

    private final Path dir;
    final int portalHttps;
    final int portalHttp;
    final int keycloakHttps;
    private final Process nginx;

    private TlsProxy(Path dir, int portalHttps, int portalHttp, int keycloakHttps, Process nginx) {
        this.dir = dir;
        this.portalHttps = portalHttps;
        this.portalHttp = portalHttp;
        this.keycloakHttps = keycloakHttps;
        this.nginx = nginx;
    }

    static TlsProxy start(Path dir, Path release, int portalPort, int keycloakPort, int portalHttps, int portalHttp, int keycloakHttps,
                          int keycloakHttp) {
        try {
            Files.createDirectories(dir.resolve("tmp"));
            Path log = dir.resolve("setup.log");
            Processes.run(log, Map.of(), Duration.ofMinutes(1), "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                    "-keyout", dir.resolve("privkey.pem").toString(), "-out", dir.resolve("fullchain.pem").toString(), "-days", "2",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1");
            Files.deleteIfExists(dir.resolve("trust.p12"));
            Processes.run(log, Map.of(), Duration.ofMinutes(1), Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-importcert", "-noprompt", "-alias", "kafo-test", "-file", dir.resolve("fullchain.pem").toString(), "-keystore",
                    dir.resolve("trust.p12").toString(), "-storetype", "PKCS12", "-storepass", TRUST_PASSWORD);
            String portal = Processes.read(release.resolve("nginx/kafo.conf"))
                    .replace("listen [::]:80;", "").replace("listen [::]:443 ssl http2;", "")
                    .replace("listen 80;", "listen 127.0.0.1:" + portalHttp + ";")
                    .replace("listen 443 ssl http2;", "listen 127.0.0.1:" + portalHttps + " ssl http2;")
                    .replace("https://kafo.example.org", "https://localhost:" + portalHttps)
                    .replace("kafo.example.org", "localhost")
                    .replace("/etc/ssl/kafo/", dir + "/")
                    .replace("http://127.0.0.1:8080", "http://127.0.0.1:" + portalPort);
            String keycloak = Processes.read(release.resolve("nginx/keycloak.conf"))
                    .replace("listen [::]:80;", "").replace("listen [::]:443 ssl http2;", "")
                    .replace("listen 80;", "listen 127.0.0.1:" + keycloakHttp + ";")
                    .replace("listen 443 ssl http2;", "listen 127.0.0.1:" + keycloakHttps + " ssl http2;")
                    .replace("https://id.kafo.example.org", "https://localhost:" + keycloakHttps)
                    .replace("id.kafo.example.org", "localhost")
                    .replace("/etc/ssl/kafo/id-", dir + "/")
                    .replace("/etc/nginx/kafo-keycloak-proxy.conf", release.resolve("nginx/kafo-keycloak-proxy.conf").toString())
                    .replace("http://127.0.0.1:8180", "http://127.0.0.1:" + keycloakPort);
            Files.writeString(dir.resolve("kafo.conf"), portal);
            Files.writeString(dir.resolve("keycloak.conf"), keycloak);
            String tmp = dir.resolve("tmp").toString();
            Files.writeString(dir.resolve("nginx.conf"), (Processes.root() ? "user root;\n" : "")
                    + "worker_processes 1;\ndaemon off;\npid " + dir.resolve("nginx.pid") + ";\nerror_log " + dir.resolve("error.log") + ";\n"
                    + "events { worker_connections 256; }\n"
                    + "http {\n  access_log " + dir.resolve("access.log") + ";\n  default_type application/octet-stream;\n"
                    + "  client_body_temp_path " + tmp + "/body;\n  proxy_temp_path " + tmp + "/proxy;\n  fastcgi_temp_path " + tmp + "/fcgi;\n"
                    + "  uwsgi_temp_path " + tmp + "/uwsgi;\n  scgi_temp_path " + tmp + "/scgi;\n"
                    + "  include " + dir.resolve("kafo.conf") + ";\n  include " + dir.resolve("keycloak.conf") + ";\n}\n");
            String binary = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
            Process nginx = Processes.start(dir.resolve("nginx.log"), Map.of(), dir, binary, "-c", dir.resolve("nginx.conf").toString(),
                    "-p", dir + "/");
            TlsProxy proxy = new TlsProxy(dir, portalHttps, portalHttp, keycloakHttps, nginx);
            proxy.awaitListening(portalHttps);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening(int port) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Processes.tail(dir.resolve("nginx.log"), 20)
                        + Processes.tail(dir.resolve("error.log"), 20));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("nginx does not listen on " + port);
    }

    String portalUrl() {
        return "https://localhost:" + portalHttps;
    }

    String keycloakUrl() {
        return "https://localhost:" + keycloakHttps;
    }

    Path trustStore() {
        return dir.resolve("trust.p12");
    }

    /** An SSL context that trusts the test certificate, for the tests' HTTP client. */
    SSLContext sslContext() {
        try (InputStream in = Files.newInputStream(trustStore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, TRUST_PASSWORD.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        Processes.stop(nginx);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
