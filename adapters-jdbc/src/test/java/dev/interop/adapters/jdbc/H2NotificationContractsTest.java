package dev.interop.adapters.jdbc;

/** The notification port contracts on an in-memory H2 database in PostgreSQL mode. */
class H2NotificationContractsTest extends JdbcNotificationContracts {

    @Override
    protected DatabaseSettings freshDatabase() {
        return H2Support.freshMemory();
    }
}
