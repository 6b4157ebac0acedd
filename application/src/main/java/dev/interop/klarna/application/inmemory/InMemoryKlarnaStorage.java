package dev.interop.klarna.application.inmemory;

import dev.interop.klarna.application.port.out.KlarnaStorage;
import dev.interop.shared.application.inmemory.InMemoryDatabase;
import dev.interop.shared.application.inmemory.InMemoryEventStore;
import dev.interop.shared.application.inmemory.InMemoryIdempotencyStore;

/** Klarna's storage in memory, on a database of its own. */
public final class InMemoryKlarnaStorage {

    private InMemoryKlarnaStorage() {
    }

    /** Fresh in-memory storage. */
    public static KlarnaStorage create() {
        return on(new InMemoryDatabase());
    }

    /** In-memory storage on {@code db}, which is also the unit of work. */
    public static KlarnaStorage on(InMemoryDatabase db) {
        return new KlarnaStorage(new InMemoryPartnerAccountRepository(db), new InMemoryCustomerSessionRepository(db),
                new InMemoryCustomerTokenRepository(db), new InMemoryPaymentRequestRepository(db),
                new InMemoryPaymentTransactionRepository(db), new InMemoryEventStore(db), new InMemoryIdempotencyStore(db),
                new InMemoryWebhookRepository(db), new InMemoryNotificationOutboxRepository(db),
                new InMemoryCompletionTokenVault(db), db);
    }
}
