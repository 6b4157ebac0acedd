package dev.interop.shared.domain;

/**
 * Every machine-readable reason the domain can refuse a command for. The adapters show {@link #name()} as the
 * problem's {@code code} and pick the HTTP status from {@link #category()}, so a new code needs no adapter change.
 */
public enum RejectionCode {
    // Validation of values (R7, R12).
    INVALID_AMOUNT(Category.VALIDATION),
    INVALID_CURRENCY(Category.VALIDATION),
    CURRENCY_MISMATCH(Category.VALIDATION),
    LINE_ITEMS_DO_NOT_SUM_TO_TOTAL(Category.VALIDATION),
    INVALID_FIELD(Category.VALIDATION),
    TOKEN_TOO_LONG(Category.VALIDATION),
    DATA_TOO_LONG(Category.VALIDATION),
    DATA_NOT_JSON(Category.VALIDATION),
    CONFLICTING_DATA_POINTS(Category.VALIDATION),
    INVALID_TTL(Category.VALIDATION),

    // Tokens and sessions (R1, R3, R5, R6).
    TOKEN_UNKNOWN(Category.FORBIDDEN),
    TOKEN_OF_ANOTHER_PARTNER(Category.FORBIDDEN),
    TOKEN_CONSUMED(Category.STATE),
    TOKEN_EXPIRED(Category.STATE),
    SESSION_EXPIRED(Category.STATE),
    SESSION_ENDED(Category.STATE),
    CUSTOMER_TOKEN_SCOPE_MISSING(Category.FORBIDDEN),

    // Journeys (R8, R9, R10).
    ONE_STEP_EXPRESS_NOT_AVAILABLE(Category.STATE),
    FINALIZATION_REQUIRES_CHECKOUT_SESSION(Category.STATE),
    FINALIZATION_REQUIRES_TOKEN(Category.STATE),
    AMOUNT_EXCEEDS_APPROVED(Category.STATE),
    ACTION_NOT_ALLOWED(Category.STATE),
    MARKET_NOT_SUPPORTED(Category.STATE),
    CHECKOUT_SESSION_OF_ANOTHER_PARTNER(Category.FORBIDDEN),

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
    INVALID_OPTION(Category.SHIPPING),

    // Requests as a whole (R13).
    IDEMPOTENCY_KEY_REUSED(Category.UNPROCESSABLE);

    /** How a rejection is meant: which kind of caller mistake or state it reports. */
    public enum Category {
        /** The input is malformed or out of bounds (HTTP 400). */
        VALIDATION,
        /** The caller may not use this token or resource (HTTP 403). */
        FORBIDDEN,
        /** The input is fine but the aggregate's state does not allow it now (HTTP 409/422). */
        STATE,
        /** Klarna's shipping rejection reasons for express checkout (HTTP 422). */
        SHIPPING,
        /** Well-formed but not processable as sent, such as a reused idempotency key (HTTP 422). */
        UNPROCESSABLE
    }

    private final Category category;

    RejectionCode(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
