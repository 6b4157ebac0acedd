package dev.interop.klarna.domain.notification;

/** The kinds of {@link DeliveryState}: {@link #DELIVERED} and {@link #FAILED} are final. */
public enum DeliveryStatus {
    /** Waiting for its next attempt (maybe claimed by a worker right now). */
    PENDING,
    /** A 2xx answer was received. */
    DELIVERED,
    /** Given up: the retry window passed, or the webhook is gone. */
    FAILED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
