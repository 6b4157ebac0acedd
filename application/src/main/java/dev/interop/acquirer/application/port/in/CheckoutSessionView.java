package dev.interop.acquirer.application.port.in;

import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.shared.network.PresentationInstruction;
import java.util.Objects;

/** A checkout session with Klarna's presentation instruction for it, as the AP shows it to the Partner. */
public record CheckoutSessionView(CheckoutSession session, PresentationInstruction klarnaInstruction) {

    public CheckoutSessionView {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(klarnaInstruction, "klarnaInstruction");
    }
}
