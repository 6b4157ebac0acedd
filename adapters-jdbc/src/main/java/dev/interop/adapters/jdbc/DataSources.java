package dev.interop.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds pooled {@link javax.sql.DataSource}s. The pool is created eagerly and fails fast: when the database cannot
 * be reached, {@link #pooled} throws (HikariCP's {@code PoolInitializationException}) instead of returning a pool
 * that fails later. Connections are in auto-commit mode; Jdbi opens explicit transactions where a use case needs one.
 */
public final class DataSources {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private DataSources() {
    }

    /** A new HikariCP pool for {@code settings}; the caller owns it and must close it. */
    public static HikariDataSource pooled(DatabaseSettings settings) {
        Dialect dialect = settings.dialect();
        HikariConfig config = new HikariConfig();
        config.setPoolName("interop-" + dialect.name().toLowerCase(java.util.Locale.ROOT) + "-"
                + POOLS.incrementAndGet());
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setDriverClassName(switch (dialect) {
            case H2 -> "org.h2.Driver";
            case POSTGRESQL -> "org.postgresql.Driver";
        });
        config.setMaximumPoolSize(settings.pool().maximumSize());
        config.setMinimumIdle(settings.pool().minimumIdle());
        config.setConnectionTimeout(settings.pool().connectionTimeout().toMillis());
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }
}
