package dev.interop.adapters.jdbc;

import dev.interop.shared.application.port.UnitOfWork;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link UnitOfWork} on a {@link JdbiTransactions}: one database transaction per outermost {@link #inTransaction},
 * joined by nested calls on the same thread and by every repository of the same {@link JdbiStorage}. Commits when the
 * work returns, rolls back when it throws anything, and rethrows the original failure.
 */
public final class JdbiUnitOfWork implements UnitOfWork {

    private final JdbiTransactions transactions;

    public JdbiUnitOfWork(JdbiTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    @Override
    public void afterCommit(Runnable action) {
        transactions.afterCommit(action);
    }
}
