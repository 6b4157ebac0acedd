package dev.interop.adapters.jdbc;

/** The notification port contracts on the embedded PostgreSQL server. */
class PostgresNotificationContractsTest extends JdbcNotificationContracts {

    @Override
    protected DatabaseSettings freshDatabase() {
        return EmbeddedPostgresSupport.freshDatabase();
    }
}
