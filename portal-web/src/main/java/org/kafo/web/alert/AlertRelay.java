package org.kafo.web.alert;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.domain.alert.AlertChanged;
import org.kafo.domain.alert.AlertStatus;
import org.kafo.domain.tenancy.Visibility;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Carries alert changes to the other instances: each instance listens on the PostgreSQL channel
 * {@value AlertNotices#CHANNEL} on a connection of its own and hands the changes committed by another instance
 * to its own event streams and Faces push (never to the mailer: the instance that committed the change mails
 * it, once). Its own notices are ignored: they were delivered locally after commit already. A lost
 * connection is opened again after a second; changes made meanwhile are not pushed (clients read the lists
 * again when they reconnect, and search does not depend on this: each instance's index follows the outbox).
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn("DatabaseStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertRelay {

    private static final Logger LOG = Logger.getLogger(AlertRelay.class.getName());

    @Inject
    AlertNotices notices;

    @Inject
    AlertStream stream;

    @Inject
    AlertPush push;

    @Inject
    @ConfigProperty(name = "kafo.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "kafo.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "kafo.db.password")
    String password;

    @Resource
    ManagedThreadFactory threads;

    private volatile boolean running = true;
    private volatile Connection connection;
    private Thread listener;

    @PostConstruct
    void start() {
        listener = threads.newThread(this::listen);
        listener.setName("kafo-alert-relay");
        listener.setDaemon(true);
        listener.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        closeQuietly();
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try {
                PGSimpleDataSource source = new PGSimpleDataSource();
                source.setURL(url);
                source.setUser(user);
                source.setPassword(password);
                source.setApplicationName("kafo-alert-relay");
                source.setTcpKeepAlive(true);
                connection = source.getConnection();
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + AlertNotices.CHANNEL);
                }
                LOG.info("Relais des alertes entre instances : à l'écoute (instance " + notices.instance() + ")");
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(1000);
                    if (received != null) {
                        for (PGNotification n : received) {
                            relay(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "alert relay: connection lost; listening again in a second", e);
                    pause();
                }
            } finally {
                closeQuietly();
            }
        }
    }

    void relay(String payload) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            JsonObject notice = reader.readObject();
            if (notices.instance().equals(notice.getString("origin", ""))) {
                return;
            }
            AlertChanged change = decode(notice.getJsonObject("change"));
            stream.deliver(change);
            push.deliver(change);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "alert relay: notice not delivered: " + payload, e);
        }
    }

    static AlertChanged decode(JsonObject c) {
        Set<String> partners = new HashSet<>();
        c.getJsonArray("partners").getValuesAs(jakarta.json.JsonString.class).forEach(p -> partners.add(p.getString()));
        return new AlertChanged(UUID.fromString(c.getString("id")), AlertChanged.Change.valueOf(c.getString("change")),
                c.getString("headline"), AlertStatus.valueOf(c.getString("status")), c.getString("owner"),
                Visibility.valueOf(c.getString("visibility")), partners, c.getString("arrivalPoint"),
                c.getString("arrivalPointName"), c.isNull("region") ? null : c.getString("region"),
                Instant.parse(c.getString("expectedArrival")), c.getInt("revision"), c.getBoolean("escalated"),
                Instant.parse(c.getString("at")));
    }

    private void closeQuietly() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a broken connection
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
