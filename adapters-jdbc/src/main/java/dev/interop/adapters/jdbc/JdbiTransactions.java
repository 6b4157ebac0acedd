package dev.interop.adapters.jdbc;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transaction scope every JDBC repository of one {@link JdbiStorage} shares. {@link #inTransaction} opens one
 * {@link Handle}, begins a transaction and binds the handle to the current thread until it ends; a nested call on the
 * same thread joins it. {@link #read} and {@link #write} run a repository operation on the thread's handle when there
 * is one, otherwise on a short handle of their own ({@link #write} in a transaction of its own, so a multi-statement
 * write is atomic even outside a unit of work).
 *
 * <p>Invariants: a thread holds at most one bound handle per instance; the binding is removed and the handle closed
 * however the outermost unit of work ends; any exception or error thrown by the work rolls the transaction back and
 * reaches the caller unchanged (a failing rollback or close is attached to it as suppressed). Isolation is the
 * databases' default, READ COMMITTED on both H2 and PostgreSQL; lost updates are caught by the repositories'
 * optimistic versions (R14), not by locks held across requests.
 */
public final class JdbiTransactions {

    private static final Logger LOG = LoggerFactory.getLogger(JdbiTransactions.class);

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final ThreadLocal<Handle> bound = new ThreadLocal<>();
    /** Actions to run after the outermost transaction of this thread commits, one list per nesting level. */
    private final ThreadLocal<java.util.Deque<java.util.List<Runnable>>> afterCommit =
            ThreadLocal.withInitial(java.util.ArrayDeque::new);
    private final AtomicLong savepoints = new AtomicLong();

    public JdbiTransactions(Jdbi jdbi, Dialect dialect) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Whether the current thread is inside a unit of work of this instance. */
    public boolean inUnitOfWork() {
        return bound.get() != null;
    }

    /**
     * Runs {@code work} in one transaction: commits when it returns, rolls back when it throws. Joins the transaction
     * already open on this thread, if any, at a savepoint: a nested failure undoes only the nested work (and, on
     * PostgreSQL, leaves the outer transaction usable) and propagates; the outermost call commits or rolls back.
     */
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        Handle joined = bound.get();
        if (joined != null) {
            return atSavepoint(joined, work);
        }
        Handle handle = open();
        java.util.Deque<java.util.List<Runnable>> levels = afterCommit.get();
        java.util.List<Runnable> committed = java.util.List.of();
        try {
            handle.begin();
            bound.set(handle);
            levels.push(new java.util.ArrayList<>());
            T result = work.get();
            handle.commit();
            committed = levels.peek();
            return result;
        } catch (RuntimeException failure) {
            rollback(handle, failure);
            throw StorageFailures.translate(failure);
        } catch (Error failure) {
            rollback(handle, failure);
            throw failure;
        } finally {
            levels.clear();
            afterCommit.remove();
            bound.remove();
            close(handle);
            committed.forEach(Runnable::run);
        }
    }

    /** See {@link dev.interop.shared.application.port.UnitOfWork#afterCommit}. */
    public void afterCommit(Runnable action) {
        Objects.requireNonNull(action, "action");
        if (bound.get() == null) {
            action.run();
            return;
        }
        afterCommit.get().peek().add(action);
    }

    private Handle open() {
        try {
            return jdbi.open();
        } catch (RuntimeException failure) {
            throw StorageFailures.translate(failure);
        }
    }

    private <T> T atSavepoint(Handle handle, Supplier<T> work) {
        String savepoint = "uow_" + savepoints.incrementAndGet();
        handle.savepoint(savepoint);
        java.util.Deque<java.util.List<Runnable>> levels = afterCommit.get();
        levels.push(new java.util.ArrayList<>());
        try {
            T result = work.get();
            handle.releaseSavepoint(savepoint);
            java.util.List<Runnable> nested = levels.pop();
            levels.peek().addAll(nested);
            return result;
        } catch (Throwable failure) {
            levels.pop();
            try {
                handle.rollbackToSavepoint(savepoint);
            } catch (RuntimeException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
            }
            throw failure;
        }
    }

    /** Runs a read on the thread's transaction handle, or on a short auto-commit handle of its own. */
    public <T> T read(HandleCallback<T, RuntimeException> callback) {
        Handle handle = bound.get();
        try {
            return handle != null ? callback.withHandle(handle) : jdbi.withHandle(callback);
        } catch (RuntimeException failure) {
            throw StorageFailures.translate(failure);
        }
    }

    /** Runs a write on the thread's transaction handle, or in a short transaction of its own. */
    public <T> T write(HandleCallback<T, RuntimeException> callback) {
        Handle handle = bound.get();
        try {
            return handle != null ? callback.withHandle(handle) : jdbi.inTransaction(callback);
        } catch (RuntimeException failure) {
            throw StorageFailures.translate(failure);
        }
    }

    private static void rollback(Handle handle, Throwable failure) {
        try {
            if (handle.isInTransaction()) {
                handle.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private static void close(Handle handle) {
        try {
            handle.close();
        } catch (RuntimeException closeFailure) {
            LOG.warn("could not close a database handle after its unit of work", closeFailure);
        }
    }
}
