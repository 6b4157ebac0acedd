package dev.interop.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@link ServerSettings} from environment variables: {@code PORT}, {@code INTEROP_HOST},
 * {@code INTEROP_DATA_DIR}, {@code DATABASE_URL}, {@code DATABASE_USER}, {@code DATABASE_PASSWORD},
 * {@code DATABASE_POOL_SIZE}, {@code INTEROP_ADMIN_KEY}, {@code INTEROP_KLARNA_API_KEY}, {@code INTEROP_SEALING_KEY},
 * {@code INTEROP_SWEEP_INTERVAL} (ISO-8601, e.g. {@code PT30S}), {@code INTEROP_MAX_BODY_BYTES}, {@code INTEROP_ROLE},
 * {@code INTEROP_KLARNA_URL}, {@code INTEROP_PUBLIC_URL}, {@code INTEROP_KLARNA_CONNECT_TIMEOUT},
 * {@code INTEROP_KLARNA_READ_TIMEOUT}. A malformed value
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
        value(env, "INTEROP_ROLE").map(ServerRole::parse).ifPresent(builder::role);
        value(env, "INTEROP_KLARNA_URL").map(v -> url("INTEROP_KLARNA_URL", v)).ifPresent(builder::klarnaUrl);
        value(env, "INTEROP_PUBLIC_URL").map(v -> url("INTEROP_PUBLIC_URL", v)).ifPresent(builder::publicUrl);
        value(env, "INTEROP_KLARNA_CONNECT_TIMEOUT").map(v -> duration("INTEROP_KLARNA_CONNECT_TIMEOUT", v))
                .ifPresent(builder::klarnaConnectTimeout);
        value(env, "INTEROP_KLARNA_READ_TIMEOUT").map(v -> duration("INTEROP_KLARNA_READ_TIMEOUT", v))
                .ifPresent(builder::klarnaReadTimeout);
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

    private static URI url(String name, String value) {
        try {
            URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new URISyntaxException(value, "not an absolute http(s) URL without query");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " must be an absolute http(s) URL such as"
                    + " http://127.0.0.1:8081/sandbox/klarna, was '" + value + "'");
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
