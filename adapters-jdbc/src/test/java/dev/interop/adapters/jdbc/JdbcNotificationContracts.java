package dev.interop.adapters.jdbc;

import dev.interop.application.contract.NotificationOutboxRepositoryContract;
import dev.interop.application.contract.NotificationStorage;
import dev.interop.application.contract.WebhookRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * The notification port contracts (webhooks, outbox), run against the JDBC adapters; a subclass names the database.
 * One database per test class, emptied before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcNotificationContracts {

    private Database database;

    /** A fresh, empty database of the kind under test. */
    protected abstract DatabaseSettings freshDatabase();

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

    /** Both ports on one set of transactions over the emptied database. */
    NotificationStorage fresh() {
        Database db = database();
        JdbiTestStorage.clean(db);
        JdbiTransactions transactions = new JdbiTransactions(db.jdbi(), db.dialect());
        return new NotificationStorage(new JdbiUnitOfWork(transactions), new JdbiWebhookRepository(transactions),
                new JdbiNotificationOutboxRepository(transactions));
    }

    @Nested
    class Webhooks extends WebhookRepositoryContract {
        @Override
        protected NotificationStorage newNotificationStorage() {
            return fresh();
        }
    }

    @Nested
    class Outbox extends NotificationOutboxRepositoryContract {
        @Override
        protected NotificationStorage newNotificationStorage() {
            return fresh();
        }
    }
}
