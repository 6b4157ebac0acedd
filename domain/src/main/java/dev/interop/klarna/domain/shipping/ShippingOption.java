package dev.interop.klarna.domain.shipping;

import dev.interop.shared.domain.Money;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One way of delivering the order that the Partner offers for an address, as Klarna shows it in the purchase
 * journey ({@code shippingOptionReference}, {@code displayName}, {@code amount}).
 *
 * <p>Invariants: the reference is 1..255 characters of {@code [A-Za-z0-9_.:-]}; the display name is 1..255
 * characters and not blank; the amount may be zero (free delivery) but never negative ({@link Money}).
 */
public record ShippingOption(String reference, String displayName, Money amount) {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_.:-]{1,255}");

    public ShippingOption {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(amount, "amount");
        if (!REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("not a shipping option reference: " + reference);
        }
        if (displayName.isBlank() || displayName.length() > 255) {
            throw new IllegalArgumentException("a shipping option display name has 1..255 characters");
        }
    }
}
