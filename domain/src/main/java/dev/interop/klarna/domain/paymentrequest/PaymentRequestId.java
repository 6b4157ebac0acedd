package dev.interop.klarna.domain.paymentrequest;

import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Krn;
import dev.interop.shared.domain.Rejection;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The id of a Payment Request, a KRN of the shape {@code krn:payment:eu1:request:<unique>}. Invariant: the KRN has
 * exactly that prefix and a non-empty unique part without further colons. The unique part comes from an id
 * generator outside the domain (R16).
 */
public record PaymentRequestId(Krn krn) {

    /** Everything before the unique part. */
    public static final String PREFIX = "krn:payment:eu1:request:";

    public PaymentRequestId {
        Objects.requireNonNull(krn, "krn");
        if (!hasShape(krn.value())) {
            throw new IllegalArgumentException("not a payment request id: " + krn);
        }
    }

    /** The id whose unique part is {@code unique}, typically a UUID. */
    public static PaymentRequestId of(String unique) {
        return new PaymentRequestId(Krn.of("payment", "eu1", "request", unique));
    }

    /** Parses a full id, answering an {@link CommonRejection#INVALID_FIELD} rejection naming {@code field}. */
    public static Either<Rejection, PaymentRequestId> parse(String value, String field) {
        return value != null && Krn.isValid(value) && hasShape(value)
                ? Either.right(new PaymentRequestId(new Krn(value)))
                : Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, field,
                        "must be a payment request id such as " + PREFIX + "<uuid>"));
    }

    private static boolean hasShape(String value) {
        return value.startsWith(PREFIX) && value.length() > PREFIX.length()
                && value.indexOf(':', PREFIX.length()) < 0;
    }

    public String value() {
        return krn.value();
    }

    /** The part after {@link #PREFIX}. */
    public String uniquePart() {
        return krn.value().substring(PREFIX.length());
    }

    @Override
    public String toString() {
        return krn.value();
    }
}
