package dev.interop.acquirer.domain.payment;

import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * R10, amount drift: compares the amount at finalization with the amount the customer approved with Klarna. Higher
 * than {@code approved + tolerance} means the customer must approve again (a step-up, never a silent approval); equal
 * or lower may be finalized. Invariant: {@code tolerance >= 0} minor units of the approved amount's currency
 * (default {@value #DEFAULT_TOLERANCE}).
 */
public record AmountDrift(Money approved, long tolerance) {

    public static final long DEFAULT_TOLERANCE = 0;

    public AmountDrift {
        Objects.requireNonNull(approved, "approved");
        if (tolerance < 0) {
            throw new IllegalArgumentException("a tolerance is never negative");
        }
    }

    /** Drift against {@code approved} with the default tolerance of zero. */
    public static AmountDrift of(Money approved) {
        return new AmountDrift(approved, DEFAULT_TOLERANCE);
    }

    public static AmountDrift of(Money approved, long tolerance) {
        return new AmountDrift(approved, tolerance);
    }

    /** The highest amount that may be finalized without the customer approving again. */
    public Money ceiling() {
        return approved.plus(new Money(tolerance, approved.currency()));
    }

    /** The verdict for {@code amount}; {@code CURRENCY_MISMATCH} when it is not in the approved currency. */
    public Either<Rejection, Verdict> assess(Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (!amount.sameCurrency(approved)) {
            return Either.left(Rejection.ofField(CommonRejection.CURRENCY_MISMATCH, "currency",
                    "the customer approved an amount in " + approved.currency()));
        }
        return Either.right(amount.greaterThan(ceiling()) ? Verdict.REQUIRES_REAPPROVAL : Verdict.WITHIN_APPROVAL);
    }

    /** What the drift means for the finalization. */
    public enum Verdict {
        /** At most the approved amount plus tolerance: may be finalized as is. */
        WITHIN_APPROVAL,
        /** More than the approved amount plus tolerance: the customer must approve again through a step-up. */
        REQUIRES_REAPPROVAL
    }
}
