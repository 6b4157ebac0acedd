package dev.interop.klarna.domain.paymentrequest;

import dev.interop.shared.token.TokenHash;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The state of a Payment Request; each record holds only what is valid in that state and names its
 * {@link PaymentRequestStateKind} through {@link #kind()}, so a {@code switch} over the kind is exhaustive.
 */
public sealed interface PaymentRequestState {

    PaymentRequestStateKind kind();

    /** Waiting for the customer; the Partner may still update the request. */
    record Submitted() implements PaymentRequestState {
        @Override
        public PaymentRequestStateKind kind() {
            return PaymentRequestStateKind.SUBMITTED;
        }
    }

    /** The customer is in the purchase journey and may change the shipping. */
    record InProgress() implements PaymentRequestState {
        @Override
        public PaymentRequestStateKind kind() {
            return PaymentRequestStateKind.IN_PROGRESS;
        }
    }

    /**
     * The customer approved. Klarna issued a fresh token, held here only as its hash (R2), that must be used for
     * final authorization before {@code tokenValidUntil} (R6). Invariant: {@code tokenValidUntil} is exactly
     * {@code completedAt} plus {@link #TOKEN_VALIDITY}.
     */
    record Completed(Instant completedAt, TokenHash tokenHash, Instant tokenValidUntil) implements PaymentRequestState {

        /** How long the token issued on completion may be used for final authorization. */
        public static final Duration TOKEN_VALIDITY = Duration.ofMinutes(60);

        public Completed {
            Objects.requireNonNull(completedAt, "completedAt");
            Objects.requireNonNull(tokenHash, "tokenHash");
            Objects.requireNonNull(tokenValidUntil, "tokenValidUntil");
            if (!tokenValidUntil.equals(completedAt.plus(TOKEN_VALIDITY))) {
                throw new IllegalArgumentException("the issued token is valid for 60 minutes after completion");
            }
        }

        public static Completed at(Instant completedAt, TokenHash tokenHash) {
            return new Completed(completedAt, tokenHash, completedAt.plus(TOKEN_VALIDITY));
        }

        /** Whether the issued token may still be used at {@code now}: strictly before {@code tokenValidUntil}. */
        public boolean isTokenValidAt(Instant now) {
            return now.isBefore(tokenValidUntil);
        }

        @Override
        public PaymentRequestStateKind kind() {
            return PaymentRequestStateKind.COMPLETED;
        }
    }

    /** Canceled by the Partner at {@code at}. */
    record Canceled(Instant at) implements PaymentRequestState {
        public Canceled {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public PaymentRequestStateKind kind() {
            return PaymentRequestStateKind.CANCELED;
        }
    }

    /** Expired; {@code at} is the request's expiry time, not the moment the sweeper noticed. */
    record Expired(Instant at) implements PaymentRequestState {
        public Expired {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public PaymentRequestStateKind kind() {
            return PaymentRequestStateKind.EXPIRED;
        }
    }

    /** Declined at {@code at}. */
    record Declined(Instant at) implements PaymentRequestState {
        public Declined {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public PaymentRequestStateKind kind() {
            return PaymentRequestStateKind.DECLINED;
        }
    }
}
