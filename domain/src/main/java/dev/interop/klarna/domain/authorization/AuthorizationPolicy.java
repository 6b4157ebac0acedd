package dev.interop.klarna.domain.authorization;

import dev.interop.shared.domain.Money;
import java.util.Objects;

/**
 * Klarna's authorization decision, pure and total. The rules are tried in this order; the first that applies
 * decides:
 * <ol>
 *   <li>The assessment is {@link CustomerAssessment.Decline}: {@code DECLINED}
 *       ({@link AuthorizationReason#CUSTOMER_DECLINED}).</li>
 *   <li>The session has an approved amount: an amount of the same currency at most the approved amount plus the
 *       tolerance is {@code APPROVED} ({@link AuthorizationReason#WITHIN_APPROVED_AMOUNT}); a higher amount (or one in
 *       another currency) needs a new approval (R10: never a silent approval):
 *       {@code STEP_UP_REQUIRED} when step-up is allowed, else {@code DECLINED}
 *       ({@link AuthorizationReason#AMOUNT_EXCEEDS_APPROVED}).</li>
 *   <li>There is no session: step-up (or decline) ({@link AuthorizationReason#NO_SESSION}).</li>
 *   <li>The assessment is {@link CustomerAssessment.AlwaysStepUp}: step-up (or decline)
 *       ({@link AuthorizationReason#STEP_UP_ALWAYS_REQUIRED}).</li>
 *   <li>The assessment is {@link CustomerAssessment.ApproveUpTo}: an amount of the same currency at most the purchase
 *       power is {@code APPROVED} ({@link AuthorizationReason#WITHIN_PURCHASE_POWER}); otherwise step-up (or
 *       decline) ({@link AuthorizationReason#EXCEEDS_PURCHASE_POWER}).</li>
 * </ol>
 * "Step-up (or decline)" means {@code STEP_UP_REQUIRED} when the context allows step-up and {@code DECLINED}
 * otherwise, so without a step-up configuration the answer is never {@code STEP_UP_REQUIRED} (R11).
 */
public final class AuthorizationPolicy {

    private AuthorizationPolicy() {
    }

    /** Decides one authorization attempt by the rules above. */
    public static AuthorizationDecision decide(AuthorizationContext context) {
        Objects.requireNonNull(context, "context");
        Money amount = context.amount();
        CustomerAssessment assessment = context.assessment();
        if (assessment.kind() == CustomerAssessment.Kind.DECLINE) {
            return new AuthorizationDecision(AuthorizationResult.DECLINED, AuthorizationReason.CUSTOMER_DECLINED,
                    "Klarna declines this customer");
        }
        if (context.approvedAmount().isDefined()) {
            Money approved = context.approvedAmount().get();
            return withinApproved(amount, approved, context.toleranceMinorUnits())
                    ? approve(AuthorizationReason.WITHIN_APPROVED_AMOUNT,
                            "the amount is within the " + approved + " the customer approved")
                    : stepUpOrDecline(context, AuthorizationReason.AMOUNT_EXCEEDS_APPROVED,
                            amount + " exceeds the " + approved + " the customer approved");
        }
        if (!context.hasSession()) {
            return stepUpOrDecline(context, AuthorizationReason.NO_SESSION,
                    "no customer session: the customer must identify with Klarna");
        }
        return switch (assessment.kind()) {
            case ALWAYS_STEP_UP -> stepUpOrDecline(context, AuthorizationReason.STEP_UP_ALWAYS_REQUIRED,
                    "the customer must approve in Klarna's purchase journey");
            case APPROVE_UP_TO -> {
                Money power = ((CustomerAssessment.ApproveUpTo) assessment).purchasePower();
                yield power.sameCurrency(amount) && !amount.greaterThan(power)
                        ? approve(AuthorizationReason.WITHIN_PURCHASE_POWER,
                                "the amount is within the customer's purchase power")
                        : stepUpOrDecline(context, AuthorizationReason.EXCEEDS_PURCHASE_POWER,
                                "the amount exceeds the customer's purchase power");
            }
            case DECLINE -> throw new IllegalStateException("handled by rule 1");
        };
    }

    /** Same currency and {@code amount <= approved + tolerance}, computed without overflow. */
    private static boolean withinApproved(Money amount, Money approved, long tolerance) {
        return amount.sameCurrency(approved) && amount.minorUnits() - approved.minorUnits() <= tolerance;
    }

    private static AuthorizationDecision approve(AuthorizationReason reason, String detail) {
        return new AuthorizationDecision(AuthorizationResult.APPROVED, reason, detail);
    }

    private static AuthorizationDecision stepUpOrDecline(AuthorizationContext context, AuthorizationReason reason,
            String detail) {
        return context.stepUpAllowed()
                ? new AuthorizationDecision(AuthorizationResult.STEP_UP_REQUIRED, reason, detail)
                : new AuthorizationDecision(AuthorizationResult.DECLINED, reason,
                        detail + "; no step-up configuration, so declined");
    }
}
