package dev.interop.klarna.domain.paymentrequest;

/** The commands a Payment Request accepts; the edges of {@link PaymentRequest#TABLE}. */
public enum PaymentRequestAction {
    /** The customer enters the purchase journey: {@code SUBMITTED → IN_PROGRESS}. */
    START,
    /** The customer leaves the journey: {@code IN_PROGRESS → SUBMITTED} ({@code PURCHASE_FLOW_ABORTED}). */
    ABORT,
    /** The customer approves: {@code IN_PROGRESS → COMPLETED}, a fresh token is issued. */
    COMPLETE,
    /** The Partner cancels: {@code SUBMITTED|IN_PROGRESS → CANCELED} ({@code PARTNER_CANCELED}). */
    CANCEL,
    /** The sweeper expires a due request: {@code SUBMITTED|IN_PROGRESS → EXPIRED}. */
    EXPIRE,
    /** Klarna declines: {@code SUBMITTED|IN_PROGRESS → DECLINED} ({@code PAYMENT_DECLINED}). */
    DECLINE,
    /** The Partner changes amount, line items or reference: {@code SUBMITTED → SUBMITTED} only. */
    UPDATE,
    /** The customer changes the shipping address or option: {@code IN_PROGRESS → IN_PROGRESS}. */
    CHANGE_SHIPPING
}
