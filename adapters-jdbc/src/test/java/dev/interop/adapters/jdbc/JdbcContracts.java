package dev.interop.adapters.jdbc;

import dev.interop.application.contract.CheckoutSessionRepositoryContract;
import dev.interop.application.contract.CustomerSessionRepositoryContract;
import dev.interop.application.contract.CustomerTokenRepositoryContract;
import dev.interop.application.contract.EventStoreContract;
import dev.interop.application.contract.IdempotencyStoreContract;
import dev.interop.application.contract.PartnerRepositoryContract;
import dev.interop.application.contract.PaymentRepositoryContract;
import dev.interop.application.contract.PaymentRequestRepositoryContract;
import dev.interop.application.contract.PaymentTransactionRepositoryContract;
import dev.interop.application.contract.Storage;
import dev.interop.application.contract.UnitOfWorkContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * Every storage port contract, run against the JDBC adapters; a subclass names the database. One database per test
 * class, emptied before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcContracts {

    private Database database;

    /** A fresh, empty database of the kind under test. */
    protected abstract DatabaseSettings freshDatabase();

    /** One database for the whole class, emptied before each test. */
    synchronized Database database() {
        if (database == null) {
            database = Database.open(freshDatabase());
        }
        return database;
    }

    @AfterAll
    synchronized void closeDatabase() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    @Nested
    class Partners extends PartnerRepositoryContract {
        @Override
        protected Storage newStorage() {
            return JdbiTestStorage.freshPorts(database());
        }
    }

    @Nested
    class CustomerSessions extends CustomerSessionRepositoryContract {
        @Override
        protected Storage newStorage() {
            return JdbiTestStorage.freshPorts(database());
        }
    }

    @Nested
    class CustomerTokens extends CustomerTokenRepositoryContract {
        @Override
        protected Storage newStorage() {
            return JdbiTestStorage.freshPorts(database());
        }
    }

    @Nested
    class PaymentRequests extends PaymentRequestRepositoryContract {
        @Override
        protected Storage newStorage() {
            return JdbiTestStorage.freshPorts(database());
        }
    }

    @Nested
    class PaymentTransactions extends PaymentTransactionRepositoryContract {
        @Override
        protected Storage newStorage() {
            return JdbiTestStorage.freshPorts(database());
        }
    }

    @Nested
    class CheckoutSessions extends CheckoutSessionRepositoryContract {
        @Override
        protected Storage newStorage() {
            return JdbiTestStorage.freshPorts(database());
        }
    }

    @Nested
    class Payments extends PaymentRepositoryContract {
        @Override
        protected Storage newStorage() {
            return JdbiTestStorage.freshPorts(database());
        }
    }

    @Nested
    class Events extends EventStoreContract {
        @Override
        protected Storage newStorage() {
            return JdbiTestStorage.freshPorts(database());
        }
    }

    @Nested
    class Idempotency extends IdempotencyStoreContract {
        @Override
        protected Storage newStorage() {
            return JdbiTestStorage.freshPorts(database());
        }
    }

    @Nested
    class UnitsOfWork extends UnitOfWorkContract {
        @Override
        protected Storage newStorage() {
            return JdbiTestStorage.freshPorts(database());
        }
    }
}
