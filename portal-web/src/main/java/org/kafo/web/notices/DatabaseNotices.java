package org.kafo.web.notices;


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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.web.config.DatabaseStartup;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * This instance's ear on PostgreSQL: one dedicated connection (not from the pool, which hands connections out for
 * a transaction only) that {@code LISTEN}s on the application's channels and fires each notification as a
 * {@link DatabaseNotice} CDI event, on its own managed thread. The instances share nothing but the database, so
 * this is how they hear of each other's commits: {@code kafo_alert} (alert changes to stream and push, see
 * {@code AlertNotices}) and {@code kafo_outbox} (a new search outbox row, sent by the table's trigger, which wakes
 * the index feed). A lost connection is opened again after a second; notices sent meanwhile are missed, which the
 * listeners allow for (the feed also polls; live alerts are a convenience over lists read from the database).
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// after the feed has opened (or rebuilt) its index: a notice may wake it at once
@DependsOn({"DatabaseStartup", "OutboxFeed"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseNotices {

    /** The channels listened to. */
    public static final List<String> CHANNELS = List.of("kafo_alert", "kafo_outbox");

    private static final Logger LOG = Logger.getLogger(DatabaseNotices.class.getName());

    @Inject
    Event<DatabaseNotice> notices;

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
        listener.setName("kafo-database-notices");
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
                source.setApplicationName("kafo-notices");
                source.setTcpKeepAlive(true);
                connection = source.getConnection();
                try (Statement s = connection.createStatement()) {
                    for (String channel : CHANNELS) {
                        s.execute("LISTEN " + channel);
                    }
                }
                LOG.info("À l'écoute des autres instances (PostgreSQL LISTEN " + String.join(", ", CHANNELS) + ")");
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(1000);
                    if (received != null) {
                        for (PGNotification n : received) {
                            dispatch(n);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "database notices: connection lost; listening again in a second", e);
                    pause();
                }
            } finally {
                closeQuietly();
            }
        }
    }

    /** One listener's failure never stops the others, nor the listening. */
    private void dispatch(PGNotification n) {
        try {
            notices.fire(new DatabaseNotice(n.getName(), n.getParameter()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "database notice on " + n.getName() + " not handled: " + n.getParameter(), e);
        }
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
