package org.kafo.web.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * The network between the portal and Keycloak's admin API, as a test can cut it: an HTTP relay on
 * loopback that the portal's {@code kafo.admin.url} points at. Passing by default; {@link #cutFrom}
 * makes it drop every request from the first one that matches (the connection closes without an answer,
 * as when Keycloak goes away mid-way), until {@link #restore}. Sign-in and tokens do not go through it.
 */
public final class KeycloakAdminLink implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "transfer-encoding", "upgrade",
            "keep-alive", "expect", "te", "trailer", "proxy-connection");

    private final URI keycloak;
    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Predicate<String> firstToFail = r -> false;
    private volatile boolean down;

    public KeycloakAdminLink(URI keycloak) {
        this.keycloak = keycloak;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::relay);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** From the first request whose {@code "METHOD /path"} matches, every request is dropped. */
    public void cutFrom(Predicate<String> request) {
        requests.clear();
        firstToFail = request;
    }

    public void restore() {
        firstToFail = r -> false;
        down = false;
    }

    /** The requests seen since the last {@link #cutFrom}, as {@code "METHOD /path"}; dropped ones end in " ✗". */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void relay(HttpExchange exchange) throws IOException {
        String line = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        if (down || firstToFail.test(line)) {
            down = true;
            requests.add(line + " ✗");
            exchange.close();
            return;
        }
        requests.add(line);
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder forward = HttpRequest.newBuilder(keycloak.resolve(exchange.getRequestURI().toString()))
                    .timeout(Duration.ofSeconds(30))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                    values.forEach(v -> forward.header(name, v));
                }
            });
            HttpResponse<byte[]> response = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
