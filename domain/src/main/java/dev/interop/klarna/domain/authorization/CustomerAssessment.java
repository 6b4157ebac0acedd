package dev.interop.klarna.domain.authorization;

import dev.interop.shared.domain.Money;
import java.util.Objects;

/**
 * What Klarna's risk assessment thinks of the customer, supplied to {@link AuthorizationPolicy} by a replaceable
 * policy (the sandbox derives it from the customer's email). Each variant names its {@link Kind}, so a
 * {@code switch} over it is exhaustive.
 */
public sealed interface CustomerAssessment {

    /** The variants, for exhaustive switches. */
    enum Kind { APPROVE_UP_TO, ALWAYS_STEP_UP, DECLINE }

    Kind kind();

    /** Approved without interaction for amounts up to {@code purchasePower} (inclusive, same currency only). */
    record ApproveUpTo(Money purchasePower) implements CustomerAssessment {
        public ApproveUpTo {
            Objects.requireNonNull(purchasePower, "purchasePower");
        }

        @Override
        public Kind kind() {
            return Kind.APPROVE_UP_TO;
        }
    }

    /** The customer must always approve in Klarna's purchase journey (unless a Payment Request already approved). */
    record AlwaysStepUp() implements CustomerAssessment {
        @Override
        public Kind kind() {
            return Kind.ALWAYS_STEP_UP;
        }
    }

    /** Klarna declines this customer whatever the amount. */
    record Decline() implements CustomerAssessment {
        @Override
        public Kind kind() {
            return Kind.DECLINE;
        }
    }
}
