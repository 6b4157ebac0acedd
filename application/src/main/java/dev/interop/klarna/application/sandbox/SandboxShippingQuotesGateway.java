package dev.interop.klarna.application.sandbox;

import dev.interop.klarna.application.port.out.ShippingQuotesGateway;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.domain.Money;
import dev.interop.klarna.domain.shipping.DefaultShippingQuotes;
import dev.interop.klarna.domain.shipping.ShippingAddress;
import dev.interop.klarna.domain.shipping.ShippingQuote;
import dev.interop.klarna.domain.shipping.ShippingQuotes;
import dev.interop.klarna.domain.shipping.ShippingRejectionReason;
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
    public Either<ShippingRejectionReason, ShippingQuote> quoteForAddress(PartnerAccountId partner, Money orderAmount,
            ShippingAddress address) {
        Objects.requireNonNull(partner, "partner");
        return quotes.quoteForAddress(orderAmount, address);
    }

    @Override
    public Either<ShippingRejectionReason, ShippingQuote> quoteForOption(PartnerAccountId partner, Money orderAmount,
            ShippingAddress address, String optionReference) {
        Objects.requireNonNull(partner, "partner");
        return quotes.quoteForOption(orderAmount, address, optionReference);
    }
}
