package dev.interop.klarna.domain.session;

import dev.interop.shared.domain.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The customer approved a payment with Klarna: a Payment Request completed. Invariants: a positive approved amount;
 * the request id is 1..255 URL-safe characters. The token issued on completion may be used for final authorization
 * until {@link #tokenValidUntil()}, {@value #TOKEN_VALIDITY_MINUTES} minutes after completion (R6).
 */
public record Approval(Money approvedAmount, String paymentRequestId, Instant completedAt) {

    /** Minutes a token issued on completion stays valid (R6). */
    public static final long TOKEN_VALIDITY_MINUTES = 60;

    /** {@link #TOKEN_VALIDITY_MINUTES} as a duration. */
    public static final Duration TOKEN_VALIDITY = Duration.ofMinutes(TOKEN_VALIDITY_MINUTES);

    public Approval {
        Objects.requireNonNull(approvedAmount, "approvedAmount");
        Objects.requireNonNull(completedAt, "completedAt");
        if (!approvedAmount.isPositive()) {
            throw new IllegalArgumentException("an approved amount is positive");
        }
        References.require(paymentRequestId, "paymentRequestId");
    }

    /** The instant from which the completion token is expired: {@code completedAt + 60 min}. */
    public Instant tokenValidUntil() {
        return completedAt.plus(TOKEN_VALIDITY);
    }
}
