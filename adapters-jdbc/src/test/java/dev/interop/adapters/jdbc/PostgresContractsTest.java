package dev.interop.adapters.jdbc;

/** Every storage port contract, run against the JDBC adapters on the embedded PostgreSQL server. */
class PostgresContractsTest extends JdbcContracts {

    @Override
    protected DatabaseSettings freshDatabase() {
        return EmbeddedPostgresSupport.freshDatabase();
    }
}
