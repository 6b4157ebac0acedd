package dev.interop.adapters.http.api;

import dev.interop.adapters.http.Problem;
import dev.interop.shared.application.port.UseCaseError;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an endpoint answers once its input is valid: a JSON body with a success status, or a problem (a use case's
 * refusal). Both can be stored for an idempotent replay (R13).
 */
sealed interface Reply {

    /**
     * A success: {@code status} in 200..299, the response record to serialize and the record to keep for a replay,
     * which differs only when the answer shows a secret once (a new Partner's API key is never stored, R2).
     */
    record Success(int status, Object body, Object storedBody) implements Reply {
        public Success {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(storedBody, "storedBody");
            if (status < 200 || status > 299) {
                throw new IllegalArgumentException("a success has a 2xx status");
            }
        }

        public Success(int status, Object body) {
            this(status, body, body);
        }
    }

    /** A refusal, answered as a problem. */
    record Failure(Problem problem) implements Reply {
        public Failure {
            Objects.requireNonNull(problem, "problem");
        }
    }

    static Reply ok(Object body) {
        return new Success(200, body);
    }

    static Reply created(Object body) {
        return new Success(201, body);
    }

    /** The use case's result as a reply: its error mapped by {@link UseCaseProblems}, or {@code success} of it. */
    static <T> Reply of(Either<UseCaseError, T> result, Function<T, Reply> success) {
        return result.fold(error -> new Failure(UseCaseProblems.toProblem(error)), success);
    }
}
