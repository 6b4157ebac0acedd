package dev.interop.klarna.domain.authorization;

import java.util.Objects;

/**
 * The outcome of {@link AuthorizationPolicy#decide}: the result, the rule that decided it and a human sentence.
 * Invariant: the result is {@code APPROVED} exactly when the reason {@link AuthorizationReason#approves() approves};
 * {@link AuthorizationReason#CUSTOMER_DECLINED} is always {@code DECLINED}.
 */
public record AuthorizationDecision(AuthorizationResult result, AuthorizationReason reason, String detail) {

    public AuthorizationDecision {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        if ((result == AuthorizationResult.APPROVED) != reason.approves()) {
            throw new IllegalArgumentException(reason + " cannot lead to " + result);
        }
        if (reason == AuthorizationReason.CUSTOMER_DECLINED && result != AuthorizationResult.DECLINED) {
            throw new IllegalArgumentException("a declined customer is declined");
        }
    }

    public boolean isApproved() {
        return result == AuthorizationResult.APPROVED;
    }
}
