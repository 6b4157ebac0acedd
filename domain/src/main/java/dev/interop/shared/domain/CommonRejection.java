package dev.interop.shared.domain;

/**
 * The rejection codes both contexts truly share: those the shared kernel's own value types produce (money, currency,
 * line items, token and data values, idempotency) and the generic refusal of an action a state does not allow. A
 * reason only one context has lives in that context's own enum.
 */
public enum CommonRejection implements RejectionCode {
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

    // States in general.
    ACTION_NOT_ALLOWED(Category.STATE),

    // Requests as a whole (R13).
    IDEMPOTENCY_KEY_REUSED(Category.UNPROCESSABLE);

    private final Category category;

    CommonRejection(Category category) {
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
