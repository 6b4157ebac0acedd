package dev.interop.klarna.domain.paymentrequest;

/** What the Partner means to do with the token a Payment Request issues (Klarna's {@code PaymentRequestIntent}). */
public enum Intent {
    /** The last step of the checkout: no change is expected, the token can be authorized without the customer. */
    AUTHORIZATION,
    /** The first step of a multi-step checkout: changes are expected, final authorization may still need step-up. */
    PREPARATION
}
