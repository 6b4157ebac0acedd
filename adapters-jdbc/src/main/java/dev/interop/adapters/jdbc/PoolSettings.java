package dev.interop.adapters.jdbc;

import java.time.Duration;
import java.util.Objects;

/**
 * Sizes and timeouts of the HikariCP pool. Invariants: {@code 1 <= maximumSize}, {@code 0 <= minimumIdle <=
 * maximumSize}, {@code connectionTimeout >= 250 ms} (HikariCP's floor) so a caller waits at most that long for a
 * connection before an {@link java.sql.SQLException} reaches it.
 */
public record PoolSettings(int maximumSize, int minimumIdle, Duration connectionTimeout) {

    /** Ten connections at most, two kept idle, five seconds to obtain one. */
    public static final PoolSettings DEFAULT = new PoolSettings(10, 2, Duration.ofSeconds(5));

    public PoolSettings {
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (maximumSize < 1) {
            throw new IllegalArgumentException("maximumSize must be at least 1: " + maximumSize);
        }
        if (minimumIdle < 0 || minimumIdle > maximumSize) {
            throw new IllegalArgumentException("minimumIdle must be within 0.." + maximumSize + ": " + minimumIdle);
        }
        if (connectionTimeout.compareTo(Duration.ofMillis(250)) < 0) {
            throw new IllegalArgumentException("connectionTimeout must be at least 250 ms: " + connectionTimeout);
        }
    }

    public PoolSettings withMaximumSize(int size) {
        return new PoolSettings(size, Math.min(minimumIdle, size), connectionTimeout);
    }

    public PoolSettings withMinimumIdle(int idle) {
        return new PoolSettings(maximumSize, idle, connectionTimeout);
    }

    public PoolSettings withConnectionTimeout(Duration timeout) {
        return new PoolSettings(maximumSize, minimumIdle, timeout);
    }
}
