package dev.interop.application.port.in;

import dev.interop.domain.partner.PartnerAccountId;
import dev.interop.domain.paymentrequest.PaymentRequestId;
import java.util.Objects;

/** The AP cancels a Payment Request of the Partner's account (allowed in SUBMITTED and IN_PROGRESS). */
public record CancelPaymentRequestCommand(PartnerAccountId account, PaymentRequestId paymentRequestId) {

    public CancelPaymentRequestCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
    }
}
