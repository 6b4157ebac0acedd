package dev.interop.acquirer.domain.payment;

/** The kind of a {@link PaymentState}, for exhaustive {@code switch} expressions and the transition table. */
public enum PaymentKind {
    AUTHORIZING,
    AUTHORIZED,
    REQUIRES_CUSTOMER_ACTION,
    DECLINED,
    ERRORED;

    /** Whether the payment can never change again. */
    public boolean isFinal() {
        return this == AUTHORIZED || this == DECLINED;
    }
}
