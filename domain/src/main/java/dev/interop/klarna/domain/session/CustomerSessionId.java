package dev.interop.klarna.domain.session;

import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Krn;
import dev.interop.shared.domain.Rejection;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The id of a customer session, a KRN of the shape {@code krn:shopping:eu1:session:<unique>}, such as
 * {@code krn:shopping:eu1:session:1b4e28ba-2fa1-11d2-883f-0016d3cca427}. Invariant: the KRN starts with
 * {@value #PREFIX} followed by one non-empty segment. The unique part (a UUID in practice) always comes from an
 * id generator outside the domain (R16); the domain treats it as opaque.
 */
public record CustomerSessionId(Krn krn) {

    public static final String PREFIX = "krn:shopping:eu1:session:";

    public CustomerSessionId {
        Objects.requireNonNull(krn, "krn");
        if (!hasShape(krn.value())) {
            throw new IllegalArgumentException("not a customer session id: " + krn);
        }
    }

    /** Builds the id from its unique part, such as a UUID string. */
    public static CustomerSessionId of(String unique) {
        Objects.requireNonNull(unique, "unique");
        return new CustomerSessionId(Krn.of("shopping", "eu1", "session", unique));
    }

    /** Reads an id back from its full KRN text. */
    public static CustomerSessionId fromKrn(String value) {
        return new CustomerSessionId(new Krn(value));
    }

    /** Parses an id a caller sent, answering {@link CommonRejection#INVALID_FIELD} naming {@code field} otherwise. */
    public static Either<Rejection, CustomerSessionId> parse(String value, String field) {
        return value != null && Krn.isValid(value) && hasShape(value)
                ? Either.right(new CustomerSessionId(new Krn(value)))
                : Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, field,
                        "must be a customer session id such as " + PREFIX + "<uuid>"));
    }

    private static boolean hasShape(String value) {
        return value.startsWith(PREFIX) && value.length() > PREFIX.length()
                && value.indexOf(':', PREFIX.length()) < 0;
    }

    /** The unique part after {@value #PREFIX}. */
    public String unique() {
        return krn.value().substring(PREFIX.length());
    }

    public String value() {
        return krn.value();
    }

    @Override
    public String toString() {
        return krn.value();
    }
}
