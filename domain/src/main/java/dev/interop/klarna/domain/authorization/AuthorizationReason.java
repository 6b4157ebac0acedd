package dev.interop.klarna.domain.authorization;

/**
 * Which rule of {@link AuthorizationPolicy} decided, in a machine-readable form. {@link #approves()} says whether the
 * rule's outcome is {@link AuthorizationResult#APPROVED}; the other reasons lead to {@code STEP_UP_REQUIRED} or,
 * without a step-up configuration, {@code DECLINED} (except {@link #CUSTOMER_DECLINED}, always declined).
 */
public enum AuthorizationReason {
    /** Rule 1: the risk assessment declines the customer. */
    CUSTOMER_DECLINED(false),
    /** Rule 2: the amount is within the approved amount plus tolerance. */
    WITHIN_APPROVED_AMOUNT(true),
    /** Rule 2 (R10): the amount exceeds what the customer approved plus tolerance. */
    AMOUNT_EXCEEDS_APPROVED(false),
    /** Rule 3: no customer session, so the customer is unknown to Klarna. */
    NO_SESSION(false),
    /** Rule 4: the customer must always approve in the purchase journey. */
    STEP_UP_ALWAYS_REQUIRED(false),
    /** Rule 5: the amount is within the customer's purchase power. */
    WITHIN_PURCHASE_POWER(true),
    /** Rule 5: the amount exceeds the customer's purchase power. */
    EXCEEDS_PURCHASE_POWER(false);

    private final boolean approves;

    AuthorizationReason(boolean approves) {
        this.approves = approves;
    }

    public boolean approves() {
        return approves;
    }
}
