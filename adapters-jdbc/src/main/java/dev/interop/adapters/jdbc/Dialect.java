package dev.interop.adapters.jdbc;

import java.util.Locale;
import java.util.Objects;

/**
 * The SQL dialects the adapter supports, detected from the JDBC URL. Invariant: every supported URL maps to exactly
 * one dialect; any other URL is refused rather than guessed.
 */
public enum Dialect {

    /** H2 2.x, always run in PostgreSQL compatibility mode (see {@link H2Urls}). */
    H2("jdbc:h2:", "h2"),

    /** PostgreSQL 15 or newer through the PgJDBC driver. */
    POSTGRESQL("jdbc:postgresql:", "postgresql");

    private final String urlPrefix;
    private final String migrationFolder;

    Dialect(String urlPrefix, String migrationFolder) {
        this.urlPrefix = urlPrefix;
        this.migrationFolder = migrationFolder;
    }

    /**
     * The dialect of a JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql:...}, case-insensitive).
     *
     * @throws IllegalArgumentException for any other URL
     */
    public static Dialect ofJdbcUrl(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        for (Dialect dialect : values()) {
            if (lower.startsWith(dialect.urlPrefix)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("unsupported JDBC URL (expected jdbc:h2: or jdbc:postgresql:): "
                + redact(jdbcUrl));
    }

    /**
     * The classpath folder, relative to {@code db/migration/}, that holds the scripts only this dialect runs
     * ({@code h2} or {@code postgresql}). The folder may be absent: then the dialect runs only the common scripts.
     */
    public String migrationFolder() {
        return migrationFolder;
    }

    private static String redact(String jdbcUrl) {
        int parameters = jdbcUrl.indexOf('?');
        return parameters < 0 ? jdbcUrl : jdbcUrl.substring(0, parameters) + "?...";
    }
}
