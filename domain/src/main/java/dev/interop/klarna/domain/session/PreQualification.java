package dev.interop.klarna.domain.session;

import dev.interop.shared.domain.Money;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The outcome of On-site messaging's pre-qualification. Invariants: a customer who was not approved has no purchase
 * power; a purchase power, when known, is positive. An approved customer without a known purchase power is possible
 * (Klarna need not say how much) but never {@link #covers covers} an amount.
 */
public record PreQualification(boolean approved, Option<Money> purchasePower) {

    public PreQualification {
        Objects.requireNonNull(purchasePower, "purchasePower");
        if (!approved && purchasePower.isDefined()) {
            throw new IllegalArgumentException("a customer who was not pre-qualified has no purchase power");
        }
        if (purchasePower.exists(power -> !power.isPositive())) {
            throw new IllegalArgumentException("a purchase power is positive");
        }
    }

    public static PreQualification approved(Money purchasePower) {
        return new PreQualification(true, Option.of(purchasePower));
    }

    public static PreQualification notApproved() {
        return new PreQualification(false, Option.none());
    }

    /**
     * Whether the customer is pre-qualified for {@code amount}: approved, with a purchase power in the same currency
     * that is at least the amount (R4). A purchase power in another currency never covers (no conversion).
     */
    public boolean covers(Money amount) {
        Objects.requireNonNull(amount, "amount");
        return approved && purchasePower.exists(power -> power.sameCurrency(amount) && power.compareTo(amount) >= 0);
    }
}
