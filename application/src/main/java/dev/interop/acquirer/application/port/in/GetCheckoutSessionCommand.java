package dev.interop.acquirer.application.port.in;

import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.partner.PartnerId;
import java.util.Objects;

/** Reads a checkout session; another Partner's session is NotFound. */
public record GetCheckoutSessionCommand(PartnerId partner, CheckoutSessionId id) {

    public GetCheckoutSessionCommand {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(id, "id");
    }
}
