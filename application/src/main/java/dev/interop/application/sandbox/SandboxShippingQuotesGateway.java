package dev.interop.application.sandbox;

import dev.interop.application.port.out.ShippingQuotesGateway;
import dev.interop.domain.partner.PartnerId;
import dev.interop.domain.shared.Money;
import dev.interop.domain.shipping.DefaultShippingQuotes;
import dev.interop.domain.shipping.ShippingAddress;
import dev.interop.domain.shipping.ShippingQuote;
import dev.interop.domain.shipping.ShippingQuotes;
import dev.interop.domain.shipping.ShippingRejectionReason;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Answers every Partner's shipping changes with one {@link ShippingQuotes} policy, by default the sandbox's
 * {@link DefaultShippingQuotes} (13 countries, {@code standard} free, {@code express} 990 minor units). A real
 * deployment replaces this with a gateway that calls each Partner's server.
 */
public final class SandboxShippingQuotesGateway implements ShippingQuotesGateway {

    private final ShippingQuotes quotes;

    public SandboxShippingQuotesGateway() {
        this(new DefaultShippingQuotes());
    }

    public SandboxShippingQuotesGateway(ShippingQuotes quotes) {
        this.quotes = Objects.requireNonNull(quotes);
    }

    @Override
    public Either<ShippingRejectionReason, ShippingQuote> quoteForAddress(PartnerId partner, Money orderAmount,
            ShippingAddress address) {
        Objects.requireNonNull(partner, "partner");
        return quotes.quoteForAddress(orderAmount, address);
    }

    @Override
    public Either<ShippingRejectionReason, ShippingQuote> quoteForOption(PartnerId partner, Money orderAmount,
            ShippingAddress address, String optionReference) {
        Objects.requireNonNull(partner, "partner");
        return quotes.quoteForOption(orderAmount, address, optionReference);
    }
}
