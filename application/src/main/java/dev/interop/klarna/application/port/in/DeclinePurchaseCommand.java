package dev.interop.klarna.application.port.in;

import dev.interop.shared.network.KlarnaClientId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import java.util.Objects;

/** The customer (or Klarna during the journey) declines: the Payment Request becomes DECLINED. The client id names the Partner whose page the customer is on. */
public record DeclinePurchaseCommand(KlarnaClientId clientId, PaymentRequestId paymentRequestId) {

    public DeclinePurchaseCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
    }
}
