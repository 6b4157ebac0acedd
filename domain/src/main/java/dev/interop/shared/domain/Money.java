package dev.interop.shared.domain;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * An amount of money in integer minor units of an ISO 4217 currency (R12). Invariant: never negative, never a
 * fraction; arithmetic is exact and only between equal currencies (overflow throws rather than wraps).
 * A zero amount is representable (a free shipping option); amounts a customer pays are checked with
 * {@link #requirePositive}.
 */
public record Money(long minorUnits, CurrencyCode currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (minorUnits < 0) {
            throw new IllegalArgumentException("money is never negative: " + minorUnits);
        }
    }

    public static Money of(long minorUnits, String currency) {
        return new Money(minorUnits, CurrencyCode.of(currency));
    }

    public static Money zero(CurrencyCode currency) {
        return new Money(0, currency);
    }

    /**
     * Validates an amount a customer is asked to pay: positive minor units in a known currency. The rejection names
     * {@code amountField} or {@code currencyField}.
     */
    public static Either<Rejection, Money> positive(long minorUnits, String currency, String amountField,
            String currencyField) {
        return CurrencyCode.parse(currency, currencyField).flatMap(code -> minorUnits > 0
                ? Either.right(new Money(minorUnits, code))
                : Either.left(Rejection.ofField(CommonRejection.INVALID_AMOUNT, amountField,
                        "must be a positive integer amount in minor units")));
    }

    /** Sums money of one currency; an empty sequence sums to zero of {@code currency}. */
    public static Money sum(Seq<Money> amounts, CurrencyCode currency) {
        return amounts.foldLeft(zero(currency), Money::plus);
    }

    public Either<Rejection, Money> requirePositive(String field) {
        return minorUnits > 0 ? Either.right(this)
                : Either.left(Rejection.ofField(CommonRejection.INVALID_AMOUNT, field, "must be positive"));
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    /** Exact product, for a line item's quantity times its unit price. */
    public Money times(long quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity is never negative: " + quantity);
        }
        return new Money(Math.multiplyExact(minorUnits, quantity), currency);
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public boolean sameCurrency(Money other) {
        return currency.equals(other.currency);
    }

    public boolean greaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        if (!sameCurrency(other)) {
            throw new IllegalArgumentException("currencies differ: " + currency + " and " + other.currency);
        }
    }

    @Override
    public String toString() {
        return minorUnits + " " + currency;
    }
}
