package dev.interop.klarna.domain.presentation;

import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.Money;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import java.util.Objects;

/**
 * Where Klarna can be offered: the currencies Klarna serves. Invariant: a set of ISO 4217 codes, possibly empty (a
 * market Klarna does not serve at all, {@link #NONE}). Configurable; {@link #DEFAULT} lists the currencies of
 * Klarna's sandbox.
 */
public record Market(Set<CurrencyCode> currencies) {

    /** EUR, SEK, NOK, DKK, GBP, USD, CHF, PLN, AUD, CAD, CZK, NZD, RON and HUF. */
    public static final Market DEFAULT = of("EUR", "SEK", "NOK", "DKK", "GBP", "USD", "CHF", "PLN", "AUD", "CAD",
            "CZK", "NZD", "RON", "HUF");

    /** A market Klarna does not serve: Klarna is always hidden there. */
    public static final Market NONE = new Market(LinkedHashSet.empty());

    public Market {
        Objects.requireNonNull(currencies, "currencies");
        if (currencies.contains(null)) {
            throw new IllegalArgumentException("a market lists currencies, not nulls");
        }
    }

    /** A market of these ISO 4217 codes, in the given order. */
    public static Market of(String... codes) {
        return new Market(LinkedHashSet.ofAll(List.of(codes).map(CurrencyCode::of)));
    }

    public boolean supports(CurrencyCode currency) {
        return currencies.contains(currency);
    }

    /** Whether Klarna can take a payment of this amount here, judged by its currency. */
    public boolean supports(Money amount) {
        return supports(amount.currency());
    }
}
