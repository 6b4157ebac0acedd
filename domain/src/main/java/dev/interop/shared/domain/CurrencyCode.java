package dev.interop.shared.domain;

import io.vavr.control.Either;
import java.util.Currency;
import java.util.Objects;

/**
 * An ISO 4217 currency code (R12), such as {@code EUR}. Invariant: three upper-case letters that the JDK knows as
 * an ISO 4217 currency; {@link #minorUnitDigits()} says how many digits the minor unit has.
 */
public record CurrencyCode(String code) {

    public CurrencyCode {
        Objects.requireNonNull(code, "code");
        if (!isKnown(code)) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: " + code);
        }
    }

    /** Parses a code, answering a {@link CommonRejection#INVALID_CURRENCY} rejection for anything not ISO 4217. */
    public static Either<Rejection, CurrencyCode> parse(String code, String field) {
        if (code == null || !isKnown(code)) {
            return Either.left(Rejection.ofField(CommonRejection.INVALID_CURRENCY, field,
                    "must be an ISO 4217 currency code such as EUR"));
        }
        return Either.right(new CurrencyCode(code));
    }

    public static CurrencyCode of(String code) {
        return new CurrencyCode(code);
    }

    private static boolean isKnown(String code) {
        if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return false;
        }
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** Digits of the minor unit: 2 for EUR, 0 for JPY. */
    public int minorUnitDigits() {
        return Currency.getInstance(code).getDefaultFractionDigits();
    }

    @Override
    public String toString() {
        return code;
    }
}
