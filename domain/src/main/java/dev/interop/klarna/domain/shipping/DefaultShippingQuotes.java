package dev.interop.klarna.domain.shipping;

import dev.interop.shared.domain.Money;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The sandbox's shipping quotes (API.md): ships to {@link #SUPPORTED_COUNTRIES} only, offering {@value #STANDARD}
 * (free) and {@value #EXPRESS} ({@value #EXPRESS_MINOR_UNITS} minor units) in the order's currency.
 *
 * <ul>
 *   <li>An address in another country is {@link ShippingRejectionReason#COUNTRY_NOT_SUPPORTED} (checked first, also
 *       when an option is selected).</li>
 *   <li>An address change selects {@value #STANDARD}.</li>
 *   <li>An option change selects that option; an unknown reference is {@link ShippingRejectionReason#INVALID_OPTION}.
 *   </li>
 *   <li>The quoted amount is the order amount plus the selected option's amount.</li>
 * </ul>
 * Stateless and pure. The order amount must be positive (a programming error otherwise).
 */
public final class DefaultShippingQuotes implements ShippingQuotes {

    /** The countries the sandbox ships to, ISO 3166-1 alpha-2. */
    public static final Set<String> SUPPORTED_COUNTRIES = LinkedHashSet.of(
            "SE", "NO", "FI", "DK", "DE", "AT", "NL", "BE", "FR", "ES", "IT", "GB", "US");
    public static final String STANDARD = "standard";
    public static final String EXPRESS = "express";
    public static final long EXPRESS_MINOR_UNITS = 990;

    @Override
    public Either<ShippingRejectionReason, ShippingQuote> quoteForAddress(Money orderAmount, ShippingAddress address) {
        return quote(orderAmount, address, STANDARD);
    }

    @Override
    public Either<ShippingRejectionReason, ShippingQuote> quoteForOption(Money orderAmount, ShippingAddress address,
            String optionReference) {
        return quote(orderAmount, address, optionReference);
    }

    /** The options offered for every supported address, priced in {@code orderAmount}'s currency. */
    public List<ShippingOption> options(Money orderAmount) {
        return List.of(
                new ShippingOption(STANDARD, "Standard delivery", Money.zero(orderAmount.currency())),
                new ShippingOption(EXPRESS, "Express delivery",
                        new Money(EXPRESS_MINOR_UNITS, orderAmount.currency())));
    }

    private Either<ShippingRejectionReason, ShippingQuote> quote(Money orderAmount, ShippingAddress address,
            String selected) {
        Objects.requireNonNull(orderAmount, "orderAmount");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(selected, "optionReference");
        if (!orderAmount.isPositive()) {
            throw new IllegalArgumentException("an order amount is positive");
        }
        if (!SUPPORTED_COUNTRIES.contains(address.country())) {
            return Either.left(ShippingRejectionReason.COUNTRY_NOT_SUPPORTED);
        }
        List<ShippingOption> options = options(orderAmount);
        Option<ShippingOption> option = options.find(candidate -> candidate.reference().equals(selected));
        if (option.isEmpty()) {
            return Either.left(ShippingRejectionReason.INVALID_OPTION);
        }
        return Either.right(new ShippingQuote(orderAmount.plus(option.get().amount()), options,
                Option.of(selected)));
    }
}
