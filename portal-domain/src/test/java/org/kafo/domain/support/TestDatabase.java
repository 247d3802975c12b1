package org.kafo.domain.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.kafo.domain.shared.SchemaMigrations;

/**
 * A real PostgreSQL (embedded binaries), migrated by Flyway, started once per test JVM, and the
 * {@code kafo} persistence unit on it as RESOURCE_LOCAL: the domain's tests need no container.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final EmbeddedPostgres postgres;
    private final EntityManagerFactory emf;

    private TestDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        SchemaMigrations.migrate(postgres.getPostgresDatabase());
        runScript("/test-schema.sql");
        emf = Persistence.createEntityManagerFactory("kafo-test",
                Map.of("jakarta.persistence.nonJtaDataSource", postgres.getPostgresDatabase()));
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            try {
                instance = new TestDatabase();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** A new, empty database on the same server (for tests of the migrations themselves). */
    public DataSource emptyDatabase(String name) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres.getDatabase("postgres", name);
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    /** Runs {@code work} in one committed transaction and returns its result. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Empties the given tables, for tests that need a known state. */
    public void truncate(String... tables) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate " + String.join(", ", tables) + " restart identity cascade");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void runScript(String resource) {
        try (var in = TestDatabase.class.getResourceAsStream(resource);
             Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void close() {
        emf.close();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away
        }
    }
}
