package org.kafo.web.it.directory;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.Demo;

/** The demo directory as the tests find it through the API, and drafts made from what the API shows. */
public final class DirectoryData {

    private DirectoryData() {
    }

    /** The id of the entry whose acronym or name is {@code name} (anonymous read of the public directory). */
    public static String idOf(String name) {
        Api.Response list = Api.get("/api/v1/organizations?max=200", Demo.NETWORK_ADMIN);
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> name.equals(o.getString("acronym", null)) || name.equals(o.getString("name")))
                .findFirst().orElseThrow(() -> new IllegalStateException("no entry " + name)).getString("id");
    }

    /** The entry as its keeper sees it, turned back into a draft that changes nothing (or what {@code edit} changes). */
    public static String sameDraft(String id, String keeper, java.util.function.UnaryOperator<JsonObjectBuilder> edit) {
        JsonObject view = Api.get("/api/v1/organizations/" + id, keeper).json();
        JsonObjectBuilder draft = Json.createObjectBuilder();
        for (String key : new String[] {"name", "acronym", "kind", "country", "description", "website", "email", "phone", "visibility"}) {
            if (view.containsKey(key) && view.get(key).getValueType() == JsonValue.ValueType.STRING) {
                draft.add(key, view.getString(key));
            }
        }
        draft.add("version", view.getJsonNumber("version").longValue());
        JsonArrayBuilder contacts = Json.createArrayBuilder();
        view.getJsonArray("contacts").getValuesAs(JsonObject.class).forEach(contacts::add);
        draft.add("contacts", contacts);
        JsonArrayBuilder locations = Json.createArrayBuilder();
        for (JsonObject l : view.getJsonArray("locations").getValuesAs(JsonObject.class)) {
            JsonObjectBuilder location = Json.createObjectBuilder(l);
            location.remove("label");
            location.remove("regionName");
            JsonArrayBuilder hours = Json.createArrayBuilder();
            for (JsonObject h : l.getJsonArray("hours").getValuesAs(JsonObject.class)) {
                JsonObjectBuilder hour = Json.createObjectBuilder(h);
                hour.remove("text");
                hours.add(hour);
            }
            locations.add(location.add("hours", hours));
        }
        draft.add("locations", locations);
        return edit.apply(draft).build().toString();
    }

    /** Waits (a few seconds at most) for the search index to answer as {@code expected} says. */
    public static Api.Response searchUntil(String query, String user, Predicate<Api.Response> expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        Api.Response response;
        do {
            response = Api.get("/api/v1/search?kind=actor&q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), user);
            if (expected.test(response)) {
                return response;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
        } while (Instant.now().isBefore(deadline));
        return response;
    }

    public static boolean hitTitled(Api.Response search, String title) {
        return search.status() == 200 && search.json().getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> h.getString("title").contains(title));
    }
}
