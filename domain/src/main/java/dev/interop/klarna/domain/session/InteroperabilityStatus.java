package dev.interop.klarna.domain.session;

/**
 * What a customer session says about the payment to come, with Klarna's names (the enum names are the wire values).
 * Derived from a session by {@link CustomerSession#status()}; never stored on its own.
 */
public enum InteroperabilityStatus {
    /** Show Klarna: nothing learned yet that changes the payment. */
    PAYMENT_SUPPORTED,
    /** Show and preselect Klarna: the customer signed in, or finished express checkout step one. */
    PAYMENT_PREPARED,
    /** The customer already approved with Klarna: confirm the payment now. */
    PAYMENT_PENDING_CONFIRMATION,
    /** The session cannot carry a payment (it was consumed or expired). */
    PAYMENT_UNSUPPORTED
}
