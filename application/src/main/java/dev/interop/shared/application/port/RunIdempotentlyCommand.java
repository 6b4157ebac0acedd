package dev.interop.shared.application.port;

import dev.interop.shared.application.port.StoredResponse;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs {@code action} at most once for {@code (scope, key)} (R13).
 *
 * @param scope   whose key it is: a Partner id, or another caller identity; keys never collide across scopes
 * @param key     the client's {@code Idempotency-Key}
 * @param request what identifies the request's meaning: method, route and body; same key with another request is
 *                refused
 * @param action  the work; its response is stored unless it is a server error or it throws
 */
public record RunIdempotentlyCommand(String scope, String key, String request, Supplier<StoredResponse> action) {

    public RunIdempotentlyCommand {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(action, "action");
    }
}
