package org.kafo.web.launch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server from the embedded binaries on Maven Central, with a {@code kafo} database
 * owned by a {@code kafo} role (the portal never connects as superuser).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String NAME = "kafo";
    public static final String USER = "kafo";
    public static final String PASSWORD = "kafo";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        createDatabase();
    }

    /** The run command's database: its files under {@code directory}, kept across restarts. */
    public static EmbeddedDatabase persistent(Path directory, int port) {
        try {
            Files.createDirectories(directory);
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(directory.resolve("data"))
                    .setOverrideWorkingDirectory(directory.resolve("bin").toFile())
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "200")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(directory.resolve("postgres.log").toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(directory.resolve("postgres.log").toFile()))
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + directory, e);
        }
    }

    /** A throw-away database on a free port, for tests. */
    public static EmbeddedDatabase ephemeral() {
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + NAME;
    }

    /** The portal's database, as the portal's role. */
    public DataSource dataSource() {
        return postgres.getDatabase(USER, NAME);
    }

    private void createDatabase() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet role = s.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'")) {
                if (!role.next()) {
                    s.execute("create role " + USER + " login password '" + PASSWORD + "'");
                }
            }
            try (ResultSet db = s.executeQuery("select 1 from pg_database where datname = '" + NAME + "'")) {
                if (!db.next()) {
                    s.execute("create database " + NAME + " owner " + USER + " encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the kafo database", e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
