package dev.interop.adapters.jdbc;

/** Every storage port contract, run against the JDBC adapters on an in-memory H2 database in PostgreSQL mode. */
class H2ContractsTest extends JdbcContracts {

    @Override
    protected DatabaseSettings freshDatabase() {
        return H2Support.freshMemory();
    }
}
