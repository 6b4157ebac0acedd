package dev.interop.adapters.jdbc;

/**
 * The databases a JDBC contract test runs against, for {@code @EnumSource(TestDatabase.class)}. Invariant:
 * {@link #fresh()} always returns settings of a new, empty, unmigrated database.
 */
public enum TestDatabase {

    H2_MEMORY,
    H2_FILE,
    POSTGRESQL;

    public DatabaseSettings fresh() {
        return switch (this) {
            case H2_MEMORY -> H2Support.freshMemory();
            case H2_FILE -> H2Support.freshFile();
            case POSTGRESQL -> EmbeddedPostgresSupport.freshDatabase();
        };
    }

    /** A fresh database, opened and migrated. */
    public Database open() {
        return Database.open(fresh());
    }
}
