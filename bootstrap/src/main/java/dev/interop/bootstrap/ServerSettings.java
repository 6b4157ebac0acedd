package dev.interop.bootstrap;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything the server needs to start, with the defaults a fresh checkout runs on. Built from the environment by
 * {@link SettingsReader}; tests build it with {@code ImmutableServerSettings.builder()}.
 * Invariants: port 0..65535 (0 = any free port), positive durations, body limit 1 KiB..16 MiB.
 */
@Value.Immutable
@WideValue
public abstract class ServerSettings {

    @Value.Default
    public String host() {
        return "0.0.0.0";
    }

    @Value.Default
    public int port() {
        return 8080;
    }

    /** Where the embedded H2 database and the generated keys live ({@code INTEROP_DATA_DIR}, default ./data). */
    @Value.Default
    public Path dataDir() {
        return Path.of("data");
    }

    /** A JDBC URL ({@code DATABASE_URL}); absent means the embedded H2 file database under {@link #dataDir()}. */
    public abstract Optional<String> databaseUrl();

    public abstract Optional<String> databaseUser();

    public abstract Optional<String> databasePassword();

    /** {@code INTEROP_ADMIN_KEY}; absent: generated at first start, printed once, kept as a hash. */
    public abstract Optional<String> adminKey();

    /** {@code INTEROP_KLARNA_API_KEY}; absent: generated at first start, printed once, kept as a hash. */
    public abstract Optional<String> klarnaApiKey();

    /** {@code INTEROP_SEALING_KEY} (base64, 32 bytes); absent: generated once and kept in the data directory. */
    public abstract Optional<String> sealingKey();

    /** {@code INTEROP_ROLE}: {@code all} (default), {@code acquirer} or {@code klarna-sandbox}. */
    @Value.Default
    public ServerRole role() {
        return ServerRole.ALL;
    }

    /**
     * {@code INTEROP_KLARNA_URL}: Klarna's base URL for role {@code acquirer} (required there), e.g.
     * {@code http://127.0.0.1:8081/sandbox/klarna} for this project's sandbox.
     */
    public abstract Optional<URI> klarnaUrl();

    /**
     * {@code INTEROP_PUBLIC_URL}: this server's own base URL as others reach it (Klarna's notifications go to
     * {@code <public url>/klarna/v1/notifications}); default {@code http://<host>:<port>} with {@code localhost} for
     * an any-address host.
     */
    public abstract Optional<URI> publicUrl();

    /** {@code INTEROP_KLARNA_CONNECT_TIMEOUT} (ISO-8601), for calls to Klarna. */
    @Value.Default
    public Duration klarnaConnectTimeout() {
        return Duration.ofSeconds(2);
    }

    /** {@code INTEROP_KLARNA_READ_TIMEOUT} (ISO-8601), for calls to Klarna. */
    @Value.Default
    public Duration klarnaReadTimeout() {
        return Duration.ofSeconds(10);
    }

    @Value.Default
    public Duration sweepInterval() {
        return Duration.ofSeconds(30);
    }

    @Value.Default
    public int maxRequestBodyBytes() {
        return 64 * 1024;
    }

    @Value.Default
    public int databasePoolSize() {
        return 10;
    }

    @Value.Check
    protected void check() {
        if (port() < 0 || port() > 65_535) {
            throw new IllegalArgumentException("PORT must be 0..65535, was " + port());
        }
        if (sweepInterval().isNegative() || sweepInterval().isZero()) {
            throw new IllegalArgumentException("INTEROP_SWEEP_INTERVAL must be positive");
        }
        if (maxRequestBodyBytes() < 1024 || maxRequestBodyBytes() > 16 * 1024 * 1024) {
            throw new IllegalArgumentException("INTEROP_MAX_BODY_BYTES must be 1024..16777216");
        }
        if (role() == ServerRole.ACQUIRER && klarnaApiKey().isEmpty()) {
            throw new IllegalArgumentException("INTEROP_ROLE=acquirer needs INTEROP_KLARNA_API_KEY (the Acquiring"
                    + " Partner's Klarna API key)");
        }
        if (role() == ServerRole.ACQUIRER && klarnaUrl().isEmpty()) {
            throw new IllegalArgumentException("INTEROP_ROLE=acquirer needs INTEROP_KLARNA_URL (Klarna's base URL, e.g."
                    + " http://127.0.0.1:8081/sandbox/klarna)");
        }
        for (Duration timeout : new Duration[] {klarnaConnectTimeout(), klarnaReadTimeout()}) {
            if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException("INTEROP_KLARNA_CONNECT_TIMEOUT and INTEROP_KLARNA_READ_TIMEOUT"
                        + " must be positive and at most PT5M");
            }
        }
        if (databasePoolSize() < 1 || databasePoolSize() > 200) {
            throw new IllegalArgumentException("DATABASE_POOL_SIZE must be 1..200");
        }
    }

    /** Never prints secrets. */
    @Override
    public String toString() {
        return "ServerSettings[role=" + role().setting() + ", host=" + host() + ", port=" + port() + ", dataDir="
                + dataDir() + klarnaUrl().map(url -> ", klarnaUrl=" + url).orElse("") + ", database="
                + databaseUrl().map(url -> url.replaceAll("password=[^&;]*", "password=…")).orElse("embedded H2")
                + ", sweepInterval=" + sweepInterval() + "]";
    }
}
