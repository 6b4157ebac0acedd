package dev.interop.klarna.application.port.in;

import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import java.util.Objects;

/** Reads a Payment Request of the Partner's account; another account's request is NotFound. */
public record GetPaymentRequestCommand(PartnerAccountId account, PaymentRequestId paymentRequestId) {

    public GetPaymentRequestCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
    }
}
