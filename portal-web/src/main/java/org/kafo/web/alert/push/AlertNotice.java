package org.kafo.web.alert.push;

import static org.kafo.domain.shared.JsonApi.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.alert.AlertChanged;
import org.kafo.domain.alert.AlertStatus;
import org.kafo.domain.tenancy.Visibility;

/**
 * The one codec of an alert change as JSON. {@link #event} is what a stream's subscriber reads (never personal data, as
 * {@link AlertChanged} holds none); {@link #notice} is what an instance tells the others ({@link AlertNotices}): the
 * event and what the visibility rule needs (owner, visibility, partners, region, the association concerned), which
 * {@link #read} turns back into the same change on the instance that hears it ({@link AlertRelay}).
 */
final class AlertNotice {

    private AlertNotice() {
    }

    /** The data of an {@code event: alert} of the stream. */
    static JsonObjectBuilder event(AlertChanged c) {
        return JSON.createObjectBuilder()
                .add("id", c.alertId().toString())
                .add("change", c.change().name())
                .add("status", c.status().name())
                .add("headline", c.headline())
                .add("arrivalPoint", c.arrivalPoint())
                .add("arrivalPointName", c.arrivalPointName())
                .add("expectedArrival", c.expectedArrival().toString())
                .add("revision", c.revision())
                .add("escalated", c.escalated())
                .add("at", c.at().toString());
    }

    /** The change as another instance needs it: the event, and what the visibility rule decides on. */
    static JsonObjectBuilder notice(AlertChanged c) {
        JsonArrayBuilder partners = JSON.createArrayBuilder();
        c.partnerTenants().forEach(partners::add);
        JsonObjectBuilder json = event(c)
                .add("owner", c.ownerTenant())
                .add("visibility", c.visibility().name())
                .add("partners", partners);
        if (c.region() == null) {
            json.addNull("region");
        } else {
            json.add("region", c.region());
        }
        if (c.subjectTenant() == null) {
            json.addNull("subject");
        } else {
            json.add("subject", c.subjectTenant());
        }
        return json;
    }

    /** The change a {@link #notice} says. */
    static AlertChanged read(JsonObject c) {
        Set<String> partners = new HashSet<>();
        c.getJsonArray("partners").getValuesAs(JsonString.class).forEach(p -> partners.add(p.getString()));
        return new AlertChanged(UUID.fromString(c.getString("id")), AlertChanged.Change.valueOf(c.getString("change")),
                c.getString("headline"), AlertStatus.valueOf(c.getString("status")), c.getString("owner"),
                Visibility.valueOf(c.getString("visibility")), partners, c.getString("arrivalPoint"),
                c.getString("arrivalPointName"), c.isNull("region") ? null : c.getString("region"),
                Instant.parse(c.getString("expectedArrival")), c.getInt("revision"), c.getBoolean("escalated"),
                Instant.parse(c.getString("at")), c.containsKey("subject") && !c.isNull("subject") ? c.getString("subject") : null);
    }
}
