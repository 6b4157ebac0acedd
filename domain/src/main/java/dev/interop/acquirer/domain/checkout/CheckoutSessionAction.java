package dev.interop.acquirer.domain.checkout;

/** The commands of a {@link CheckoutSession}, as they appear in {@link CheckoutSession#TABLE}. */
public enum CheckoutSessionAction {
    /** Change amount, line items, reference or data points while open (shipping change on the review screen). */
    UPDATE,
    /** A payment was submitted or registered against the session. */
    REGISTER_PAYMENT,
    /** The registered payment did not go through (declined): the session is open again for another attempt. */
    RELEASE_PAYMENT,
    /** The registered payment was authorized. */
    COMPLETE,
    /** The Partner canceled the session. */
    CANCEL,
    /** The session outlived its expiry time without a payment. */
    EXPIRE
}
