package org.kafo.web.it.alert;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.kafo.web.it.support.Api;

/** Alerts as the tests post them through the API, as real users. */
public final class Alerts {

    private Alerts() {
    }

    /** A charter from Libya to Bamako-Sénou, for the whole network, arriving in a day. */
    public static JsonObjectBuilder charter() {
        return Json.createObjectBuilder()
                .add("kind", "AIR_CHARTER").add("originCountry", "LY").add("transitCountries", Json.createArrayBuilder().add("NE"))
                .add("airline", "Afriqiyah Airways").add("flightNumber", "8U 650")
                .add("expectedArrival", Instant.now().plus(Duration.ofHours(24)).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("arrivalPoint", "bamako-senou").add("peopleCount", 120).add("men", 90).add("women", 20).add("minors", 10)
                .add("unaccompaniedMinors", 4).add("vulnerabilities", Json.createArrayBuilder().add("SICK"))
                .add("needs", Json.createArrayBuilder().add("WELCOME").add("MEDICAL")).add("source", "Partenaires en Libye")
                .add("certainty", "LIKELY").add("urgency", "EXPECTED").add("severity", "SEVERE")
                .add("description", "Expulsion massive depuis Tripoli.").add("audience", "NETWORK");
    }

    public static JsonObjectBuilder forPartners(String... partners) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (String p : partners) {
            list.add(p);
        }
        return charter().add("audience", "PARTNERS").add("partners", list);
    }

    public static JsonObjectBuilder arrivingIn(Duration in, String point) {
        return charter().add("expectedArrival", Instant.now().plus(in).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("arrivalPoint", point);
    }

    /** Posts and publishes; returns the detail. */
    public static JsonObject publish(String user, JsonObjectBuilder alert) {
        Api.Response r = Api.post("/api/v1/alerts", user, alert.add("publish", true).build().toString());
        if (r.status() != 201) {
            throw new AssertionError("could not publish: " + r);
        }
        return r.json();
    }

    public static JsonObject draft(String user, JsonObjectBuilder alert) {
        Api.Response r = Api.post("/api/v1/alerts", user, alert.build().toString());
        if (r.status() != 201) {
            throw new AssertionError("could not create: " + r);
        }
        return r.json();
    }

    public static String id(JsonObject detail) {
        return detail.getJsonObject("summary").getString("id");
    }

    public static long version(JsonObject detail) {
        return detail.getJsonObject("summary").getJsonNumber("version").longValue();
    }

    public static JsonObject detail(String id, String user) {
        return Api.get("/api/v1/alerts/" + id, user).json();
    }

    public static String step(long version) {
        return Json.createObjectBuilder().add("version", version).build().toString();
    }

    public static List<String> ids(Api.Response list) {
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
    }
}
