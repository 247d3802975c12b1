package org.kafo.web.alert.push;



import static org.kafo.domain.shared.JsonApi.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kafo.domain.alert.AlertChanged;
import org.kafo.web.alert.AlertListCache;
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
            AlertChanged change = AlertNotice.read(notice.getJsonObject("change"));
            pages.invalidate();
            stream.deliver(change);
            push.deliver(change);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "alert relay: notice not delivered: " + payload, e);
        }
    }
}
