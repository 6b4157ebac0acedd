package dev.interop.shared.application.port;

import dev.interop.shared.application.port.UseCaseError;

import dev.interop.shared.application.port.StoredResponse;
import io.vavr.control.Either;

/**
 * R13 as a use case any adapter can wrap a mutating request in: same key and same request replays the stored
 * response; same key with another request is {@code Rejected IDEMPOTENCY_KEY_REUSED} (422); a key still in flight
 * is {@code Conflict IDEMPOTENCY_KEY_IN_FLIGHT} (409); server errors are not stored; keys are kept at least 24 h.
 * The stored response is written in the same unit of work as the action's state change.
 */
public interface RunIdempotentlyUseCase {

    Either<UseCaseError, Outcome> run(RunIdempotentlyCommand command);

    /** The response to send, and whether it is a replay ({@code Idempotent-Replayed: true}). */
    record Outcome(StoredResponse response, boolean replayed) {
    }
}
