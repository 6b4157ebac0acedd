package dev.interop.klarna.domain.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.shared.domain.Money;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DefaultShippingQuotesTest {

    private static final Money ORDER = Money.of(10_000, "SEK");
    private static final ShippingAddress STOCKHOLM = ShippingAddress.of("Sveavägen 46", "111 34", "Stockholm", "SE");

    private final ShippingQuotes quotes = new DefaultShippingQuotes();

    @Test
    void offers_standard_and_express_in_the_order_currency_with_standard_selected_for_an_address() {
        ShippingQuote quote = quotes.quoteForAddress(ORDER, STOCKHOLM).get();

        assertThat(quote.options()).containsExactly(
                new ShippingOption("standard", "Standard delivery", Money.of(0, "SEK")),
                new ShippingOption("express", "Express delivery", Money.of(990, "SEK")));
        assertThat(quote.selectedReference()).contains("standard");
        assertThat(quote.amount()).isEqualTo(ORDER);
    }

    @Test
    void selecting_express_adds_990_minor_units_to_the_order_amount() {
        ShippingQuote quote = quotes.quoteForOption(ORDER, STOCKHOLM, "express").get();

        assertThat(quote.amount()).isEqualTo(Money.of(10_990, "SEK"));
        assertThat(quote.selectedOption().map(ShippingOption::reference)).contains("express");
    }

    @Test
    void selecting_standard_again_returns_to_the_order_amount() {
        assertThat(quotes.quoteForOption(ORDER, STOCKHOLM, "standard").get().amount()).isEqualTo(ORDER);
    }

    @Test
    void quotes_a_partial_address_that_names_only_a_supported_country() {
        assertThat(quotes.quoteForAddress(Money.of(500, "EUR"), ShippingAddress.ofCountry("DE")).get().amount())
                .isEqualTo(Money.of(500, "EUR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SE", "NO", "FI", "DK", "DE", "AT", "NL", "BE", "FR", "ES", "IT", "GB", "US"})
    void ships_to_every_sandbox_country(String country) {
        assertThat(quotes.quoteForAddress(ORDER, ShippingAddress.ofCountry(country)).isRight()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CH", "PL", "JP", "BR"})
    void rejects_any_other_country_as_not_supported(String country) {
        assertThat(quotes.quoteForAddress(ORDER, ShippingAddress.ofCountry(country)).getLeft())
                .isEqualTo(ShippingRejectionReason.COUNTRY_NOT_SUPPORTED);
        assertThat(quotes.quoteForOption(ORDER, ShippingAddress.ofCountry(country), "express").getLeft())
                .isEqualTo(ShippingRejectionReason.COUNTRY_NOT_SUPPORTED);
    }

    @Test
    void rejects_an_unknown_option_as_invalid() {
        Either<ShippingRejectionReason, ShippingQuote> quote = quotes.quoteForOption(ORDER, STOCKHOLM, "drone");

        assertThat(quote.getLeft()).isEqualTo(ShippingRejectionReason.INVALID_OPTION);
    }
}
