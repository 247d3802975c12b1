package org.kafo.web.it.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

/**
 * A server's PostgreSQL: Debian's own (the {@code postgresql} package), a cluster of its own in the build folder on a
 * free port, run by the {@code postgres} user when the tests run as root (PostgreSQL refuses root). The release's
 * backups use Debian's {@code pg_dump} and {@code pg_restore} against it.
 */
final class DebianPostgres implements AutoCloseable {

    private static final String SUPERUSER_PASSWORD = "pg-" + UUID.randomUUID();

    private final Path dir;
    private final int port;
    private boolean running;

    private DebianPostgres(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** A new cluster in {@code dir}, started. */
    static DebianPostgres start(Path dir, int port) {
        DebianPostgres pg = new DebianPostgres(dir.toAbsolutePath(), port);
        pg.init();
        pg.startServer();
        return pg;
    }

    static Path bin() {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server in /usr/lib/postgresql: apt-get install postgresql"));
        } catch (IOException e) {
            throw new IllegalStateException("Debian's PostgreSQL is needed (apt-get install postgresql postgresql-client)", e);
        }
    }

    private void init() {
        try {
            Files.createDirectories(dir);
            Path pwfile = dir.resolve("superuser-password");
            Files.writeString(pwfile, SUPERUSER_PASSWORD);
            if (Processes.root()) {
                Processes.run(dir.resolveSibling(dir.getFileName() + "-init.log"), Map.of(), Duration.ofSeconds(30), "chown", "-R", "postgres", dir.toString());
            }
            asPostgres(Duration.ofMinutes(2), bin().resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                    "--auth-local=trust", "--auth-host=scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF8", "--locale=C.UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startServer() {
        asPostgres(Duration.ofMinutes(1), bin().resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-l",
                dir.resolve("postgres.log").toString(), "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir, "start");
        running = true;
    }

    private void asPostgres(Duration timeout, String... command) {
        String[] full = command;
        if (Processes.root()) {
            full = new String[command.length + 4];
            full[0] = "runuser";
            full[1] = "-u";
            full[2] = "postgres";
            full[3] = "--";
            System.arraycopy(command, 0, full, 4, command.length);
        }
        Processes.run(dir.resolveSibling(dir.getFileName() + "-ctl.log"), Map.of(), timeout, full);
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A role that logs in with a password and owns its database, as the operator guide creates them. */
    void createRoleAndDatabase(String name, String password) {
        execute("postgres", "create role " + name + " login password '" + password + "'", "create database " + name + " owner " + name
                + " encoding 'UTF8' template template0");
    }

    void execute(String database, String... statements) {
        try (Connection c = superuser(database); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String database, String query) {
        try (Connection c = superuser(database); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    List<String> strings(String database, String query) {
        try (Connection c = superuser(database); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            List<String> values = new java.util.ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    /** Every row of every table of {@code tables} (all of the public schema when empty), as one digest per table. */
    Map<String, String> digests(String database, List<String> tables) {
        Map<String, String> digests = new TreeMap<>();
        List<String> names = tables.isEmpty()
                ? strings(database, "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")
                : tables;
        for (String table : names) {
            digests.put(table, strings(database, "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                    + " from \"" + table + "\" t").get(0));
        }
        return digests;
    }

    /** Loads a plain SQL dump (gzip) into {@code database} as {@code role}, stopping at the first error. */
    void load(String database, String role, String password, InputStream gzippedSql) {
        Path sql = dir.resolveSibling(dir.getFileName() + "-" + database + ".sql");
        try (InputStream in = new GZIPInputStream(gzippedSql)) {
            Files.copy(in, sql, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Processes.run(dir.resolveSibling(dir.getFileName() + "-load.log"), Map.of("PGPASSWORD", password), Duration.ofMinutes(2),
                bin().resolve("psql").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", role, "-d", database,
                "-v", "ON_ERROR_STOP=1", "-q", "-f", sql.toString());
    }

    private Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", SUPERUSER_PASSWORD);
    }

    @Override
    public void close() {
        if (running) {
            running = false;
            asPostgres(Duration.ofMinutes(1), bin().resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
        }
    }
}
