package dev.interop.klarna.application.inmemory;

import dev.interop.shared.application.inmemory.InMemoryDatabase;

import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.klarna.application.port.out.PaymentTransactionRepository;
import dev.interop.klarna.domain.authorization.PaymentTransaction;
import io.vavr.control.Option;

/** {@link PaymentTransactionRepository} on an {@link InMemoryDatabase}: one transaction per session (R5). */
public final class InMemoryPaymentTransactionRepository implements PaymentTransactionRepository {

    private final InMemoryDatabase db;
    private final InMemoryDatabase.Table<String, PaymentTransaction> transactions;

    public InMemoryPaymentTransactionRepository(InMemoryDatabase db) {
        this.db = db;
        this.transactions = db.table("payment_transactions");
    }

    @Override
    public void insert(PaymentTransaction transaction) {
        db.inTransaction(() -> {
            if (transaction.customerSessionId().isDefined() && transactions.rows().values()
                    .exists(other -> other.customerSessionId().equals(transaction.customerSessionId()))) {
                throw new ConcurrentUpdateException("the session's token was consumed by another transaction");
            }
            transactions.insert(transaction.id(), transaction);
            return null;
        });
    }

    @Override
    public Option<PaymentTransaction> findById(String transactionId) {
        return transactions.get(transactionId);
    }
}
