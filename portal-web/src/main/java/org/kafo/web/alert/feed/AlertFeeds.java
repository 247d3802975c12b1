package org.kafo.web.alert.feed;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kafo.domain.alert.Alert;
import org.kafo.domain.alert.AlertFilter;
import org.kafo.domain.alert.AlertService;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.web.alert.AlertTexts;
import org.kafo.web.alert.AlertViews;
import org.kafo.web.security.OidcSettings;

/**
 * The feeds other systems read: Atom, and CAP 1.2 (one message per published version, accepted claim and
 * cancellation). Built from the alerts the caller may see, so a public reader gets public alerts only
 * and nothing restricted ever reaches a public feed; of each alert, only the versions the caller could see when they
 * were current, and free text only for the owner and the accepted receivers.
 */
@RequestScoped
public class AlertFeeds {

    static final int FEED_SIZE = 50;

    @Inject
    AlertService alerts;

    @Inject
    AlertViews views;

    @Inject
    OidcSettings settings;

    /** The portal's public address (configured behind a proxy, else the request's), for the links in feeds. */
    String base(UriInfo uriInfo) {
        return settings.portalUrl().orElseGet(() -> {
            String api = uriInfo.getBaseUri().toString();
            return api.substring(0, api.indexOf("/api/"));
        });
    }

    @Transactional
    public String atom(Caller caller, String base) {
        List<Alert> visible = alerts.list(caller, AlertFilter.published(), 0, FEED_SIZE).items();
        List<AtomFeed.Entry> entries = visible.stream().map(a -> new AtomFeed.Entry("urn:uuid:" + a.id(),
                a.content().headline(views.pointName(a.content().arrivalPoint())), a.updatedAt(), a.publishedAt().orElse(null),
                views.tenantName(a.ownerTenant()), AlertTexts.description(a.contentFor(caller), views.pointName(a.content().arrivalPoint())),
                page(base, a.id()), a.status().label(), null)).toList();
        return AtomFeed.write("urn:kafo:alerts", "Kafo — alertes sur les expulsions", base + "/api/v1/alerts/feed.atom",
                base + "/alertes/", updated(visible), entries);
    }

    /** The CAP index: for each visible alert, its latest message, embedded. */
    @Transactional
    public String capIndex(Caller caller, String base) {
        List<Alert> visible = alerts.list(caller, AlertFilter.published(), 0, FEED_SIZE).items();
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (Alert a : visible) {
            List<CapMessage> messages = CapMessage.of(a, caller);
            for (int i = messages.size() - 1; i >= 0; i--) {
                if (messages.get(i).visible()) {
                    entries.add(entry(a, i + 1, messages.get(i), base));
                    break;
                }
            }
        }
        return AtomFeed.write("urn:kafo:alerts:cap", "Kafo — alertes CAP 1.2", base + "/api/v1/alerts/cap",
                base + "/alertes/", updated(visible), entries);
    }

    /** Every CAP message of one alert, in order. */
    @Transactional
    public String capOfAlert(Caller caller, UUID id, String base) {
        Alert a = alerts.find(caller, id);
        List<CapMessage> messages = CapMessage.of(a, caller);
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).visible()) {
                entries.add(entry(a, i + 1, messages.get(i), base));
            }
        }
        return AtomFeed.write("urn:kafo:alert:" + id + ":cap", a.content().headline(views.pointName(a.content().arrivalPoint())),
                base + "/api/v1/alerts/" + id + "/cap", page(base, id), a.updatedAt(), entries);
    }

    /** One CAP message (1 = the first publication), as a standalone document. */
    @Transactional
    public String capMessage(Caller caller, UUID id, int number, String base) {
        Alert a = alerts.find(caller, id);
        List<CapMessage> messages = CapMessage.of(a, caller);
        if (number < 1 || number > messages.size() || !messages.get(number - 1).visible()) {
            throw DomainException.notFound(Message.of("alert.cap.notFound"));
        }
        CapMessage m = messages.get(number - 1);
        return CapXml.document(m, views.tenantName(m.senderTenant()), views.pointName(a.content().arrivalPoint()), page(base, id));
    }

    private AtomFeed.Entry entry(Alert a, int number, CapMessage m, String base) {
        String point = views.pointName(a.content().arrivalPoint());
        return new AtomFeed.Entry("urn:kafo:cap:" + m.identifier(), m.msgType() + " — " + a.content().headline(point), m.sent(),
                m.sent(), views.tenantName(m.senderTenant()), m.note() == null ? a.content().headline(point) : m.note(),
                base + "/api/v1/alerts/" + a.id() + "/cap/" + number, m.msgType(),
                xml -> CapXml.write(xml, m, views.tenantName(m.senderTenant()), point, page(base, a.id())));
    }

    private static String page(String base, UUID id) {
        return base + "/alertes/alerte.xhtml?id=" + id;
    }

    private static Instant updated(List<Alert> alerts) {
        return alerts.stream().map(Alert::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
    }
}
