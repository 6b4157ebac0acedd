package dev.interop.application.port.in;

import dev.interop.domain.partner.PartnerAccountId;
import dev.interop.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.domain.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/** Klarna's notification that a Payment Request changed state; {@code token} comes with COMPLETED. */
public record HandlePaymentRequestUpdateCommand(PartnerAccountId account, String paymentRequestId,
        PaymentRequestStateKind state, Option<InteroperabilityToken> token, Instant occurredAt) {

    public HandlePaymentRequestUpdateCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
