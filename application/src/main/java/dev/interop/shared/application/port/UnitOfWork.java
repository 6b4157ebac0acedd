package dev.interop.shared.application.port;

import java.util.function.Supplier;

/**
 * Runs work atomically: every repository write, event append and idempotency record made inside {@link #inTransaction}
 * commits together or not at all (nothing half-written). A call made while a transaction is already open on the
 * current thread joins it at a savepoint: if the nested work throws, only its own writes are undone and the exception
 * propagates. Implementations decide isolation; optimistic versions (R14) catch lost updates.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code action} once the transaction open on this thread has committed, on this thread and outside any
     * transaction of this unit of work; never if it rolls back (a nested part that fails drops the actions it
     * registered). Outside a transaction the action runs at once. An action that throws is logged by nobody: it must
     * handle its own failures.
     */
    void afterCommit(Runnable action);
}
