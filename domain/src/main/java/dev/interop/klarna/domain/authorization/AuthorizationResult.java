package dev.interop.klarna.domain.authorization;

/** Klarna's answer to {@code authorizePayment} (klarna-facts §3.2). */
public enum AuthorizationResult {
    /** A payment transaction exists. */
    APPROVED,
    /** A Payment Request was created; the customer must go through the purchase journey at its URL. */
    STEP_UP_REQUIRED,
    /** The customer should choose another payment method. */
    DECLINED
}
