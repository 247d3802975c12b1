package org.kafo.web.it.scale;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an open alert list page does for its live updates, without a browser: it loads {@code /alertes/} (an
 * anonymous visitor here), then opens the Faces websocket channel the page declares, with the page's session
 * cookie, and keeps the messages pushed to it.
 */
final class FacesPushClient implements AutoCloseable {

    private static final Pattern CHANNEL = Pattern.compile("((?:wss?://[^'\"\\s]*?)?/jakarta\\.faces\\.push/alertes\\?[^'\"\\s\\\\]+)");

    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final List<Long> arrivals = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    FacesPushClient(String base) throws Exception {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/alertes/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new AssertionError("alert list page: " + page.statusCode());
        }
        Matcher m = CHANNEL.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("the alert list page declares no push channel");
        }
        String found = m.group(1);
        String ws = found.startsWith("ws") ? found : base.replaceFirst("^http", "ws") + found;
        String cookie = String.join("; ", cookies.getCookieStore().getCookies().stream().map(Object::toString).toList());
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (!cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        socket = builder.buildAsync(URI.create(ws), new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    arrivals.add(System.nanoTime());
                    messages.add(partial.toString());
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).get(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** When the first message containing it arrived ({@link System#nanoTime()}), or -1. */
    long arrivedAt(String containing) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).contains(containing)) {
                return arrivals.get(i);
            }
        }
        return -1;
    }

    boolean received(String containing) {
        return messages.stream().anyMatch(m -> m.contains(containing));
    }

    boolean awaitMessage(String containing, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (received(containing)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
