package dev.interop.application.port.in;

import dev.interop.domain.checkout.CheckoutSessionId;
import dev.interop.domain.partner.PartnerId;
import java.util.Objects;

/** Reads a checkout session; another Partner's session is NotFound. */
public record GetCheckoutSessionCommand(PartnerId partner, CheckoutSessionId id) {

    public GetCheckoutSessionCommand {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(id, "id");
    }
}
