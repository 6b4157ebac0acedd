package dev.interop.klarna.application.inmemory;

import dev.interop.acquirer.application.inmemory.InMemoryCheckoutSessionRepository;
import dev.interop.shared.application.inmemory.InMemoryDatabase;
import dev.interop.shared.application.inmemory.InMemoryEventStore;
import dev.interop.shared.application.inmemory.InMemoryIdempotencyStore;
import dev.interop.acquirer.application.inmemory.InMemoryPartnerRepository;
import dev.interop.acquirer.application.inmemory.InMemoryPaymentRepository;

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
import org.junit.jupiter.api.Nested;

/** Every storage port contract, run against the in-memory adapters; each test gets a new empty database. */
class InMemoryContractsTest {

    static Storage fresh() {
        InMemoryDatabase db = new InMemoryDatabase();
        return new Storage(db, new InMemoryPartnerRepository(db), new InMemoryCustomerSessionRepository(db),
                new InMemoryCustomerTokenRepository(db), new InMemoryPaymentRequestRepository(db),
                new InMemoryPaymentTransactionRepository(db), new InMemoryCheckoutSessionRepository(db),
                new InMemoryPaymentRepository(db), new InMemoryEventStore(db), new InMemoryIdempotencyStore(db));
    }

    @Nested
    class Partners extends PartnerRepositoryContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class CustomerSessions extends CustomerSessionRepositoryContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class CustomerTokens extends CustomerTokenRepositoryContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class PaymentRequests extends PaymentRequestRepositoryContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class PaymentTransactions extends PaymentTransactionRepositoryContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class CheckoutSessions extends CheckoutSessionRepositoryContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class Payments extends PaymentRepositoryContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class Events extends EventStoreContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class Idempotency extends IdempotencyStoreContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }

    @Nested
    class UnitsOfWork extends UnitOfWorkContract {
        @Override
        protected Storage newStorage() {
            return fresh();
        }
    }
}
