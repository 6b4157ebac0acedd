package dev.interop.acquirer.application.port.in;

import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.network.PaymentRequestState;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Klarna's notification that a Payment Request changed state; {@code token} comes with COMPLETED. {@code eventId} is
 * Klarna's {@code metadata.event_id} when the notification came over the wire: the handler records it in the same
 * transaction as its change, and a notification whose event id acted before changes nothing (R18). The in-process
 * bridge and the reconciler pass none.
 */
public record HandlePaymentRequestUpdateCommand(PartnerAccountId account, String paymentRequestId,
        PaymentRequestState state, Option<InteroperabilityToken> token, Instant occurredAt, Option<String> eventId) {

    public HandlePaymentRequestUpdateCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(eventId, "eventId");
    }

    /** A notification without an event id (in process, or the reconciler's own reading). */
    public HandlePaymentRequestUpdateCommand(PartnerAccountId account, String paymentRequestId,
            PaymentRequestState state, Option<InteroperabilityToken> token, Instant occurredAt) {
        this(account, paymentRequestId, state, token, occurredAt, Option.none());
    }
}
