package dev.interop.adapters.jdbc;

import dev.interop.shared.application.port.ConcurrentUpdateException;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Classifies database failures. A unique-constraint violation (SQLState {@value #UNIQUE_VIOLATION} on both H2 and
 * PostgreSQL) means a concurrent writer took the key first and becomes a {@link ConcurrentUpdateException}; every
 * other failure propagates unchanged.
 */
final class SqlErrors {

    /** SQL:2011 {@code integrity constraint violation: unique violation}. */
    static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {
    }

    /** Whether {@code failure} or one of its causes is a unique-constraint violation. */
    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Runs {@code write}, turning a unique-constraint violation into a {@link ConcurrentUpdateException}. */
    static <T> T uniqueAsConflict(String what, Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException failure) {
            if (isUniqueViolation(failure)) {
                throw new ConcurrentUpdateException(what, failure);
            }
            throw failure;
        }
    }

    /** {@link #uniqueAsConflict(String, Supplier)} for a write without a result. */
    static void uniqueAsConflict(String what, Runnable write) {
        uniqueAsConflict(what, () -> {
            write.run();
            return null;
        });
    }
}
