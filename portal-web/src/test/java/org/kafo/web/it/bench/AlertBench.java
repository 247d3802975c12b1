package org.kafo.web.it.bench;

import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.concurrent.atomic.AtomicLong;
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
    private static final Duration LOAD = Duration.ofSeconds(20);
    private static final int LOAD_THREADS = 16;

    private final List<String> report = Collections.synchronizedList(new ArrayList<>());

    @Test
    void fanOutAndListThroughput() throws Exception {
        // A first round, not reported, warms up the server's and the clients' code paths (JIT, connections):
        // without it the first measured round carried the warm-up in its p99.
        fanOut(50, false);
        fanOut(50, true);
        fanOut(200, true);
        throughput();
        Files.createDirectories(Path.of("target", "bench"));
        Files.write(Path.of("target", "bench", "alerts.txt"), report);
    }

    private void fanOut(int subscribers, boolean reported) throws Exception {
        String base = KafoStack.get().portalUrl();
        String token = KafoStack.get().token(AME_MEMBER);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // Each subscriber reads its stream on a thread of its own, as separate API clients would.
        ExecutorService readers = Executors.newCachedThreadPool();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
        CountDownLatch open = new CountDownLatch(subscribers);
        List<java.util.concurrent.CompletableFuture<?>> streams = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            streams.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/alerts/stream"))
                            .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAcceptAsync(r -> r.body().forEach(line -> {
                        long now = System.nanoTime();
                        if (line.startsWith(":")) {
                            open.countDown();
                        } else if (line.startsWith("data:")) {
                            int at = line.indexOf("\"id\":\"") + 6;
                            arrivals.computeIfAbsent(line.substring(at, at + 36), k -> Collections.synchronizedList(new ArrayList<>())).add(now);
                        }
                    }), readers));
        }
        // On a loaded machine streams may open slowly: measure with those open after two minutes, and say how many.
        open.await(120, TimeUnit.SECONDS);
        long opened = subscribers - open.getCount();
        String cimade = KafoStack.get().token(CIMADE_MEMBER);
        HttpClient poster = HttpClient.newHttpClient();
        for (int i = 0; i < PUBLISHES; i++) {
            String body = "{\"kind\":\"AIR_CHARTER\",\"originCountry\":\"LY\",\"arrivalPoint\":\"bamako-senou\",\"peopleCount\":10,"
                    + "\"expectedArrival\":\"" + Instant.now().plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.SECONDS) + "\",\"publish\":true}";
            long start = System.nanoTime();
            HttpResponse<String> posted = poster.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/alerts"))
                    .header("Authorization", "Bearer " + cimade).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            int at = posted.body().indexOf("\"id\":\"") + 6;
            // Events may beat the POST's answer: arrivals are matched to their publication afterwards.
            sentAt.put(posted.body().substring(at, at + 36), start);
            Thread.sleep(300);
        }
        Thread.sleep(2000);
        streams.forEach(s -> s.cancel(true));
        readers.shutdownNow();
        List<Long> sorted = new ArrayList<>();
        sentAt.forEach((id, start) -> arrivals.getOrDefault(id, List.of()).forEach(at -> sorted.add(at - start)));
        Collections.sort(sorted);
        String line = String.format("SSE fan-out, %d subscribers (%d open), %d publications: %d deliveries (of %d), p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                subscribers, opened, PUBLISHES, sorted.size(), opened * PUBLISHES, percentile(sorted, 50), percentile(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        LOG.info((reported ? "" : "warm-up, not reported: ") + line);
        if (reported) {
            report.add(line);
        }
    }

    private void throughput() throws Exception {
        String base = KafoStack.get().portalUrl();
        String token = KafoStack.get().token(AME_MEMBER);
        double trivial = requestsPerSecond(base + "/api/v1/tenants/ame", token);
        double list = requestsPerSecond(base + "/api/v1/alerts?max=20", token);
        double trivialAgain = requestsPerSecond(base + "/api/v1/tenants/ame", token);
        String line = String.format("Throughput with %d client threads for %d s each: GET /api/v1/alerts?max=20 %.0f req/s; "
                        + "GET /api/v1/tenants/ame (reference) %.0f then %.0f req/s; ratio %.2f",
                LOAD_THREADS, LOAD.toSeconds(), list, trivial, trivialAgain, list / ((trivial + trivialAgain) / 2));
        LOG.info(line);
        report.add(line);
    }

    /** A closed-loop load generator: each thread sends the next request when the previous one is answered. */
    private static double requestsPerSecond(String url, String token) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build();
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

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
