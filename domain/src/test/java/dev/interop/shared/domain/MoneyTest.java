package dev.interop.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** R12: money is integer minor units plus an ISO 4217 code; amounts are positive; line items sum to the total. */
class MoneyTest {

    @Test
    void accepts_a_positive_amount_in_a_known_currency() {
        assertThat(Money.positive(1999, "EUR", "amount", "currency").get()).isEqualTo(Money.of(1999, "EUR"));
    }

    @Test
    void rejects_zero_and_negative_amounts_naming_the_field() {
        for (long amount : new long[] {0, -1, Long.MIN_VALUE}) {
            Rejection rejection = Money.positive(amount, "EUR", "amount", "currency").getLeft();
            assertThat(rejection.code()).isEqualTo(CommonRejection.INVALID_AMOUNT);
            assertThat(rejection.field()).contains("amount");
        }
    }

    @Test
    void rejects_unknown_and_malformed_currencies_naming_the_field() {
        for (String currency : new String[] {"XYZ", "eur", "EURO", "", "E1R"}) {
            Rejection rejection = Money.positive(100, currency, "amount", "currency").getLeft();
            assertThat(rejection.code()).isEqualTo(CommonRejection.INVALID_CURRENCY);
            assertThat(rejection.field()).contains("currency");
        }
        assertThat(Money.positive(100, null, "amount", "currency").getLeft().code())
                .isEqualTo(CommonRejection.INVALID_CURRENCY);
    }

    @Test
    void knows_the_minor_unit_of_each_currency() {
        assertThat(CurrencyCode.of("EUR").minorUnitDigits()).isEqualTo(2);
        assertThat(CurrencyCode.of("JPY").minorUnitDigits()).isZero();
    }

    @Test
    void never_holds_a_negative_amount() {
        assertThatThrownBy(() -> Money.of(-1, "EUR")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adds_exactly_and_refuses_to_overflow() {
        assertThat(Money.of(1, "EUR").plus(Money.of(2, "EUR"))).isEqualTo(Money.of(3, "EUR"));
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "EUR").plus(Money.of(1, "EUR")))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void never_mixes_currencies() {
        assertThatThrownBy(() -> Money.of(1, "EUR").plus(Money.of(1, "SEK")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(1, "EUR").compareTo(Money.of(1, "SEK")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accepts_line_items_that_sum_to_the_total() {
        Money total = Money.of(3500, "EUR");
        List<LineItem> items = List.of(LineItem.of("Shirt", 2, Money.of(1000, "EUR")),
                LineItem.of("Socks", 1, Money.of(1500, "EUR")));

        assertThat(LineItem.checkSum(items, total, "line_items").isRight()).isTrue();
    }

    @Test
    void rejects_line_items_that_do_not_sum_to_the_total() {
        List<LineItem> items = List.of(LineItem.of("Shirt", 2, Money.of(1000, "EUR")));

        Rejection rejection = LineItem.checkSum(items, Money.of(2001, "EUR"), "line_items").getLeft();

        assertThat(rejection.code()).isEqualTo(CommonRejection.LINE_ITEMS_DO_NOT_SUM_TO_TOTAL);
        assertThat(rejection.field()).contains("line_items");
    }

    @Test
    void rejects_line_items_in_another_currency() {
        List<LineItem> items = List.of(LineItem.of("Shirt", 1, Money.of(1000, "SEK")));

        assertThat(LineItem.checkSum(items, Money.of(1000, "EUR"), "line_items").getLeft().code())
                .isEqualTo(CommonRejection.CURRENCY_MISMATCH);
    }

    @Test
    void a_line_item_total_is_quantity_times_unit_price() {
        assertThatThrownBy(() -> new LineItem("Shirt", 2, Money.of(1000, "EUR"), Money.of(1999, "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LineItem.of("Shirt", 0, Money.of(1000, "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
