package dev.interop.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.h2.H2DatabasePlugin;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * One open database: a HikariCP pool, its {@link Dialect} and a {@link Jdbi} on top of it. Invariants: the pool
 * exists from construction until {@link #close()}; the Jdbi always has the SQL Object plugin and
 * {@link UtcInstantPlugin}, plus {@link H2DatabasePlugin} on H2 and {@link PostgresPlugin} on PostgreSQL only.
 * The owner closes it exactly once; closing twice is harmless.
 */
public final class Database implements AutoCloseable {

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(DatabaseSettings settings, HikariDataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.jdbi = jdbiFor(dataSource, settings.dialect());
    }

    /**
     * Opens the pool and migrates the database to the latest version. If migrating fails, the pool is closed and the
     * failure propagates.
     */
    public static Database open(DatabaseSettings settings) {
        return open(settings, java.util.EnumSet.allOf(Migrations.Context.class));
    }

    /** Opens the pool and migrates only {@code contexts}' tables (a split deployment's service). */
    public static Database open(DatabaseSettings settings, java.util.Set<Migrations.Context> contexts) {
        Database database = connect(settings);
        try {
            database.migrate(contexts);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Opens the pool without migrating (for tools and tests that manage the schema themselves). */
    public static Database connect(DatabaseSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return new Database(settings, DataSources.pooled(settings));
    }

    /**
     * A Jdbi over any data source, configured for {@code dialect} exactly as {@link #jdbi()} is: SQL Object and
     * {@link UtcInstantPlugin} always, {@link H2DatabasePlugin} or {@link PostgresPlugin} by dialect.
     */
    public static Jdbi jdbiFor(DataSource dataSource, Dialect dialect) {
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.installPlugin(new SqlObjectPlugin());
        switch (dialect) {
            case H2 -> jdbi.installPlugin(new H2DatabasePlugin());
            case POSTGRESQL -> jdbi.installPlugin(new PostgresPlugin());
        }
        jdbi.installPlugin(new UtcInstantPlugin());
        return jdbi;
    }

    /** Applies the pending migrations of both contexts; returns how many ran. */
    public int migrate() {
        return migrate(java.util.EnumSet.allOf(Migrations.Context.class));
    }

    /** Applies the pending migrations of {@code contexts}; returns how many ran. */
    public int migrate(java.util.Set<Migrations.Context> contexts) {
        return Migrations.migrate(dataSource, dialect(), contexts);
    }

    public Dialect dialect() {
        return settings.dialect();
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean isClosed() {
        return dataSource.isClosed();
    }

    /** Closes the pool: open connections are closed as they are returned, new requests fail. */
    @Override
    public void close() {
        dataSource.close();
    }

    @Override
    public String toString() {
        return "Database[" + settings + (isClosed() ? ", closed" : "") + "]";
    }
}
