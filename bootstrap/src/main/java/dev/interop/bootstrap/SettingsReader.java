package dev.interop.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@link ServerSettings} from environment variables: {@code PORT}, {@code INTEROP_HOST},
 * {@code INTEROP_DATA_DIR}, {@code DATABASE_URL}, {@code DATABASE_USER}, {@code DATABASE_PASSWORD},
 * {@code DATABASE_POOL_SIZE}, {@code INTEROP_ADMIN_KEY}, {@code INTEROP_KLARNA_API_KEY}, {@code INTEROP_SEALING_KEY},
 * {@code INTEROP_SWEEP_INTERVAL} (ISO-8601, e.g. {@code PT30S}), {@code INTEROP_MAX_BODY_BYTES}. A malformed value
 * stops start-up with a message naming the variable.
 */
public final class SettingsReader {

    private SettingsReader() {
    }

    public static ServerSettings read(Map<String, String> env) {
        ImmutableServerSettings.Builder builder = ImmutableServerSettings.builder();
        value(env, "INTEROP_HOST").ifPresent(builder::host);
        value(env, "PORT").map(v -> integer("PORT", v)).ifPresent(builder::port);
        value(env, "INTEROP_DATA_DIR").map(Path::of).ifPresent(builder::dataDir);
        value(env, "DATABASE_URL").ifPresent(builder::databaseUrl);
        value(env, "DATABASE_USER").ifPresent(builder::databaseUser);
        value(env, "DATABASE_PASSWORD").ifPresent(builder::databasePassword);
        value(env, "DATABASE_POOL_SIZE").map(v -> integer("DATABASE_POOL_SIZE", v)).ifPresent(builder::databasePoolSize);
        value(env, "INTEROP_ADMIN_KEY").ifPresent(builder::adminKey);
        value(env, "INTEROP_KLARNA_API_KEY").ifPresent(builder::klarnaApiKey);
        value(env, "INTEROP_SEALING_KEY").ifPresent(builder::sealingKey);
        value(env, "INTEROP_SWEEP_INTERVAL").map(v -> duration("INTEROP_SWEEP_INTERVAL", v))
                .ifPresent(builder::sweepInterval);
        value(env, "INTEROP_MAX_BODY_BYTES").map(v -> integer("INTEROP_MAX_BODY_BYTES", v))
                .ifPresent(builder::maxRequestBodyBytes);
        return builder.build();
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
        }
    }

    private static Duration duration(String name, String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 duration such as PT30S, was '" + value
                    + "'");
        }
    }
}
