package dev.interop.klarna.domain.shipping;

import java.util.Objects;

/**
 * What the customer has chosen for delivery in Klarna's purchase journey: an address and one option quoted for it.
 * Invariant: both parts present.
 */
public record ShippingSelection(ShippingAddress address, ShippingOption option) {

    public ShippingSelection {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(option, "option");
    }
}
