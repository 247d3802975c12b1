package org.kafo.web.it.library;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
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

/** Deposits through the API as a client would (multipart/form-data), and what the tests check around it. */
public final class Uploads {

    private Uploads() {
    }

    /** A deposit form: metadata fields, then the file. */
    public static final class Form {
        private final Map<String, String> fields = new LinkedHashMap<>();
        private String fileName;
        private byte[] file;
        private String fileType = "application/octet-stream";

        public static Form document(String title) {
            Form form = new Form();
            form.field("title", title);
            form.fields.put("kind", "RAPPORT");
            form.fields.put("authorOrganisation", "Association Malienne des Expulsés (AME)");
            form.fields.put("date", "2024-06");
            form.fields.put("place", "Bamako");
            form.fields.put("themes", "accueil à l'aéroport, expulsions");
            return form;
        }

        public Form field(String name, String value) {
            if (value == null) {
                fields.remove(name);
            } else {
                fields.put(name, value);
            }
            return this;
        }

        public Form visibility(String visibility) {
            return field("visibility", visibility);
        }

        public Form file(String name, byte[] bytes, String declaredType) {
            this.fileName = name;
            this.file = bytes;
            this.fileType = declaredType;
            return this;
        }

        public Api.Response postAs(String user) {
            String boundary = "kafo-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n"));
            if (file != null) {
                write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + fileType + "\r\n\r\n");
                body.writeBytes(file);
                write(body, "\r\n");
            }
            write(body, "--" + boundary + "--\r\n");
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl() + "/api/v1/documents"))
                    .timeout(Duration.ofSeconds(120))
                    .header("Accept", "application/json")
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
    }

    /** Bytes of a response (downloads), as a client receives them. */
    static byte[] download(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl() + path)).GET();
        if (user != null) {
            request.header("Authorization", "Bearer " + KafoStack.get().token(user));
        }
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Searches as {@code user} until {@code found} holds or {@code seconds} pass; returns the last answer. */
    static Api.Response searchUntil(String query, String user, Predicate<Api.Response> found, int seconds) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Api.Response response;
        do {
            response = Api.get("/api/v1/search?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8), user);
            if (response.status() == 200 && found.test(response)) {
                return response;
            }
            sleep(50);
        } while (System.nanoTime() < deadline);
        return response;
    }

    static boolean hasHit(Api.Response search, String documentId) {
        return search.json().getJsonArray("hits").getValuesAs(jakarta.json.JsonObject.class).stream()
                .anyMatch(h -> h.getString("id").equals("document:" + documentId));
    }

    /** Rows that a deposit writes, all tables together: a refusal must leave this unchanged. */
    static long writtenRows() {
        return count("document") + count("stored_file") + count("stored_file_bytes") + count("stored_file_text")
                + count("search_outbox") + count("audit_entry");
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

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
