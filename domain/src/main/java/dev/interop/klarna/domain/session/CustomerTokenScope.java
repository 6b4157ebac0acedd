package dev.interop.klarna.domain.session;

import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Rejection;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * A scope of the customer token that Sign in with Klarna yields; {@link #wireName()} is Klarna's spelling, such as
 * {@code payment:customer_present}.
 */
public enum CustomerTokenScope {
    /** Payments while the customer is at the checkout; needed to link the sign-in to an interoperability token. */
    PAYMENT_CUSTOMER_PRESENT("payment:customer_present"),
    /** Payments without the customer present (merchant-initiated). */
    PAYMENT_CUSTOMER_NOT_PRESENT("payment:customer_not_present"),
    /** Logging the customer in to the Partner's site. */
    CUSTOMER_LOGIN("customer:login");

    private final String wireName;

    CustomerTokenScope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The scope with this wire name, if any. */
    public static Option<CustomerTokenScope> fromWireName(String wireName) {
        return List.of(values()).find(scope -> scope.wireName.equals(wireName));
    }

    /** Parses a wire name, answering {@link CommonRejection#INVALID_FIELD} naming {@code field} for an unknown one. */
    public static Either<Rejection, CustomerTokenScope> parse(String wireName, String field) {
        return fromWireName(wireName).toEither(() -> Rejection.ofField(CommonRejection.INVALID_FIELD, field,
                "must be one of " + List.of(values()).map(CustomerTokenScope::wireName).mkString(", ")));
    }

    @Override
    public String toString() {
        return wireName;
    }
}
