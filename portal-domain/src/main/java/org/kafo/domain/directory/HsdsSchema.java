package org.kafo.domain.directory;

import static org.kafo.domain.shared.JsonApi.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.kafo.domain.shared.Checks;

/**
 * The shape of HSDS 3.0 records, read from the standard's own schemas (docs/standards/hsds-3.0, packaged
 * under {@code hsds-3.0/}): required fields, types, enumerations and the uuid, email and uri formats, down
 * through nested records ({@code $ref}). Fields the schema does not name (Kafo's {@code x_kafo_*}) are left
 * to the import.
 */
final class HsdsSchema {

    private static final Pattern UUID_FORMAT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Map<String, JsonObject> SCHEMAS = new ConcurrentHashMap<>();

    private HsdsSchema() {
    }

    /** Checks {@code record} against the schema {@code name} ("organization", "service" …). */
    static void check(String name, JsonObject record, Checks fields) {
        JsonObject schema = schema(name);
        for (JsonValue required : schema.getJsonArray("required")) {
            String field = ((JsonString) required).getString();
            if (!record.containsKey(field) || record.isNull(field)) {
                fields.error(field, "directory.hsds.fieldMissing", field);
            }
        }
        JsonObject properties = schema.getJsonObject("properties");
        for (Map.Entry<String, JsonValue> entry : record.entrySet()) {
            JsonObject property = properties.getJsonObject(entry.getKey());
            if (property != null && entry.getValue().getValueType() != JsonValue.ValueType.NULL) {
                checkValue(entry.getKey(), property, entry.getValue(), fields);
            }
        }
    }

    private static void checkValue(String field, JsonObject property, JsonValue value, Checks fields) {
        if (property.containsKey("$ref")) {
            if (value instanceof JsonObject nested) {
                check(refName(property.getString("$ref")), nested, fields.nested(field));
            } else {
                fields.error(field, "directory.hsds.notObject", field);
            }
            return;
        }
        String type = property.getString("type", "");
        switch (type) {
            case "string" -> {
                if (!(value instanceof JsonString text)) {
                    fields.error(field, "directory.hsds.notText", field);
                } else {
                    checkString(field, property, text.getString(), fields);
                }
            }
            case "number", "integer" -> {
                if (value.getValueType() != JsonValue.ValueType.NUMBER) {
                    fields.error(field, "directory.hsds.notNumber", field);
                }
            }
            case "array" -> {
                if (!(value instanceof JsonArray items)) {
                    fields.error(field, "directory.hsds.notList", field);
                } else {
                    JsonObject itemSchema = property.getJsonObject("items");
                    for (int i = 0; i < items.size(); i++) {
                        if (itemSchema != null && itemSchema.containsKey("$ref")) {
                            if (items.get(i) instanceof JsonObject nested) {
                                check(refName(itemSchema.getString("$ref")), nested, fields.nested(field + "[" + i + "]"));
                            } else {
                                fields.error(field + "[" + i + "]", "directory.hsds.itemNotObject", field);
                            }
                        }
                    }
                }
            }
            default -> {
                // a type the schema leaves open: nothing to check
            }
        }
    }

    private static void checkString(String field, JsonObject property, String text, Checks fields) {
        if (property.containsKey("enum") && !text.isEmpty()
                && property.getJsonArray("enum").getValuesAs(JsonString.class).stream().noneMatch(e -> e.getString().equals(text))) {
            fields.error(field, "directory.hsds.notAllowed", text, field,
                    String.join(", ", property.getJsonArray("enum").getValuesAs(JsonString::getString)));
        }
        switch (property.getString("format", "")) {
            case "uuid" -> {
                if (!UUID_FORMAT.matcher(text).matches()) {
                    fields.error(field, "directory.hsds.notUuid", field, text);
                }
            }
            case "email" -> {
                if (!text.isEmpty()) {
                    fields.email(field, "directory.field.email", text).optional();
                }
            }
            case "uri" -> {
                try {
                    if (!text.isEmpty() && !new URI(text).isAbsolute()) {
                        fields.error(field, "directory.hsds.notAbsolute", field, text);
                    }
                } catch (URISyntaxException e) {
                    fields.error(field, "directory.hsds.notUri", field, text);
                }
            }
            default -> {
                // no format to check
            }
        }
    }

    private static String refName(String ref) {
        return ref.replace(".json", "");
    }

    private static JsonObject schema(String name) {
        return SCHEMAS.computeIfAbsent(name, n -> {
            try (InputStream in = HsdsSchema.class.getResourceAsStream("/hsds-3.0/" + n + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("HSDS schema missing: " + n);
                }
                try (JsonReader reader = JSON.createReader(in)) {
                    return reader.readObject();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
