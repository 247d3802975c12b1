package org.kafo.web.it.observatory;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kafo.web.it.support.Accounts;
import org.kafo.web.it.support.KafoStack;

/** The observatory's figures as the tests read them back: a column of a figure, files as bytes. */
final class Statistics {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Statistics() {
    }

    /** This year's code ({@code 2026}): the tests' alerts arrive now. */
    static String thisYear() {
        return String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear());
    }

    /** Row key → shown value ("masqué" for a hidden cell, "—" for none) of a column of a figure of an API answer. */
    static Map<String, String> column(JsonObject statistics, String figure, String column) {
        JsonObject f = statistics.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("id").equals(figure)).findFirst().orElseThrow();
        int c = 0;
        while (!f.getJsonArray("columns").getJsonObject(c).getString("id").equals(column)) {
            c++;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonObject row : f.getJsonArray("rows").getValuesAs(JsonObject.class)) {
            values.put(row.getString("key"), shown(row.getJsonArray("cells").getJsonObject(c)));
        }
        if (f.containsKey("total") && !f.isNull("total")) {
            values.put("total", shown(f.getJsonObject("total").getJsonArray("cells").getJsonObject(c)));
        }
        return values;
    }

    private static String shown(JsonObject cell) {
        if (cell.containsKey("hidden") && !cell.isNull("hidden")) {
            return "masqué";
        }
        return cell.containsKey("value") && !cell.isNull("value") ? cell.getJsonNumber("value").toString() : "—";
    }

    /** A file of the API, as bytes, with the token of {@code user} (none for a visitor). */
    static HttpResponse<byte[]> file(String path, String user, String accept) {
        return send(path, user == null ? null : KafoStack.get().token(user), accept);
    }

    /** The same, as a person of a test's own association. */
    static HttpResponse<byte[]> file(String path, Accounts.Person person, String accept) {
        return send(path, person.token(), accept);
    }

    private static HttpResponse<byte[]> send(String path, String token, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
