package dev.interop.shared.application.port;

import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.RejectionCode;

/**
 * Why a use case did not do what was asked, as a value. Adapters map each case exhaustively (HTTP: 404, 4xx by the
 * rejection's category, 409, 403, 401). Infrastructure failures are not here: they are exceptions.
 */
public sealed interface UseCaseError {

    /** Machine-readable, UPPER_SNAKE. */
    String code();

    String detail();

    /** The resource does not exist, or belongs to someone else (never say which). */
    record NotFound(String resource, String id) implements UseCaseError {
        @Override
        public String code() {
            return "NOT_FOUND";
        }

        @Override
        public String detail() {
            return resource + " " + id + " was not found";
        }
    }

    /** The domain refused the command; the rejection says why and, for input, which field. */
    record Rejected(Rejection rejection) implements UseCaseError {
        @Override
        public String code() {
            return rejection.code().name();
        }

        @Override
        public String detail() {
            return rejection.detail();
        }

        public static Rejected of(RejectionCode code, String detail) {
            return new Rejected(Rejection.of(code, detail));
        }
    }

    /** A concurrent writer won (R14), or an idempotency key is in flight or reused with another body (R13). */
    record Conflict(String code, String detail) implements UseCaseError {
    }

    /** The caller is known but may not do this. */
    record Forbidden(String code, String detail) implements UseCaseError {
    }

    /** The caller's credentials are missing or wrong. */
    record Unauthenticated(String detail) implements UseCaseError {
        @Override
        public String code() {
            return "UNAUTHENTICATED";
        }
    }

    /** The precondition of a conditional write does not hold: a stale {@code If-Match} (R14). */
    record PreconditionFailed(String detail) implements UseCaseError {
        @Override
        public String code() {
            return "PRECONDITION_FAILED";
        }
    }
}
