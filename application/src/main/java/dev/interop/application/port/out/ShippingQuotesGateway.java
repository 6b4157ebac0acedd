package dev.interop.application.port.out;

import dev.interop.domain.partner.PartnerId;
import dev.interop.domain.shared.Money;
import dev.interop.domain.shipping.ShippingAddress;
import dev.interop.domain.shipping.ShippingQuote;
import dev.interop.domain.shipping.ShippingRejectionReason;
import io.vavr.control.Either;

/**
 * The Partner's server-side answer to express-checkout shipping changes (dynamic shipping): Klarna asks it for new
 * totals when the customer changes the address or picks an option. The sandbox default answers with
 * {@link dev.interop.domain.shipping.DefaultShippingQuotes} for every Partner.
 */
public interface ShippingQuotesGateway {

    Either<ShippingRejectionReason, ShippingQuote> quoteForAddress(PartnerId partner, Money orderAmount,
            ShippingAddress address);

    Either<ShippingRejectionReason, ShippingQuote> quoteForOption(PartnerId partner, Money orderAmount,
            ShippingAddress address, String optionReference);
}
