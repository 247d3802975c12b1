package org.kafo.web.alert;

import static org.kafo.domain.shared.JsonApi.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kafo.domain.alert.AlertChanged;
import org.kafo.domain.alert.AlertStatus;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.web.notices.DatabaseNotice;

/**
 * Hands the alert changes committed by the other instances ({@link AlertNotices}, heard by
 * {@code DatabaseNotices}) to this instance's kept list pages ({@link AlertListCache}, made stale), event streams and
 * Faces push (which filter them by the visibility rule as they do local changes). Never to the mailer: the instance
 * that committed the change mails it, once. This instance's own notices are ignored: they were delivered locally
 * after commit already.
 */
@ApplicationScoped
public class AlertRelay {

    private static final Logger LOG = Logger.getLogger(AlertRelay.class.getName());

    @Inject
    AlertNotices notices;

    @Inject
    AlertStream stream;

    @Inject
    AlertPush push;

    @Inject
    AlertListCache pages;

    void onNotice(@Observes DatabaseNotice notice) {
        if (AlertNotices.CHANNEL.equals(notice.channel())) {
            relay(notice.payload());
        }
    }

    void relay(String payload) {
        try (JsonReader reader = JSON.createReader(new StringReader(payload))) {
            JsonObject notice = reader.readObject();
            if (notices.instance().equals(notice.getString("origin", ""))) {
                return;
            }
            AlertChanged change = decode(notice.getJsonObject("change"));
            pages.invalidate();
            stream.deliver(change);
            push.deliver(change);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "alert relay: notice not delivered: " + payload, e);
        }
    }

    static AlertChanged decode(JsonObject c) {
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
