package dev.interop.adapters.jdbc;

import dev.interop.shared.application.port.StorageUnavailableException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells "the database cannot be reached" apart from every other failure: a lost or refused connection (SQLState class
 * 08, a pool timeout) or a server shutting down (57P01..57P03) becomes {@link StorageUnavailableException}; anything
 * else passes unchanged.
 */
final class StorageFailures {

    private StorageFailures() {
    }

    static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof StorageUnavailableException) {
            return failure;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isUnavailable(cause)) {
                return new StorageUnavailableException("the database cannot be reached", failure);
            }
        }
        return failure;
    }

    private static boolean isUnavailable(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        return false;
    }
}
