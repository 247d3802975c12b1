package org.kafo.web.alert.rest;

import static org.kafo.domain.shared.JsonApi.JSON;

import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kafo.web.alert.AlertJson;

/**
 * Writes a page of the alert list (the busiest answer of the API) with the JSON generator directly: the same JSON
 * as JSON-B writes for {@link AlertJson.PageJson} (the same names in the same, alphabetical, order; nulls written;
 * instants in ISO-8601), without JSON-B's per-property machinery for every alert of the page.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class AlertPageWriter implements MessageBodyWriter<AlertJson.PageJson> {

    /** Made once, for every page written. */
    private static final JsonGeneratorFactory GENERATORS = JSON.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == AlertJson.PageJson.class;
    }

    @Override
    public void writeTo(AlertJson.PageJson page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) {
        JsonGenerator json = GENERATORS.createGenerator(out, StandardCharsets.UTF_8);
        json.writeStartObject()
                .write("first", page.first())
                .writeStartArray("items");
        for (AlertJson.SummaryJson s : page.items()) {
            json.writeStartObject();
            text(json, "arrivalPoint", s.arrivalPoint());
            text(json, "arrivalPointName", s.arrivalPointName());
            json.write("escalated", s.escalated());
            instant(json, "expectedArrival", s.expectedArrival());
            text(json, "headline", s.headline());
            text(json, "id", s.id() == null ? null : s.id().toString());
            text(json, "kind", s.kind());
            json.write("offerPending", s.offerPending());
            text(json, "originCountry", s.originCountry());
            text(json, "originCountryName", s.originCountryName());
            text(json, "ownerName", s.ownerName());
            text(json, "ownerTenant", s.ownerTenant());
            texts(json, "partners", s.partners());
            json.write("peopleCount", s.peopleCount());
            json.write("revision", s.revision());
            text(json, "status", s.status());
            texts(json, "takenInChargeBy", s.takenInChargeBy());
            json.write("version", s.version());
            text(json, "visibility", s.visibility());
            json.writeEnd();
        }
        json.writeEnd()
                .write("max", page.max())
                .write("total", page.total())
                .writeEnd();
        // Flushed, not closed: the container closes the entity stream.
        json.flush();
    }

    private static void text(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    private static void instant(JsonGenerator json, String name, Instant value) {
        text(json, name, value == null ? null : value.toString());
    }

    private static void texts(JsonGenerator json, String name, List<String> values) {
        if (values == null) {
            json.writeNull(name);
            return;
        }
        json.writeStartArray(name);
        values.forEach(json::write);
        json.writeEnd();
    }
}
