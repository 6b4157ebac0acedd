package dev.interop.acquirer.application.port.in;

import dev.interop.acquirer.domain.partner.PartnerId;
import java.util.Objects;

/** Reads the events of one of the calling Partner's checkout sessions or payments (R15). */
public record GetTimelineCommand(PartnerId partner, Subject subject, String id) {

    /** Which kind of aggregate {@code id} names. */
    public enum Subject {
        CHECKOUT_SESSION,
        PAYMENT
    }

    public GetTimelineCommand {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(id, "id");
    }
}
