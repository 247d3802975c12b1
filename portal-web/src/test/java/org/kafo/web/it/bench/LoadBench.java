package org.kafo.web.it.bench;

import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.APDHA_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;
import static org.kafo.web.it.support.Demo.GAO_MEMBER;
import static org.kafo.web.it.support.Demo.OBSERVER;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;

/**
 * The load run (measures, never asserts; run with {@code -Pbench}): {@value #USERS} simulated users on loopback,
 * each on a thread of its own, each in a loop of one request then a short pause ({@code kafo.load.think-ms}, 0 to
 * twice that, uniformly), for {@code kafo.load.seconds} after a warm-up. The mix: alert list (API and page),
 * directory (API and page), search (API and page), alert posts. Counts of every status class, 5xx and transport
 * errors by kind of request, latency p50/p95/p99 by kind, throughput. Report: {@code target/bench/load.md} and the log.
 */
@KafoIT
class LoadBench {

    private static final Logger LOG = Logger.getLogger(LoadBench.class.getName());
    private static final int USERS = Integer.getInteger("kafo.load.users", 200);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("kafo.load.seconds", 60));
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("kafo.load.warmup-seconds", 15));
    private static final int THINK_MS = Integer.getInteger("kafo.load.think-ms", 250);
    private static final String[] ACCOUNTS = {AME_MEMBER, CIMADE_MEMBER, APDHA_MEMBER, GAO_MEMBER, OBSERVER, null};
    private static final String[] QUERIES = {"expulsion", "accueil aéroport", "migrants expulsés Libye", "Bamako",
            "déclaration", "rapport", "droits des migrants", "Gao", "santé", "hébergement"};

    /** The kinds of request, with their share of the mix (percent). */
    enum Kind {
        ALERT_LIST_API(25), ALERT_LIST_PAGE(10), DIRECTORY_API(15), DIRECTORY_PAGE(10), SEARCH_API(20), SEARCH_PAGE(10), ALERT_POST(10);

        final int share;

        Kind(int share) {
            this.share = share;
        }

        static Kind pick(int percent) {
            int sum = 0;
            for (Kind k : values()) {
                sum += k.share;
                if (percent < sum) {
                    return k;
                }
            }
            return ALERT_LIST_API;
        }
    }

    private static final class Stats {
        final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        final Map<Integer, AtomicLong> byStatus = new ConcurrentHashMap<>();
        final AtomicLong transportErrors = new AtomicLong();
        final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    }

    @Test
    void twoHundredUsersMixingReadsSearchesAndPosts() throws Exception {
        String base = KafoStack.get().portalUrl();
        // Tokens first (the password grant is Keycloak's work, not the portal's); refreshed by the stack each minute.
        for (String account : ACCOUNTS) {
            if (account != null) {
                KafoStack.get().token(account);
            }
        }
        // One client for all users, as many connections as requests under way (HTTP/1.1 keep-alive, like browsers).
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        Map<Kind, Stats> stats = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            stats.put(k, new Stats());
        }
        long start = System.nanoTime();
        long measureFrom = start + WARM_UP.toNanos();
        long end = measureFrom + RUN.toNanos();
        CountDownLatch done = new CountDownLatch(USERS);
        List<Thread> users = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            String account = ACCOUNTS[u % ACCOUNTS.length];
            Thread user = new Thread(() -> {
                try {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    // users arrive over the first seconds of the warm-up, not all in the same millisecond
                    Thread.sleep(random.nextInt(5000));
                    while (System.nanoTime() < end) {
                        Kind kind = Kind.pick(random.nextInt(100));
                        if (kind == Kind.ALERT_POST && !CIMADE_MEMBER.equals(account) && !AME_MEMBER.equals(account)) {
                            kind = Kind.ALERT_LIST_API;
                        }
                        HttpRequest request = request(base, kind, account, random);
                        long t0 = System.nanoTime();
                        int status;
                        String body = "";
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            status = response.statusCode();
                            body = response.body();
                        } catch (IOException e) {
                            status = -1;
                            body = e.toString();
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom && t1 <= end) {
                            Stats s = stats.get(kind);
                            s.nanos.add(t1 - t0);
                            if (status < 0) {
                                s.transportErrors.incrementAndGet();
                            } else {
                                s.byStatus.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                            }
                            if ((status < 0 || status >= 500) && s.samples.size() < 3) {
                                s.samples.add(status + " " + request.uri() + " " + body.substring(0, Math.min(300, body.length())));
                            }
                        }
                        if (THINK_MS > 0) {
                            Thread.sleep(random.nextInt(2 * THINK_MS + 1));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-user-" + u);
            user.start();
            users.add(user);
        }
        done.await(RUN.toSeconds() + WARM_UP.toSeconds() + 300, TimeUnit.SECONDS);
        write(stats);
    }

    private static HttpRequest request(String base, Kind kind, String account, ThreadLocalRandom random) {
        String query = URLEncoder.encode(QUERIES[random.nextInt(QUERIES.length)], StandardCharsets.UTF_8);
        HttpRequest.Builder b = switch (kind) {
            case ALERT_LIST_API -> api(base + "/api/v1/alerts?max=20", account);
            case ALERT_LIST_PAGE -> page(base + "/alertes/index.xhtml");
            case DIRECTORY_API -> api(base + "/api/v1/organizations?max=20", account);
            case DIRECTORY_PAGE -> page(base + "/annuaire/acteurs.xhtml");
            case SEARCH_API -> api(base + "/api/v1/search?q=" + query, account);
            case SEARCH_PAGE -> page(base + "/recherche.xhtml?q=" + query);
            case ALERT_POST -> api(base + "/api/v1/alerts", account).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"AIR_CHARTER\",\"originCountry\":\"LY\",\"arrivalPoint\":\"bamako-senou\","
                            + "\"peopleCount\":" + (5 + random.nextInt(100)) + ",\"expectedArrival\":\""
                            + Instant.now().plus(Duration.ofHours(30 + random.nextInt(48))).truncatedTo(ChronoUnit.SECONDS)
                            + "\",\"audience\":\"NETWORK\",\"publish\":true}"));
        };
        return b.timeout(Duration.ofSeconds(120)).build();
    }

    private static HttpRequest.Builder api(String url, String account) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        if (account != null) {
            b.header("Authorization", "Bearer " + KafoStack.get().token(account));
        }
        return b;
    }

    /** Pages as an anonymous visitor's browser asks for them (sessions of signed-in users are the browser tests' work). */
    private static HttpRequest.Builder page(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").header("Accept-Encoding", "identity");
    }

    private static void write(Map<Kind, Stats> stats) throws IOException {
        List<String> out = new ArrayList<>();
        out.add("# Load run");
        out.add("");
        out.add(String.format("%d users on loopback, one request then a pause of 0–%d ms each, %d s measured after %d s of warm-up; "
                + "one Payara Micro instance, embedded PostgreSQL and Keycloak on the same machine (%d cores).",
                USERS, 2 * THINK_MS, RUN.toSeconds(), WARM_UP.toSeconds(), Runtime.getRuntime().availableProcessors()));
        out.add("");
        out.add("| request | count | req/s | 2xx | 4xx | 5xx | transport errors | p50 ms | p95 ms | p99 ms | max ms |");
        out.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        long total = 0;
        long total5xx = 0;
        long totalErrors = 0;
        List<Long> all = new ArrayList<>();
        for (Map.Entry<Kind, Stats> e : stats.entrySet()) {
            Stats s = e.getValue();
            List<Long> sorted = new ArrayList<>(s.nanos);
            Collections.sort(sorted);
            all.addAll(sorted);
            long c2 = classCount(s, 2);
            long c4 = classCount(s, 4);
            long c5 = classCount(s, 5);
            total += sorted.size();
            total5xx += c5;
            totalErrors += s.transportErrors.get();
            out.add(String.format("| %s | %d | %.1f | %d | %d | %d | %d | %.0f | %.0f | %.0f | %.0f |", e.getKey(), sorted.size(),
                    sorted.size() / (double) RUN.toSeconds(), c2, c4, c5, s.transportErrors.get(),
                    p(sorted, 50), p(sorted, 95), p(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6));
        }
        Collections.sort(all);
        out.add(String.format("| **all** | %d | %.1f | | | %d | %d | %.0f | %.0f | %.0f | %.0f |", total, total / (double) RUN.toSeconds(),
                total5xx, totalErrors, p(all, 50), p(all, 95), p(all, 99), all.isEmpty() ? 0 : all.get(all.size() - 1) / 1e6));
        out.add("");
        out.add("Status codes by request: " + stats.entrySet().stream().map(e -> e.getKey() + " " + new java.util.TreeMap<>(e.getValue().byStatus)).toList());
        stats.forEach((k, s) -> s.samples.forEach(sample -> out.add("- failed " + k + ": " + sample.replace('\n', ' '))));
        Files.createDirectories(Path.of("target", "bench"));
        Files.write(Path.of("target", "bench", "load.md"), out);
        LOG.info(String.join("\n", out));
    }

    private static long classCount(Stats s, int hundreds) {
        return s.byStatus.entrySet().stream().filter(e -> e.getKey() / 100 == hundreds).mapToLong(e -> e.getValue().get()).sum();
    }

    private static double p(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
