package dev.interop.klarna.domain.paymentrequest;

/**
 * The states of a Payment Request, with Klarna's names. {@link #COMPLETED}, {@link #CANCELED}, {@link #EXPIRED} and
 * {@link #DECLINED} are final: no command changes a request in one of them.
 */
public enum PaymentRequestStateKind {
    /** Created; updatable until the customer enters the purchase journey. The initial state. */
    SUBMITTED(false),
    /** The customer is in Klarna's purchase journey. */
    IN_PROGRESS(false),
    /** The customer approved; a fresh token was issued, valid for final authorization within 60 minutes. */
    COMPLETED(true),
    /** Canceled by the Partner or its Acquiring Partner. */
    CANCELED(true),
    /** Not completed before its expiry time. */
    EXPIRED(true),
    /** Declined by Klarna, or the customer had no usable payment method. */
    DECLINED(true);

    private final boolean isFinal;

    PaymentRequestStateKind(boolean isFinal) {
        this.isFinal = isFinal;
    }

    public boolean isFinal() {
        return isFinal;
    }
}
