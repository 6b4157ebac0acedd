package dev.interop.adapters.http;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Decides whether a presented operator secret (the admin key, the Klarna sandbox API key) is the right one, without
 * the adapter having to hold the secret itself: the server checks a stored hash (R2).
 */
@FunctionalInterface
public interface SecretCheck {

    boolean accepts(String presented);

    /** Accepts exactly the secret {@code expected} supplies (read on every request), compared in constant time. */
    static SecretCheck equalTo(Supplier<String> expected) {
        Objects.requireNonNull(expected, "expected");
        return presented -> Authentication.constantTimeEquals(presented, expected.get());
    }
}
