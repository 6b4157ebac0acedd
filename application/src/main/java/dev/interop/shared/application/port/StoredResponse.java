package dev.interop.shared.application.port;

import java.util.Objects;

/**
 * A finished request's outcome as the idempotency store keeps it for replay (R13): an outcome status in HTTP terms
 * and the exact body that was answered. Invariant: status in 100..599.
 */
public record StoredResponse(int status, String body) {

    public StoredResponse {
        Objects.requireNonNull(body, "body");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not a status: " + status);
        }
    }

    public boolean isServerError() {
        return status >= 500;
    }
}
