package dev.interop.shared.application.service;

import dev.interop.shared.application.port.StoredResponse;
import dev.interop.shared.application.port.RunIdempotentlyCommand;
import dev.interop.shared.application.port.RunIdempotentlyUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.IdempotencyStore.Claim;
import dev.interop.shared.application.port.IdempotencyStore;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.token.TokenHash;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Objects;

/**
 * Claims the key in a short transaction of its own (so a concurrent duplicate sees it in flight), then runs the
 * action and stores its response in one transaction, so the key is recorded in the same unit of work as the state
 * change. A thrown action or a server-error response releases the key.
 */
public final class RunIdempotentlyService implements RunIdempotentlyUseCase {

    /** R13: keys are kept at least this long. */
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);
    /** How long an in-flight claim blocks duplicates before a crashed owner's key may be taken over. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);

    private final IdempotencyStore store;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Duration retention;
    private final Duration lease;

    public RunIdempotentlyService(IdempotencyStore store, UnitOfWork unitOfWork, Clock clock, Duration retention,
            Duration lease) {
        this.store = Objects.requireNonNull(store);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
        if (retention.compareTo(DEFAULT_RETENTION) < 0) {
            throw new IllegalArgumentException("idempotency keys are kept at least 24 h (R13)");
        }
        this.retention = retention;
        this.lease = lease;
    }

    public RunIdempotentlyService(IdempotencyStore store, UnitOfWork unitOfWork, Clock clock) {
        this(store, unitOfWork, clock, DEFAULT_RETENTION, DEFAULT_LEASE);
    }

    @Override
    public Either<UseCaseError, Outcome> run(RunIdempotentlyCommand command) {
        IdempotencyStore.Key key = new IdempotencyStore.Key(command.scope(), command.key());
        String fingerprint = TokenHash.of(command.request()).hex();
        var now = clock.now();
        Claim claim = unitOfWork.inTransaction(
                () -> store.claim(key, fingerprint, now, now.plus(lease), now.plus(retention)));
        if (claim instanceof Claim.Completed completed) {
            return completed.fingerprint().equals(fingerprint)
                    ? Either.right(new Outcome(completed.response(), true))
                    : Either.left(reused());
        }
        if (claim instanceof Claim.InFlight inFlight) {
            return inFlight.fingerprint().equals(fingerprint)
                    ? Either.left(new UseCaseError.Conflict("IDEMPOTENCY_KEY_IN_FLIGHT",
                            "a request with this Idempotency-Key is still being processed; retry later"))
                    : Either.left(reused());
        }
        return Either.right(new Outcome(execute(key, command), false));
    }

    private StoredResponse execute(IdempotencyStore.Key key, RunIdempotentlyCommand command) {
        try {
            return unitOfWork.inTransaction(() -> {
                StoredResponse response = command.action().get();
                if (response.isServerError()) {
                    store.release(key);
                } else {
                    store.complete(key, response);
                }
                return response;
            });
        } catch (RuntimeException failure) {
            try {
                unitOfWork.inTransaction(() -> {
                    store.release(key);
                    return null;
                });
            } catch (RuntimeException releaseFailure) {
                // The key stays in flight until its lease ends; the caller still learns the first failure.
                failure.addSuppressed(releaseFailure);
            }
            throw failure;
        }
    }

    private static UseCaseError reused() {
        return new UseCaseError.Rejected(Rejection.of(CommonRejection.IDEMPOTENCY_KEY_REUSED,
                "this Idempotency-Key was used with a different request; use a new key"));
    }
}
