package dev.interop.klarna.domain.shipping;

import dev.interop.shared.domain.Money;
import io.vavr.control.Either;

/**
 * A Partner's shipping policy for express checkout: answers an address or option change with a {@link ShippingQuote}
 * or one of Klarna's {@link ShippingRejectionReason}s. Implementations are pure (same input, same answer); the
 * sandbox uses {@link DefaultShippingQuotes}, and an embedder may plug in its own.
 *
 * <p>Contract: a quote's amount is {@code orderAmount} plus the selected option's amount, in the order's currency.
 */
public interface ShippingQuotes {

    /** The options for {@code address} with one of them selected, or why the Partner does not ship there. */
    Either<ShippingRejectionReason, ShippingQuote> quoteForAddress(Money orderAmount, ShippingAddress address);

    /**
     * The quote for {@code address} with the option {@code optionReference} selected, or
     * {@link ShippingRejectionReason#INVALID_OPTION} when no such option is offered there.
     */
    Either<ShippingRejectionReason, ShippingQuote> quoteForOption(Money orderAmount, ShippingAddress address,
            String optionReference);
}
