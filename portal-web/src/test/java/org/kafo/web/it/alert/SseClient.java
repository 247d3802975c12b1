package org.kafo.web.it.alert;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.kafo.web.it.support.KafoStack;

/** A subscriber to {@code /api/v1/alerts/stream}, as an API client would be: it keeps the data lines it receives. */
public final class SseClient implements AutoCloseable {


    private final List<String> data = new CopyOnWriteArrayList<>();
    /** When each data line arrived ({@link System#nanoTime()}), in the same order. */
    private final List<Long> arrivals = new CopyOnWriteArrayList<>();
    private final CountDownLatch open = new CountDownLatch(1);
    /** Comment lines: the opening one, then the server's heartbeat. */
    private final AtomicInteger comments = new AtomicInteger();
    /** The names of the events received ({@code alert}, {@code closed}), in order. */
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final CountDownLatch answered = new CountDownLatch(1);
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile int status;

    SseClient(String user) {
        this(KafoStack.get().portalUrl(), user);
    }

    /** A subscriber to the stream of the instance at {@code base} (another instance than the tests' own). */
    public SseClient(String base, String user) {
        this(URI.create(base + "/api/v1/alerts/stream"), user == null ? null : KafoStack.get().token(user));
    }

    private SseClient(URI stream, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(stream)
                .header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        // Its own HTTP/1.1 connection, as each API client has (no HTTP/2 multiplexing of the streams).
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        response = http.sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> {
            status = r.statusCode();
            answered.countDown();
            try {
                r.body().forEach(line -> {
                    if (line.startsWith(":")) {
                        comments.incrementAndGet();
                        open.countDown();
                    } else if (line.startsWith("event:")) {
                        events.add(line.substring(6).trim());
                    } else if (line.startsWith("data:")) {
                        arrivals.add(System.nanoTime());
                        data.add(line.substring(5).trim());
                    } else if (status != 200) {
                        data.add(line);
                    }
                });
            } finally {
                ended.countDown();
            }
        });
    }

    /** A subscriber with a token of its own (a person the test created, a token of a short life). */
    public static SseClient withToken(String token) {
        return new SseClient(URI.create(KafoStack.get().portalUrl() + "/api/v1/alerts/stream"), token);
    }

    /** The stream's HTTP status, once answered. */
    public int status() throws InterruptedException {
        if (!answered.await(20, TimeUnit.SECONDS)) {
            throw new AssertionError("the stream did not answer");
        }
        return status;
    }

    /** The whole body of a refused stream (its problem+json). */
    public String refusal() throws InterruptedException {
        awaitEnd(Duration.ofSeconds(10));
        return String.join("\n", data);
    }

    /** Whether the server ended the stream within {@code timeout}. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public List<String> events() {
        return List.copyOf(events);
    }

    /** Waits for the stream's opening comment: from then on, events are delivered. */
    public SseClient awaitOpen() throws InterruptedException {
        if (!open.await(20, TimeUnit.SECONDS)) {
            throw new AssertionError("stream not opened (status " + status + ")");
        }
        return this;
    }

    public boolean awaitData(String containing, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (received(containing)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** When the first event containing it arrived ({@link System#nanoTime()}), or -1. */
    public long arrivedAt(String containing) {
        for (int i = 0; i < data.size(); i++) {
            if (data.get(i).contains(containing)) {
                return arrivals.get(i);
            }
        }
        return -1;
    }

    /** How many events contained it (one event per change: a relayed change must not come twice). */
    public long count(String containing) {
        return data.stream().filter(d -> d.contains(containing)).count();
    }

    public int comments() {
        return comments.get();
    }

    public boolean received(String containing) {
        return data.stream().anyMatch(d -> d.contains(containing));
    }

    @Override
    public void close() {
        response.cancel(true);
        response.thenAccept(r -> r.body().close());
    }
}
