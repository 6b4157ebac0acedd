package dev.interop.klarna.application.inmemory;

import dev.interop.application.contract.NotificationOutboxRepositoryContract;
import dev.interop.application.contract.NotificationStorage;
import dev.interop.application.contract.WebhookRepositoryContract;
import dev.interop.shared.application.inmemory.InMemoryDatabase;
import org.junit.jupiter.api.Nested;

/** The notification port contracts, run against the in-memory adapters; each test gets a new empty database. */
class InMemoryNotificationContractsTest {

    static NotificationStorage fresh() {
        InMemoryDatabase db = new InMemoryDatabase();
        return new NotificationStorage(db, new InMemoryWebhookRepository(db),
                new InMemoryNotificationOutboxRepository(db));
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
