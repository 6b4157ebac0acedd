package dev.interop.shared.application.port;

/**
 * Thrown by a repository when a write was made against a stale version (R14) or collides with a unique invariant
 * that a concurrent writer took first. The transaction rolls back; services turn it into a {@code Conflict}.
 */
public final class ConcurrentUpdateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentUpdateException(String message) {
        super(message);
    }

    public ConcurrentUpdateException(String message, Throwable cause) {
        super(message, cause);
    }
}
