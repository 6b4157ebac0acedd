package dev.interop.shared.application.port;

/**
 * The storage cannot be reached right now (connection refused or lost, database shutting down). The unit of work was
 * rolled back, so nothing of it is visible; the caller may retry later. Adapters answer it as "service unavailable".
 */
public final class StorageUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
