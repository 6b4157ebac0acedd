package dev.interop.acquirer.application.inmemory;

import dev.interop.shared.application.inmemory.InMemoryIdempotencyStore;

import dev.interop.acquirer.application.port.out.AcquirerStorage;
import dev.interop.shared.application.inmemory.InMemoryDatabase;
import dev.interop.shared.application.inmemory.InMemoryEventStore;

/** The Acquiring Partner's storage in memory, on a database of its own. */
public final class InMemoryAcquirerStorage {

    private InMemoryAcquirerStorage() {
    }

    /** Fresh in-memory storage. */
    public static AcquirerStorage create() {
        return on(new InMemoryDatabase());
    }

    /** In-memory storage on {@code db}, which is also the unit of work. */
    public static AcquirerStorage on(InMemoryDatabase db) {
        return new AcquirerStorage(new InMemoryPartnerRepository(db), new InMemoryCheckoutSessionRepository(db),
                new InMemoryPaymentRepository(db), new InMemoryEventStore(db), new InMemoryIdempotencyStore(db),
                new InMemoryNotificationInbox(db), db);
    }
}
