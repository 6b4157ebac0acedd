package dev.interop.klarna.application.port.in;

import dev.interop.shared.network.KlarnaClientId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import java.util.Objects;

/** The customer picks one of the quoted shipping options. */
public record SelectShippingOptionCommand(KlarnaClientId clientId, PaymentRequestId paymentRequestId,
        String shippingOptionReference) {

    public SelectShippingOptionCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
        Objects.requireNonNull(shippingOptionReference, "shippingOptionReference");
    }
}
