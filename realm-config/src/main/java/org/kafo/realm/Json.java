package org.kafo.realm;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/** JSON-P helpers: one provider looked up once, and null-safe readers for the few shapes we read. */
final class Json {

    static final JsonProvider PROVIDER = JsonProvider.provider();

    private Json() {
    }

    static JsonObject parseObject(String text) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static Optional<String> string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    static List<JsonObject> objects(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonArray array ? array.getValuesAs(JsonObject.class) : List.of();
    }

    static List<String> strings(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return strings(value);
    }

    static List<String> strings(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
        }
        return List.of();
    }
}
