package dev.interop.adapters.http;

/**
 * Whether the server can take traffic (e.g. the database answers). {@code GET /health/ready} answers 200 when it
 * returns {@code true} and 503 {@code NOT_READY} when it returns {@code false} or throws.
 */
@FunctionalInterface
public interface ReadinessCheck {

    boolean isReady() throws Exception;

    static ReadinessCheck alwaysReady() {
        return () -> true;
    }
}
