package dev.interop.klarna.application.port.out;

import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.domain.Money;
import dev.interop.klarna.domain.shipping.ShippingAddress;
import dev.interop.klarna.domain.shipping.ShippingQuote;
import dev.interop.klarna.domain.shipping.ShippingRejectionReason;
import io.vavr.control.Either;

/**
 * The Partner's server-side answer to express-checkout shipping changes (dynamic shipping): Klarna asks it for new
 * totals when the customer changes the address or picks an option. The sandbox default answers with
 * {@link dev.interop.klarna.domain.shipping.DefaultShippingQuotes} for every Partner.
 */
public interface ShippingQuotesGateway {

    Either<ShippingRejectionReason, ShippingQuote> quoteForAddress(PartnerAccountId partner, Money orderAmount,
            ShippingAddress address);

    Either<ShippingRejectionReason, ShippingQuote> quoteForOption(PartnerAccountId partner, Money orderAmount,
            ShippingAddress address, String optionReference);
}
