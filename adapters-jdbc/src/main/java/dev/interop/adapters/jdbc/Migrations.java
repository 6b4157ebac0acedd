package dev.interop.adapters.jdbc;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs the Flyway migrations. Every dialect runs {@code classpath:db/migration/common}; a dialect also runs
 * {@code classpath:db/migration/<dialect folder>} when that folder exists on the classpath. Versions form one
 * sequence across both folders, so a dialect-specific script takes a version number no common script uses.
 * Invariant: migrating an up-to-date database applies nothing; a changed or missing applied script fails
 * validation (a {@link org.flywaydb.core.api.FlywayException}) rather than being re-run.
 */
public final class Migrations {

    /** The folder every dialect runs. */
    public static final String COMMON_LOCATION = "classpath:db/migration/common";

    private static final String ROOT = "db/migration/";

    private Migrations() {
    }

    /** The Flyway locations for {@code dialect}: the common one, then the dialect's own if present. */
    public static List<String> locations(Dialect dialect) {
        List<String> locations = new ArrayList<>();
        locations.add(COMMON_LOCATION);
        String own = ROOT + dialect.migrationFolder();
        if (Migrations.class.getClassLoader().getResource(own) != null) {
            locations.add("classpath:" + own);
        }
        return List.copyOf(locations);
    }

    /**
     * Brings the database behind {@code dataSource} to the latest version.
     *
     * @return how many migrations this call applied (0 when already up to date)
     */
    public static int migrate(DataSource dataSource, Dialect dialect) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(dialect).toArray(String[]::new))
                .cleanDisabled(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
