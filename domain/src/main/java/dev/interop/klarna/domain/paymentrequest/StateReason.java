package dev.interop.klarna.domain.paymentrequest;

/** Why a Payment Request last changed state (Klarna's {@code state_reason}); absent for the ordinary path. */
public enum StateReason {
    /** The Partner (through its Acquiring Partner) canceled the request. */
    PARTNER_CANCELED,
    /** The customer left the purchase journey; the request went back to {@code SUBMITTED}. */
    PURCHASE_FLOW_ABORTED,
    /** Klarna could not continue for a technical reason. Part of Klarna's vocabulary; no transition here uses it. */
    TECHNICAL_ERROR,
    /** The payment was declined. */
    PAYMENT_DECLINED
}
