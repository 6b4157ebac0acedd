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
}
