package dev.interop.shared.network;

/**
 * The states of a Klarna Payment Request by Klarna's published names, as notifications and reads report them.
 * {@code COMPLETED}, {@code CANCELED}, {@code EXPIRED} and {@code DECLINED} are final.
 */
public enum PaymentRequestState {
    SUBMITTED,
    IN_PROGRESS,
    COMPLETED,
    CANCELED,
    EXPIRED,
    DECLINED;

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELED || this == EXPIRED || this == DECLINED;
    }
}
