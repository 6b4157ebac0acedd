package dev.interop.klarna.application.port.in;

/**
 * One round of the delivery worker: claim up to {@code limit} due notifications and try each once.
 * Invariant: {@code limit} in 1..{@value #MAX_LIMIT}.
 */
public record DeliverNotificationsCommand(int limit) {

    /** The most notifications one round claims. */
    public static final int MAX_LIMIT = 1000;

    public DeliverNotificationsCommand {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a delivery round claims 1.." + MAX_LIMIT + " notifications");
        }
    }
}
