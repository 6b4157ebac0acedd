package dev.interop.adapters.jdbc;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.spi.JdbiPlugin;

/**
 * Binds and maps {@link Instant} as {@code TIMESTAMP WITH TIME ZONE} through {@link OffsetDateTime} at UTC, the
 * JDBC 4.2 type both H2 and PgJDBC support, so no value passes through the JVM's default time zone (Jdbi's stock
 * binding goes through {@link java.sql.Timestamp}, which does). Invariant: a bound instant is truncated to whole
 * microseconds, the precision of both databases, so both dialects store and return the same value (left to the
 * databases, PostgreSQL would round instead).
 */
public final class UtcInstantPlugin extends JdbiPlugin.Singleton {

    @Override
    public void customizeJdbi(Jdbi jdbi) {
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerColumnMapper(Instant.class, (resultSet, column, context) -> {
            OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        });
    }

    private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {

        InstantArgumentFactory() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            OffsetDateTime utc = value.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
            return (position, statement, context) -> statement.setObject(position, utc);
        }
    }
}
