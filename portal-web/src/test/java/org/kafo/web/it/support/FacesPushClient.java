package org.kafo.web.it.support;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an open alert list page does for its live updates, without a browser: it loads {@code /alertes/} (as an
 * anonymous visitor, or in a signed-in {@link PageSession}), then opens the Faces websocket channel the page declares,
 * with the page's session cookie, and keeps the messages pushed to it and whether the server closed it.
 */
public final class FacesPushClient implements AutoCloseable {

    private static final Pattern CHANNEL = Pattern.compile("((?:wss?://[^'\"\\s]*?)?/jakarta\\.faces\\.push/alertes\\?[^'\"\\s\\\\]+)");

    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final List<Long> arrivals = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final WebSocket socket;

    /** An anonymous visitor's list page on the instance at {@code base}. */
    public FacesPushClient(String base) throws Exception {
        this(base, null);
    }

    /** The list page opened in a signed-in session, on the tests' instance. */
    public static FacesPushClient of(PageSession session) throws Exception {
        return new FacesPushClient(KafoStack.get().portalUrl(), session);
    }

    private FacesPushClient(String base, PageSession session) throws Exception {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
        String body;
        if (session == null) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/alertes/index.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new AssertionError("alert list page: " + page.statusCode());
            }
            body = page.body();
        } else {
            Api.Response page = session.page("/alertes/index.xhtml");
            if (page.status() != 200) {
                throw new AssertionError("alert list page: " + page.status());
            }
            body = page.body();
        }
        Matcher m = CHANNEL.matcher(body);
        if (!m.find()) {
            throw new AssertionError("the alert list page declares no push channel");
        }
        String found = m.group(1);
        String ws = found.startsWith("ws") ? found : base.replaceFirst("^http", "ws") + found;
        String cookie = session != null ? session.cookieHeader()
                : String.join("; ", cookies.getCookieStore().getCookies().stream().map(Object::toString).toList());
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

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed.countDown();
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closed.countDown();
            }
        }).get(20, TimeUnit.SECONDS);
    }

    /** When the first message containing it arrived ({@link System#nanoTime()}), or -1. */
    public long arrivedAt(String containing) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).contains(containing)) {
                return arrivals.get(i);
            }
        }
        return -1;
    }

    /** Whether the server closed the channel within {@code timeout}. */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        return closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean received(String containing) {
        return messages.stream().anyMatch(m -> m.contains(containing));
    }

    public boolean awaitMessage(String containing, Duration timeout) throws InterruptedException {
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
