package dev.interop.adapters.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs the Flyway migrations of each bounded context on its own: the Acquiring Partner's from
 * {@code classpath:db/migration/acquirer} with the history table {@code flyway_acquirer_history}, Klarna's from
 * {@code classpath:db/migration/klarna} with {@code flyway_klarna_history}; a context also runs
 * {@code classpath:db/migration/<context>-<dialect folder>} when that folder exists. In role {@code all} both run on
 * one database (their tables carry the context's prefix, {@code ap_} or {@code klarna_}); in the split deployment
 * each service migrates only its own context into its own database.
 * Invariant: migrating an up-to-date database applies nothing; a changed or missing applied script fails
 * validation (a {@link org.flywaydb.core.api.FlywayException}) rather than being re-run.
 */
public final class Migrations {

    /** A bounded context with migrations of its own. */
    public enum Context {
        ACQUIRER,
        KLARNA;

        String folder() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The Flyway history table of this context. */
        public String historyTable() {
            return "flyway_" + folder() + "_history";
        }
    }

    private static final String ROOT = "db/migration/";

    private Migrations() {
    }

    /** The Flyway locations of {@code context} for {@code dialect}: its common folder, then its dialect's own. */
    public static List<String> locations(Context context, Dialect dialect) {
        List<String> locations = new ArrayList<>();
        locations.add("classpath:" + ROOT + context.folder());
        String own = ROOT + context.folder() + "-" + dialect.migrationFolder();
        if (Migrations.class.getClassLoader().getResource(own) != null) {
            locations.add("classpath:" + own);
        }
        return List.copyOf(locations);
    }

    /**
     * Brings {@code contexts}' part of the database behind {@code dataSource} to the latest version.
     *
     * @return how many migrations this call applied (0 when already up to date)
     */
    public static int migrate(DataSource dataSource, Dialect dialect, Set<Context> contexts) {
        int applied = 0;
        for (Context context : Context.values()) {
            if (contexts.contains(context)) {
                // A schema that already holds the other context's Flyway history is ours: this context starts its own
                // history beside it. Any other non-empty schema without this context's history is refused.
                boolean besideTheOther = java.util.Arrays.stream(Context.values())
                        .anyMatch(other -> other != context && hasTable(dataSource, other.historyTable()));
                applied += Flyway.configure(Migrations.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations(locations(context, dialect).toArray(String[]::new))
                        .table(context.historyTable())
                        .baselineOnMigrate(besideTheOther)
                        .baselineVersion("0")
                        .cleanDisabled(true)
                        .load()
                        .migrate()
                        .migrationsExecuted;
            }
        }
        return applied;
    }

    private static boolean hasTable(DataSource dataSource, String table) {
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.ResultSet found = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                        new String[] {"TABLE"})) {
            while (found.next()) {
                if (table.equalsIgnoreCase(found.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        } catch (java.sql.SQLException failure) {
            throw new IllegalStateException("could not read the database's tables", failure);
        }
    }
}
