package org.kafo.web.it.proceedings;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoStack;

/** Events and their content made through the API, as a client would, and what the tests check around them. */
final class ProceedingsData {

    /** Actors of the demo directory (their HSDS ids are kept by the import). */
    static final String OIM = "d7dd00b9-a9f8-5160-8207-e3ba6ec636cf";
    static final String MME = "811f0301-921c-5bf9-9744-e5a7cb60074c";
    static final String AME = "e11ccbfb-c9b3-5576-9ffc-4a34af149918";

    private ProceedingsData() {
    }

    static String event(String title, String start, String end, String visibility) {
        return Json.createObjectBuilder().add("kind", "ATELIER").add("title", title).add("theme", "Suivi de l'accueil des expulsés")
                .add("startsOn", start).add("endsOn", end).add("venue", "Maison des associations").add("city", "Kayes")
                .add("visibility", visibility).build().toString();
    }

    /** Creates an event as {@code user}; its id. */
    static String create(String user, String title, String visibility) {
        Api.Response created = Api.post("/api/v1/events", user, event(title, "2026-02-10", "2026-02-11", visibility));
        if (created.status() != 201) {
            throw new IllegalStateException("cannot create the event: " + created);
        }
        return created.json().getString("id");
    }

    static String commitment(String user, String eventId, String owner, String what, String dueOn) {
        Api.Response created = Api.post("/api/v1/events/" + eventId + "/commitments", user, json(b -> b.add("ownerId", owner)
                .add("what", what).add("dueOn", dueOn)));
        if (created.status() != 201) {
            throw new IllegalStateException("cannot add the commitment: " + created);
        }
        return created.json().getString("id");
    }

    static String json(java.util.function.UnaryOperator<JsonObjectBuilder> fields) {
        return fields.apply(Json.createObjectBuilder()).build().toString();
    }

    /** A multipart POST (text fields, then files) as {@code user}. */
    static Api.Response multipart(String path, String user, Map<String, String> fields, Map<String, byte[]> files) {
        String boundary = "kafo-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n"));
        files.forEach((name, bytes) -> {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(bytes);
            write(body, "\r\n");
        });
        write(body, "--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl() + path))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (user != null) {
            request.header("Authorization", "Bearer " + KafoStack.get().token(user));
        }
        return Api.send(request.build());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** The bytes of a response (the PDF), as a client receives them; status in [0]'s place is not needed. */
    static HttpResponse<byte[]> download(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl() + path)).GET();
        if (user != null) {
            request.header("Authorization", "Bearer " + KafoStack.get().token(user));
        }
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Searches as {@code user} until {@code found} holds or {@code seconds} pass; the last answer. */
    static Api.Response searchUntil(String query, String user, Predicate<Api.Response> found, int seconds) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Api.Response response;
        do {
            response = Api.get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), user);
            if (response.status() == 200 && found.test(response)) {
                return response;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
        } while (System.nanoTime() < deadline);
        return response;
    }

    static boolean hasHit(Api.Response search, String eventId) {
        return search.json().getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> h.getString("id").equals("event:" + eventId));
    }

    /** Rows of the proceedings and of the knowledge base and outbox: a refusal must leave this unchanged. */
    static long writtenRows() {
        return count("event") + count("event_session") + count("event_communication") + count("event_communication_document")
                + count("event_participant") + count("event_recommendation") + count("commitment") + count("commitment_note")
                + count("document") + count("stored_file") + count("search_outbox") + count("audit_entry");
    }

    static long count(String tableAndCondition) {
        try (Connection c = KafoStack.get().database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from " + tableAndCondition)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A word no record contains: letters only, so the analyzer keeps it whole. */
    static String word(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
