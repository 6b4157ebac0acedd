package dev.interop.shared.network;

import dev.interop.shared.domain.RejectionCode;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rejection code as Klarna's API names it ({@code error_code}), for the side that receives Klarna's refusals: the
 * acquirer carries what Klarna said without knowing Klarna's own code type. The category comes from the table of the
 * names Klarna publishes ({@link #PUBLISHED}); a name outside it is a {@link Category#STATE} refusal.
 *
 * <p>Invariants: the name is UPPER_SNAKE; equal names with equal categories are equal codes.
 */
public record KlarnaErrorCode(String name, Category category) implements RejectionCode {

    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    /** The error codes Klarna's API answers with, and how each is meant. */
    public static final Map<String, Category> PUBLISHED = LinkedHashMap.of(
            "INVALID_AMOUNT", Category.VALIDATION,
            "INVALID_CURRENCY", Category.VALIDATION,
            "CURRENCY_MISMATCH", Category.VALIDATION,
            "LINE_ITEMS_DO_NOT_SUM_TO_TOTAL", Category.VALIDATION,
            "INVALID_FIELD", Category.VALIDATION,
            "TOKEN_TOO_LONG", Category.VALIDATION,
            "DATA_TOO_LONG", Category.VALIDATION,
            "DATA_NOT_JSON", Category.VALIDATION,
            "CONFLICTING_DATA_POINTS", Category.VALIDATION,
            "INVALID_TTL", Category.VALIDATION)
            .put("TOKEN_UNKNOWN", Category.FORBIDDEN)
            .put("TOKEN_OF_ANOTHER_PARTNER", Category.FORBIDDEN)
            .put("CUSTOMER_TOKEN_SCOPE_MISSING", Category.FORBIDDEN)
            .put("TOKEN_CONSUMED", Category.STATE)
            .put("TOKEN_EXPIRED", Category.STATE)
            .put("SESSION_EXPIRED", Category.STATE)
            .put("SESSION_ENDED", Category.STATE)
            .put("ONE_STEP_EXPRESS_NOT_AVAILABLE", Category.STATE)
            .put("MARKET_NOT_SUPPORTED", Category.STATE)
            .put("ACTION_NOT_ALLOWED", Category.STATE)
            .put("PAYMENT_REQUEST_NOT_UPDATABLE", Category.STATE)
            .put("PAYMENT_REQUEST_FINAL", Category.STATE)
            .put("PAYMENT_REQUEST_EXPIRED", Category.STATE)
            .put("COUNTRY_NOT_SUPPORTED", Category.SHIPPING)
            .put("POSTAL_CODE_NOT_SUPPORTED", Category.SHIPPING)
            .put("CITY_NOT_SUPPORTED", Category.SHIPPING)
            .put("REGION_NOT_SUPPORTED", Category.SHIPPING)
            .put("ADDRESS_NOT_SUPPORTED", Category.SHIPPING)
            .put("INVALID_OPTION", Category.SHIPPING)
            .put("IDEMPOTENCY_KEY_REUSED", Category.UNPROCESSABLE);

    /** Klarna's answer when it refuses for a reason its code does not say: the action is not allowed now. */
    public static final KlarnaErrorCode ACTION_NOT_ALLOWED = of("ACTION_NOT_ALLOWED");

    public KlarnaErrorCode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        if (!UPPER_SNAKE.matcher(name).matches()) {
            throw new IllegalArgumentException("not an UPPER_SNAKE error code: " + name);
        }
    }

    /** Klarna's code of this name, categorized by {@link #PUBLISHED}; {@link Category#STATE} for any other name. */
    public static KlarnaErrorCode of(String name) {
        return new KlarnaErrorCode(name, PUBLISHED.get(name).getOrElse(Category.STATE));
    }

    /** Whether Klarna publishes an error code of this name. */
    public static boolean isPublished(String name) {
        return PUBLISHED.containsKey(name);
    }

    /** The same reason as Klarna would name it, for a code of any type (such as one Klarna's side produced). */
    public static KlarnaErrorCode as(RejectionCode code) {
        return code instanceof KlarnaErrorCode klarna ? klarna : of(code.name());
    }
}
