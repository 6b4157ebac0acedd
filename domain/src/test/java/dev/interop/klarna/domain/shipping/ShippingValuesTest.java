package dev.interop.klarna.domain.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.RejectionCode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShippingValuesTest {

    private static final ShippingOption STANDARD = new ShippingOption("standard", "Standard", Money.of(0, "EUR"));
    private static final ShippingOption EXPRESS = new ShippingOption("express", "Express", Money.of(990, "EUR"));

    @Test
    void accepts_a_partial_address_with_only_country_and_postal_code() {
        ShippingAddress address = ShippingAddress.parse(null, "10115", null, null, "DE", "address.").get();

        assertThat(address.postalCode()).contains("10115");
        assertThat(address.streetAddress()).isEmpty();
        assertThat(address.isComplete()).isFalse();
    }

    @Test
    void rejects_an_address_without_a_country_naming_the_field() {
        assertThat(ShippingAddress.parse("Street 1", "10115", "Berlin", null, null, "address.").getLeft().field())
                .contains("address.country");
    }

    @Test
    void rejects_a_country_that_is_not_iso_3166_alpha_2() {
        for (String country : new String[] {"de", "DEU", "XX", ""}) {
            assertThat(ShippingAddress.parse(null, null, null, null, country, "").getLeft().code()).as(country)
                    .isEqualTo(CommonRejection.INVALID_FIELD);
        }
        assertThatThrownBy(() -> ShippingAddress.ofCountry("XX")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_a_blank_address_line_naming_the_field() {
        assertThat(ShippingAddress.parse(" ", null, null, null, "SE", "address.").getLeft().field())
                .contains("address.street_address");
        assertThat(ShippingAddress.parse(null, null, null, "x".repeat(256), "SE", "address.").getLeft().field())
                .contains("address.region");
    }

    @Test
    void a_quote_may_not_select_an_option_it_does_not_offer() {
        assertThatThrownBy(() -> new ShippingQuote(Money.of(1_000, "EUR"), List.of(STANDARD), Option.of("express")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_quote_may_not_offer_options_in_another_currency() {
        assertThatThrownBy(() -> new ShippingQuote(Money.of(1_000, "SEK"), List.of(STANDARD), Option.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_quote_may_not_offer_two_options_with_one_reference() {
        assertThatThrownBy(() -> new ShippingQuote(Money.of(1_000, "EUR"), List.of(STANDARD, STANDARD),
                Option.none())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_quoted_amount_includes_the_selected_option() {
        assertThatThrownBy(() -> new ShippingQuote(Money.of(500, "EUR"), List.of(STANDARD, EXPRESS),
                Option.of("express"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_option_reference_has_no_spaces() {
        assertThatThrownBy(() -> new ShippingOption("next day", "Next day", Money.of(0, "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(ShippingRejectionReason.class)
    void each_rejection_reason_maps_to_the_rejection_code_of_the_same_name(ShippingRejectionReason reason) {
        assertThat(reason.rejectionCode().name()).isEqualTo(reason.name());
        assertThat(reason.rejectionCode().category()).isEqualTo(RejectionCode.Category.SHIPPING);
        assertThat(reason.toRejection().code()).isEqualTo(reason.rejectionCode());
    }
}
