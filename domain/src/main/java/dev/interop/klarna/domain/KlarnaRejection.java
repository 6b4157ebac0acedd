package dev.interop.klarna.domain;

import dev.interop.shared.domain.RejectionCode;

/**
 * Klarna's own reasons for refusing a call, by the names its API answers with as {@code error_code}. Shared reasons
 * (invalid amounts, fields, a not-allowed action) are {@link dev.interop.shared.domain.CommonRejection}s. Every name
 * here is published, with the same category, in {@link dev.interop.shared.network.KlarnaErrorCode}, so the acquirer
 * reads Klarna's refusals without this type.
 */
public enum KlarnaRejection implements RejectionCode {
    // Tokens and sessions (R1, R3, R5, R6).
    TOKEN_UNKNOWN(Category.FORBIDDEN),
    TOKEN_OF_ANOTHER_PARTNER(Category.FORBIDDEN),
    TOKEN_CONSUMED(Category.STATE),
    TOKEN_EXPIRED(Category.STATE),
    SESSION_EXPIRED(Category.STATE),
    SESSION_ENDED(Category.STATE),
    CUSTOMER_TOKEN_SCOPE_MISSING(Category.FORBIDDEN),

    // Purchases (R8).
    ONE_STEP_EXPRESS_NOT_AVAILABLE(Category.STATE),
    MARKET_NOT_SUPPORTED(Category.STATE),

    // Payment Requests.
    PAYMENT_REQUEST_NOT_UPDATABLE(Category.STATE),
    PAYMENT_REQUEST_FINAL(Category.STATE),
    PAYMENT_REQUEST_EXPIRED(Category.STATE),

    // Express checkout shipping rejections, with Klarna's names.
    COUNTRY_NOT_SUPPORTED(Category.SHIPPING),
    POSTAL_CODE_NOT_SUPPORTED(Category.SHIPPING),
    CITY_NOT_SUPPORTED(Category.SHIPPING),
    REGION_NOT_SUPPORTED(Category.SHIPPING),
    ADDRESS_NOT_SUPPORTED(Category.SHIPPING),
    INVALID_OPTION(Category.SHIPPING);

    private final Category category;

    KlarnaRejection(Category category) {
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
