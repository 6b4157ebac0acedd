package dev.interop.acquirer.domain.checkout;

import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Rejection;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a checkout session: {@code cs_} followed by a unique part of 1..64 characters of
 * {@code [A-Za-z0-9_-]} that an id generator outside the domain supplies (R16).
 */
public record CheckoutSessionId(String value) {

    public static final String PREFIX = "cs_";

    private static final Pattern SHAPE = Pattern.compile("cs_[A-Za-z0-9_-]{1,64}");

    public CheckoutSessionId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a checkout session id: " + value);
        }
    }

    /** Builds the id from its unique part, which comes from outside the domain. */
    public static CheckoutSessionId of(String unique) {
        return new CheckoutSessionId(PREFIX + unique);
    }

    /** Parses an id a caller sent, naming {@code field} when it is not one. */
    public static Either<Rejection, CheckoutSessionId> parse(String value, String field) {
        return value != null && SHAPE.matcher(value).matches() ? Either.right(new CheckoutSessionId(value))
                : Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, field,
                        "must be a checkout session id such as cs_3f9a1c"));
    }

    @Override
    public String toString() {
        return value;
    }
}
