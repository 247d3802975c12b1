package org.kafo.web.problem;

import static org.kafo.domain.shared.JsonApi.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;

/**
 * An RFC 9457 problem: {@code type} names the kind of problem, {@code title} says it in a few words,
 * {@code detail} says what happened here; {@code errors} lists the fields to correct, each said in {@code language}
 * (a domain refusal is said in the language the client asked for, {@link ProblemMappers}; anything else in French).
 */
public record Problem(String type, String title, int status, String detail, List<DomainException.FieldError> errors,
                      Locale language) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:kafo:problem:";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, List.of(), Message.FRENCH);
    }

    /** A problem said from keys of the domain's bundle, in {@code language}. */
    public static Problem said(int status, String slug, String titleKey, Message detail, Locale language) {
        return new Problem(TYPE_PREFIX + slug, Message.of(titleKey).text(language), status, detail.text(language), List.of(), language);
    }

    public static Problem unauthorized(String detail) {
        return of(401, "unauthorized", "Connexion requise", detail);
    }

    public static Problem forbidden(String detail) {
        return of(403, "forbidden", "Action non autorisée", detail);
    }

    public static Problem from(DomainException e) {
        return from(e, Message.FRENCH);
    }

    /** A domain refusal, said in {@code language}: its title, its detail and each field's error. */
    public static Problem from(DomainException e, Locale language) {
        String detail = e.text(language);
        return switch (e.kind()) {
            case INVALID -> new Problem(TYPE_PREFIX + "invalid-input", title("problem.title.invalid", language), 400, detail, e.errors(), language);
            case NOT_FOUND -> new Problem(TYPE_PREFIX + "not-found", title("problem.title.notFound", language), 404, detail, List.of(), language);
            case FORBIDDEN -> new Problem(TYPE_PREFIX + "forbidden", title("problem.title.forbidden", language), 403, detail, List.of(), language);
            // A conflict may name a field: "confirm" when an arrival far earlier than expected is to be confirmed.
            case CONFLICT -> new Problem(TYPE_PREFIX + "conflict", title("problem.title.conflict", language), 409, detail, e.errors(), language);
        };
    }

    private static String title(String key, Locale language) {
        return Message.of(key).text(language);
    }

    public JsonObject toJson(String instance) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail);
        if (instance != null) {
            json.add("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            errors.forEach(e -> list.add(JSON.createObjectBuilder().add("field", e.field()).add("message", e.text(language))));
            json.add("errors", list);
        }
        return json.build();
    }

    public Response toResponse(String instance) {
        return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8").entity(toJson(instance).toString()).build();
    }

    /** For the places outside JAX-RS (the authentication mechanism) that must answer with a problem. */
    public void writeTo(HttpServletResponse response, String instance) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.getOutputStream().write(toJson(instance).toString().getBytes(StandardCharsets.UTF_8));
    }
}
