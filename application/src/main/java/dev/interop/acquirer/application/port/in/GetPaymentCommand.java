package dev.interop.acquirer.application.port.in;

import dev.interop.acquirer.domain.partner.PartnerId;
import dev.interop.acquirer.domain.payment.PaymentId;
import java.util.Objects;

/** Reads a payment; another Partner's payment is NotFound. */
public record GetPaymentCommand(PartnerId partner, PaymentId id) {

    public GetPaymentCommand {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(id, "id");
    }
}
