package dev.interop.acquirer.application.port.in;

import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.network.PaymentRequestState;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/** Klarna's notification that a Payment Request changed state; {@code token} comes with COMPLETED. */
public record HandlePaymentRequestUpdateCommand(PartnerAccountId account, String paymentRequestId,
        PaymentRequestState state, Option<InteroperabilityToken> token, Instant occurredAt) {

    public HandlePaymentRequestUpdateCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
