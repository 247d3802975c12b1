package org.kafo.web.it.bench;

import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;

/**
 * Measures, never asserts (run with {@code -Pbench}): the time from the POST that publishes an alert to
 * its arrival at 50 and 200 event-stream subscribers on loopback (p50, p99), and the throughput of the
 * alert list API under load as a ratio to the cheapest JAX-RS endpoint of the same server, in the same
 * run. Results go to the log and to {@code target/bench/alerts.txt}.
 */
@KafoIT
class AlertBench {

    private static final Logger LOG = Logger.getLogger(AlertBench.class.getName());
    private static final int PUBLISHES = 20;
    private static final Duration LOAD = Duration.ofSeconds(15);
    private static final int LOAD_THREADS = 16;

    private final List<String> report = Collections.synchronizedList(new ArrayList<>());
    /**
     * One client posts every alert, on a connection kept open, as an API client posting alerts would: a client made for
     * each round put its own start-up and connection into the first publication's time.
     */
    private final HttpClient poster = HttpClient.newHttpClient();

    @Test
    void fanOutAndListThroughput() throws Exception {
        // A first round at 200, not reported, warms up the server's and the clients' code paths (JIT, connections):
        // without it the first measured round carried the warm-up in its p99.
        fanOut(200, false);
        fanOut(50, true);
        fanOut(200, true);
        throughput();
        Files.createDirectories(Path.of("target", "bench"));
        Files.write(Path.of("target", "bench", "alerts.txt"), report);
    }

    private void fanOut(int subscribers, boolean reported) throws Exception {
        String base = KafoStack.get().portalUrl();
        String token = KafoStack.get().token(AME_MEMBER);
        // Each subscriber reads its stream on a socket and a thread of its own, as separate API clients would. Not with
        // java.net.http: its one selector thread reads all the connections and hands the lines over to the readers, which
        // put up to tens of milliseconds of the client's own queueing into the measure at 200 subscribers.
        ExecutorService readers = Executors.newCachedThreadPool();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
        CountDownLatch open = new CountDownLatch(subscribers);
        List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());
        URI stream = URI.create(base + "/api/v1/alerts/stream");
        for (int i = 0; i < subscribers; i++) {
            AtomicBoolean heard = new AtomicBoolean();
            readers.execute(() -> subscribe(stream, token, sockets, line -> {
                long now = System.nanoTime();
                if (line.startsWith(":")) {
                    // the opening comment, then the heartbeat's
                    if (heard.compareAndSet(false, true)) {
                        open.countDown();
                    }
                } else if (line.startsWith("data:")) {
                    int at = line.indexOf("\"id\":\"") + 6;
                    arrivals.computeIfAbsent(line.substring(at, at + 36), k -> Collections.synchronizedList(new ArrayList<>())).add(now);
                }
            }));
        }
        // On a loaded machine streams may open slowly: measure with those open after two minutes, and say how many.
        open.await(120, TimeUnit.SECONDS);
        long opened = subscribers - open.getCount();
        String cimade = KafoStack.get().token(CIMADE_MEMBER);
        List<Long> answered = new ArrayList<>();
        for (int i = 0; i < PUBLISHES; i++) {
            String body = "{\"kind\":\"AIR_CHARTER\",\"originCountry\":\"LY\",\"arrivalPoint\":\"bamako-senou\",\"peopleCount\":10,"
                    + "\"expectedArrival\":\"" + Instant.now().plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.SECONDS) + "\",\"publish\":true}";
            long start = System.nanoTime();
            HttpResponse<String> posted = poster.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/alerts"))
                    .header("Authorization", "Bearer " + cimade).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            answered.add(System.nanoTime() - start);
            int at = posted.body().indexOf("\"id\":\"") + 6;
            // Events may beat the POST's answer: arrivals are matched to their publication afterwards.
            sentAt.put(posted.body().substring(at, at + 36), start);
            Thread.sleep(300);
        }
        Thread.sleep(2000);
        synchronized (sockets) {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        readers.shutdownNow();
        // The server finds the closed streams when a write to them fails: two of its heartbeats (every 2 s here, as in
        // every IT) forget them before the next round, which would otherwise write its first events to them as well.
        Thread.sleep(5000);
        List<Long> sorted = new ArrayList<>();
        sentAt.forEach((id, start) -> arrivals.getOrDefault(id, List.of()).forEach(at -> sorted.add(at - start)));
        Collections.sort(sorted);
        Collections.sort(answered);
        String line = String.format("SSE fan-out, %d subscribers (%d open), %d publications: %d deliveries (of %d), p50 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms (the POST itself answered in %.1f ms at p50)",
                subscribers, opened, PUBLISHES, sorted.size(), opened * PUBLISHES, percentile(sorted, 50), percentile(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6, percentile(answered, 50));
        LOG.info((reported ? "" : "warm-up, not reported: ") + line);
        // Where a slow delivery comes from: each publication's first and last arrival, in the order they were sent.
        StringBuilder each = new StringBuilder("first and last arrival of each publication (ms):");
        sentAt.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(sent -> {
            List<Long> at = new ArrayList<>(arrivals.getOrDefault(sent.getKey(), List.of()));
            Collections.sort(at);
            if (!at.isEmpty()) {
                each.append(String.format(" %.0f-%.0f", (at.get(0) - sent.getValue()) / 1e6, (at.get(at.size() - 1) - sent.getValue()) / 1e6));
            }
        });
        LOG.info(each.toString());
        if (reported) {
            report.add(line);
        }
    }

    private void throughput() throws Exception {
        String base = KafoStack.get().portalUrl();
        String token = KafoStack.get().token(AME_MEMBER);
        String reference = base + "/api/v1/tenants/ame";
        String list = base + "/api/v1/alerts?max=20";
        // Two rounds; the first, not reported, warms the three paths up (JIT), so that none is measured colder than another.
        double[] measured = null;
        for (int round = 0; round < 2; round++) {
            measured = new double[] {
                    requestsPerSecond(reference, token, false),
                    requestsPerSecond(list, token, false),
                    // The same page read from the database each time (Cache-Control: no-cache): what the list costs without
                    // the pages kept since the last change, as for a caller whose page nobody asked since then.
                    requestsPerSecond(list, token, true),
                    requestsPerSecond(reference, token, false)};
        }
        double trivial = (measured[0] + measured[3]) / 2;
        String line = String.format("Throughput with %d client threads for %d s each, after a warm-up round: GET /api/v1/alerts?max=20 "
                        + "%.0f req/s (read from the database each time: %.0f req/s); GET /api/v1/tenants/ame (reference) %.0f then %.0f req/s; "
                        + "ratio %.2f (read from the database each time: %.2f)",
                LOAD_THREADS, LOAD.toSeconds(), measured[1], measured[2], measured[0], measured[3], measured[1] / trivial, measured[2] / trivial);
        LOG.info(line);
        report.add(line);
    }

    /** A closed-loop load generator: each thread sends the next request when the previous one is answered. */
    private static double requestsPerSecond(String url, String token, boolean noCache) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        HttpRequest request = (noCache ? builder.header("Cache-Control", "no-cache") : builder).build();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(LOAD_THREADS);
        // Warm-up, then the measured period.
        long warmEnd = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long end = warmEnd + LOAD.toNanos();
        for (int t = 0; t < LOAD_THREADS; t++) {
            threads.execute(() -> {
                while (System.nanoTime() < end) {
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (System.nanoTime() > warmEnd) {
                            (status == 200 ? ok : failed).incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        threads.shutdown();
        threads.awaitTermination(LOAD.toSeconds() + 60, TimeUnit.SECONDS);
        if (failed.get() > 0) {
            LOG.warning(failed.get() + " failed requests to " + url);
        }
        return ok.get() / (double) LOAD.toSeconds();
    }

    /** Reads the event stream at {@code uri} (HTTP/1.1, chunked) and hands each line over as soon as it is read. */
    private static void subscribe(URI uri, String token, List<Socket> sockets, Consumer<String> lines) {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            sockets.add(socket);
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String status = headerLine(in);
            boolean chunked = false;
            for (String header = headerLine(in); !header.isEmpty(); header = headerLine(in)) {
                chunked |= header.toLowerCase(java.util.Locale.ROOT).matches("transfer-encoding:.*chunked.*");
            }
            if (!status.contains(" 200 ")) {
                LOG.warning("stream refused: " + status);
                return;
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long left = Long.MAX_VALUE;
            while (true) {
                if (chunked && left == 0) {
                    headerLine(in); // the CRLF that ends a chunk
                }
                if (chunked && (left == 0 || left == Long.MAX_VALUE)) {
                    left = Long.parseLong(headerLine(in).split(";")[0].trim(), 16);
                    if (left == 0) {
                        return;
                    }
                }
                int b = in.read();
                if (b < 0) {
                    return;
                }
                left--;
                if (b == '\n') {
                    lines.accept(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        } catch (IOException e) {
            // closed at the end of the measure
        }
    }

    private static String headerLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
