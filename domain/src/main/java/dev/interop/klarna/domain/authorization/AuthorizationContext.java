package dev.interop.klarna.domain.authorization;

import dev.interop.shared.domain.Money;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Everything {@link AuthorizationPolicy} needs to decide one authorization attempt, as plain facts.
 *
 * <p>Invariants: the amount is positive; the tolerance is not negative; an approved amount only comes with a session
 * (approvals belong to a customer session).
 *
 * @param amount              the amount to authorize
 * @param stepUpAllowed       whether the call carried a step-up configuration (customer present); without it the
 *                            answer is never {@code STEP_UP_REQUIRED} (R11)
 * @param approvedAmount      the amount the customer already approved with Klarna for this session (a completed
 *                            Payment Request or express checkout approval), if any
 * @param hasSession          whether a valid interoperability token resolved to a customer session
 * @param assessment          the risk policy's view of the customer
 * @param toleranceMinorUnits how far above the approved amount (same currency) still counts as approved (R10,
 *                            default 0)
 */
public record AuthorizationContext(Money amount, boolean stepUpAllowed, Option<Money> approvedAmount,
        boolean hasSession, CustomerAssessment assessment, long toleranceMinorUnits) {

    /** The default R10 tolerance: none. */
    public static final long DEFAULT_TOLERANCE_MINOR_UNITS = 0;

    public AuthorizationContext {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(approvedAmount, "approvedAmount");
        Objects.requireNonNull(assessment, "assessment");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("an authorized amount is positive");
        }
        if (toleranceMinorUnits < 0) {
            throw new IllegalArgumentException("a tolerance is never negative");
        }
        if (approvedAmount.isDefined() && !hasSession) {
            throw new IllegalArgumentException("an approved amount belongs to a session");
        }
    }

    /** A context with the default tolerance of 0. */
    public AuthorizationContext(Money amount, boolean stepUpAllowed, Option<Money> approvedAmount, boolean hasSession,
            CustomerAssessment assessment) {
        this(amount, stepUpAllowed, approvedAmount, hasSession, assessment, DEFAULT_TOLERANCE_MINOR_UNITS);
    }
}
