package dev.interop.application.port.in;

import dev.interop.domain.partner.KlarnaClientId;
import dev.interop.domain.paymentrequest.PaymentRequestId;
import dev.interop.domain.shipping.ShippingAddress;
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
