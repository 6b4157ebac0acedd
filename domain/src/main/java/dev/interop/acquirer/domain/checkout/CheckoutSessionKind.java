package dev.interop.acquirer.domain.checkout;

/** The kind of a {@link CheckoutSessionState}, for exhaustive {@code switch} expressions and the transition table. */
public enum CheckoutSessionKind {
    OPEN,
    PAYMENT_REGISTERED,
    COMPLETED,
    EXPIRED,
    CANCELED;

    /** Whether the session can never change again. */
    public boolean isFinal() {
        return this == COMPLETED || this == EXPIRED || this == CANCELED;
    }
}
