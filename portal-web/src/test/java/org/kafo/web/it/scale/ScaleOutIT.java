package org.kafo.web.it.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.APDHA_MEMBER;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kafo.web.it.alert.SseClient;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.FacesPushClient;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;

/**
 * Two instances of the portal on one PostgreSQL and one Keycloak: the tests' own (A, started by Arquillian) and a
 * second Payara Micro process (B, {@link SecondInstance}) with its own data directory and index. What is written
 * on one is served, streamed, pushed and found on the other; and B, killed like a crash while clients write,
 * keeps every write it acknowledged and nothing half-written.
 */
@KafoIT
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    private static final Logger LOG = Logger.getLogger(ScaleOutIT.class.getName());
    /** How long the tests wait for something to arrive (a bound against hanging, not a speed target). */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static SecondInstance b;

    @BeforeAll
    static void startSecondInstance() {
        b = new SecondInstance().start();
    }

    @AfterAll
    static void stopSecondInstance() {
        if (b != null) {
            b.close();
        }
    }

    private static String a() {
        return KafoStack.get().portalUrl();
    }

    @Test
    @Order(1)
    void anAlertPostedOnOneInstanceIsServedStreamedPushedAndFoundOnTheOther() throws Exception {
        try (SseClient ameOnB = new SseClient(b.url(), AME_MEMBER).awaitOpen();
             SseClient apdhaOnB = new SseClient(b.url(), APDHA_MEMBER).awaitOpen();
             SseClient ameOnA = new SseClient(a(), AME_MEMBER).awaitOpen();
             FacesPushClient pageOnB = new FacesPushClient(b.url())) {
            // A refused change on A: nothing reaches B.
            Api.Response refused = Api.send(a(), "POST", "/api/v1/alerts", CIMADE_MEMBER,
                    alert("refusee").add("peopleCount", 2).add("men", 5).add("flightNumber", "ZZ 9998").add("publish", true).build().toString());
            assertThat(refused.status()).isEqualTo(400);

            String partnersToken = token();
            long postedAt = System.nanoTime();
            String partners = post(a(), CIMADE_MEMBER, alert(partnersToken).add("audience", "PARTNERS")
                    .add("partners", Json.createArrayBuilder().add("ame")));
            long publicPostedAt = System.nanoTime();
            String open = post(a(), CIMADE_MEMBER, alert(token()).add("audience", "PUBLIC"));

            // Each arrival on B timed from the sending of its POST to A (reported, not asserted). Search is polled,
            // so its time is at most one search request late.
            long searched = -1;
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while ((!ameOnB.received(partners) || !pageOnB.received(open) || searched < 0) && System.nanoTime() < deadline) {
                if (searched < 0 && searchHits(b.url(), partnersToken, AME_MEMBER).contains("alert:" + partners)) {
                    searched = System.nanoTime() - postedAt;
                }
                Thread.sleep(20);
            }
            long streamed = ameOnB.received(partners) ? ameOnB.arrivedAt(partners) - postedAt : -1;
            long pushed = pageOnB.received(open) ? pageOnB.arrivedAt(open) - publicPostedAt : -1;
            assertThat(ameOnB.received(partners)).as("B streams A's alert to the partner").isTrue();
            assertThat(pageOnB.received(open)).as("B pushes A's public alert to an open list page").isTrue();
            assertThat(searched).as("B's index finds A's alert").isNotNegative();
            assertThat(Api.send(b.url(), "GET", "/api/v1/alerts/" + partners, AME_MEMBER, null).status())
                    .as("B serves it").isEqualTo(200);

            assertThat(apdhaOnB.awaitData(open, PATIENCE)).isTrue();
            assertThat(apdhaOnB.received(partners)).as("B streams to those who may see it only").isFalse();
            assertThat(pageOnB.received(partners)).as("nor pushes a partners' alert to an anonymous page").isFalse();
            assertThat(Api.send(b.url(), "GET", "/api/v1/alerts/" + partners, APDHA_MEMBER, null).status()).isEqualTo(404);
            assertThat(searchHits(b.url(), partnersToken, APDHA_MEMBER)).doesNotContain("alert:" + partners);
            assertThat(ameOnB.received("ZZ 9998")).as("a refused change is never relayed").isFalse();

            // And the other way round: written on B, seen on A.
            String fromB = post(b.url(), CIMADE_MEMBER, alert(token()).add("audience", "PARTNERS")
                    .add("partners", Json.createArrayBuilder().add("ame")));
            assertThat(ameOnA.awaitData(fromB, PATIENCE)).as("A streams B's alert").isTrue();
            assertThat(ameOnB.awaitData(fromB, PATIENCE)).as("B streams its own alert").isTrue();
            Thread.sleep(1000);
            assertThat(ameOnB.count(fromB)).as("once: B does not relay its own change back to itself").isEqualTo(1);
            assertThat(ameOnA.count(partners)).as("nor A its own").isEqualTo(1);

            LOG.info(String.format("Across instances (A to B, loopback): event stream %.0f ms, Faces push %.0f ms, search %.0f ms after the POST was sent",
                    streamed / 1e6, pushed / 1e6, searched / 1e6));
        }
    }

    @Test
    @Order(2)
    void afterAKillEveryAcknowledgedWriteIsThereAndFoundAndNothingUnacknowledgedIsHalfThere() throws Exception {
        Instant since = Instant.now().minusSeconds(1);
        Queue<Write> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger unacknowledged = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(15);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 6; i++) {
            boolean documents = i % 2 == 1;
            clients.execute(() -> {
                while (!stop.get()) {
                    String token = token();
                    try {
                        Write write = documents ? deposit(http, b.url(), token) : postAlert(http, b.url(), token);
                        if (write != null) {
                            acknowledged.add(write);
                            enough.countDown();
                        } else {
                            unacknowledged.incrementAndGet();
                        }
                    } catch (Exception e) {
                        unacknowledged.incrementAndGet();
                    }
                }
            });
        }
        assertThat(enough.await(3, TimeUnit.MINUTES)).as("writes acknowledged before the crash").isTrue();
        b.kill();
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        assertThat(b.isAlive()).isFalse();

        // While B is down, A takes writes that B's index has never seen.
        List<Write> whileDown = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            whileDown.add(postAlert(http, a(), token()));
        }
        LOG.info("Crash: " + acknowledged.size() + " writes acknowledged by B before kill -9, " + unacknowledged.get()
                + " cut off; restarting B");
        b.start();

        List<Write> expected = new ArrayList<>(acknowledged);
        expected.addAll(whileDown);
        for (Write w : expected) {
            assertThat(w).isNotNull();
            Api.Response read = Api.send(b.url(), "GET", w.path(), w.user(), null);
            assertThat(read.status()).as("acknowledged " + w + " is there").isEqualTo(200);
            if (w.file() != null) {
                HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(b.url() + w.path() + "/file"))
                        .header("Authorization", "Bearer " + KafoStack.get().token(w.user())).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(file.statusCode()).isEqualTo(200);
                assertThat(file.body()).as("its file, whole").isEqualTo(w.file());
            }
        }
        for (Write w : expected) {
            assertThat(awaitSearch(b.url(), w.token(), w.user(), w.searchId())).as("B's search finds " + w).isTrue();
        }

        // Nothing half there, acknowledged or not.
        assertThat(count("select count(*) from document d where d.created_at >= ? and (not exists (select 1 from stored_file f where f.id = d.file_id)"
                + " or not exists (select 1 from stored_file_bytes x where x.file_id = d.file_id)"
                + " or not exists (select 1 from search_outbox o where o.kind = 'document' and o.entity_id = d.id::text))", since))
                .as("documents without their file or outbox row").isZero();
        assertThat(count("select count(*) from stored_file f where f.created_at >= ? and not exists (select 1 from document d where d.file_id = f.id)", since))
                .as("files without their document").isZero();
        assertThat(count("select count(*) from alert a where a.created_at >= ?"
                + " and not exists (select 1 from search_outbox o where o.kind = 'alert' and o.entity_id = a.id::text)", since))
                .as("alerts without their outbox row").isZero();
        assertThat(count("select count(*) from search_outbox o where o.created_at >= ? and ("
                + "o.kind = 'alert' and not exists (select 1 from alert a where a.id::text = o.entity_id)"
                + " or o.kind = 'document' and not exists (select 1 from document d where d.id::text = o.entity_id))", since))
                .as("outbox rows of writes that never committed").isZero();
        long documents = count("select count(*) from document d where d.created_at >= ?", since);
        assertThat(documents).as("the acknowledged deposits, and at most those cut off after their commit")
                .isGreaterThanOrEqualTo(expected.stream().filter(w -> w.file() != null).count());
    }

    // --- writes -----------------------------------------------------------------------------------------------

    /** An acknowledged write, and how to find it again. */
    record Write(String kind, String id, String token, String user, byte[] file) {
        String path() {
            return "/api/v1/" + (kind.equals("alert") ? "alerts/" : "documents/") + id;
        }

        String searchId() {
            return kind + ":" + id;
        }

        @Override
        public String toString() {
            return kind + " " + id + " (" + token + ")";
        }
    }

    private static Write postAlert(HttpClient http, String base, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/alerts")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + KafoStack.get().token(CIMADE_MEMBER))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(alert(token).add("publish", true).build().toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            return null;
        }
        return new Write("alert", json(r.body()).getJsonObject("summary").getString("id"), token, CIMADE_MEMBER, null);
    }

    private static Write deposit(HttpClient http, String base, String token) throws Exception {
        byte[] file = ("Rapport d'accueil " + token + ".\nPersonnes accueillies à l'aéroport de Bamako-Sénou, besoins et suivi.\n")
                .getBytes(StandardCharsets.UTF_8);
        String boundary = "kafo-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] f : new String[][] {{"title", "Rapport " + token}, {"kind", "RAPPORT"}, {"date", "2025-11"},
                {"authorOrganisation", "Association Malienne des Expulsés (AME)"}, {"visibility", "NETWORK"}}) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0]
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + f[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rapport-" + token
                + ".txt\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/documents")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + KafoStack.get().token(AME_MEMBER))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            return null;
        }
        return new Write("document", json(r.body()).getString("id"), token, AME_MEMBER, file);
    }

    private static String post(String base, String user, JsonObjectBuilder alert) {
        Api.Response r = Api.send(base, "POST", "/api/v1/alerts", user, alert.add("publish", true).build().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().getJsonObject("summary").getString("id");
    }

    /** A charter to Bamako-Sénou for the whole network; {@code token}, a word of its own, in its source for search. */
    private static JsonObjectBuilder alert(String token) {
        return Json.createObjectBuilder()
                .add("kind", "AIR_CHARTER").add("originCountry", "LY").add("arrivalPoint", "bamako-senou").add("peopleCount", 30)
                .add("expectedArrival", Instant.now().plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("source", "Partenaires en Libye " + token).add("audience", "NETWORK");
    }

    /** A word of letters only, found by search as it is. */
    private static String token() {
        StringBuilder s = new StringBuilder("kz");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    // --- reads ------------------------------------------------------------------------------------------------

    private static boolean awaitSearch(String base, String query, String user, String id) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            if (searchHits(base, query, user).contains(id)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static List<String> searchHits(String base, String query, String user) {
        Api.Response r = Api.send(base, "GET", "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), user, null);
        if (r.status() != 200) {
            return List.of();
        }
        return r.json().getJsonArray("hits").getValuesAs(JsonObject.class).stream().map(h -> h.getString("id")).toList();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new java.io.StringReader(body))) {
            return reader.readObject();
        }
    }

    private static long count(String sql, Instant since) throws Exception {
        try (Connection c = KafoStack.get().database().dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(since));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
