package dev.interop.klarna.application.port.in;

import dev.interop.shared.network.KlarnaClientId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.klarna.domain.shipping.ShippingAddress;
import java.util.Objects;

/** The customer changes the shipping address in the purchase journey (a partial address is allowed). */
public record ChangeShippingAddressCommand(KlarnaClientId clientId, PaymentRequestId paymentRequestId,
        ShippingAddress address) {

    public ChangeShippingAddressCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
        Objects.requireNonNull(address, "address");
    }
}
