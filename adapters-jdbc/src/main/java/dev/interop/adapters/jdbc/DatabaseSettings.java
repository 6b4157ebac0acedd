package dev.interop.adapters.jdbc;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a database is and how to pool connections to it. Invariants: the URL is a supported one (its
 * {@link #dialect()} is known at construction), user and password are never null (the password may be empty),
 * and {@link #toString()} never shows the password.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, PoolSettings pool) {

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(pool, "pool");
        Dialect.ofJdbcUrl(jdbcUrl);
    }

    /** Any supported URL with the default pool. */
    public static DatabaseSettings of(String jdbcUrl, String user, String password) {
        return new DatabaseSettings(jdbcUrl, user, password, PoolSettings.DEFAULT);
    }

    /** The default product database: an H2 file at {@code file} (without {@code .mv.db}), user {@code sa}. */
    public static DatabaseSettings h2File(Path file) {
        return of(H2Urls.file(file), "sa", "");
    }

    /** A named H2 in-memory database (user {@code sa}) that lives until the JVM ends. */
    public static DatabaseSettings h2Memory(String name) {
        return of(H2Urls.memory(name), "sa", "");
    }

    public Dialect dialect() {
        return Dialect.ofJdbcUrl(jdbcUrl);
    }

    public DatabaseSettings withPool(PoolSettings newPool) {
        return new DatabaseSettings(jdbcUrl, user, password, newPool);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password="
                + (password.isEmpty() ? "" : "***") + ", pool=" + pool + "]";
    }
}
