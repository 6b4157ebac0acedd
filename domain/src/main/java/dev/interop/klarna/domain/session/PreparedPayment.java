package dev.interop.klarna.domain.session;

import dev.interop.shared.domain.Money;
import java.util.Objects;

/**
 * What express checkout step one (a Payment Request with intent {@code PREPARATION}) prepared: the amount the
 * customer saw and the Payment Request that carried it. The intent is implied. Invariants: a positive amount; the
 * request id is 1..255 URL-safe characters (a KRN fits).
 */
public record PreparedPayment(Money amount, String paymentRequestId) {

    public PreparedPayment {
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a prepared amount is positive");
        }
        References.require(paymentRequestId, "paymentRequestId");
    }
}
