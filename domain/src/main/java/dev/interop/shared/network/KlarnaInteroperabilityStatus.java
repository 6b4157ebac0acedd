package dev.interop.shared.network;

/** Klarna's interoperability status of a customer session, with Klarna's names. */
public enum KlarnaInteroperabilityStatus {
    /** Klarna can be offered. */
    PAYMENT_SUPPORTED,
    /** Signed in, or express checkout step one done: preselect Klarna. */
    PAYMENT_PREPARED,
    /** The customer already approved the purchase: confirm now. */
    PAYMENT_PENDING_CONFIRMATION,
    /** Klarna cannot be offered (market, currency). */
    PAYMENT_UNSUPPORTED
}
