package dev.interop.klarna.application.port.in;

import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import java.util.Objects;

/** The AP cancels a Payment Request of the Partner's account (allowed in SUBMITTED and IN_PROGRESS). */
public record CancelPaymentRequestCommand(PartnerAccountId account, PaymentRequestId paymentRequestId) {

    public CancelPaymentRequestCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
    }
}
