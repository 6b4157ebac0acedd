package dev.interop.shared.token;

import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Rejection;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * The interoperability token (Klarna Network Session Token) as a Partner presents it: an opaque string of at most
 * {@value #MAX_LENGTH} characters (R7), never parsed, never modified. It is a secret (R2): {@link #toString()}
 * shows only a short prefix, it is stored only as its {@link #hash()}, and {@link #matches} compares in constant
 * time.
 */
public final class InteroperabilityToken {

    public static final int MAX_LENGTH = 8192;

    private final String value;

    private InteroperabilityToken(String value) {
        this.value = value;
    }

    /** Accepts any non-blank string of at most {@value #MAX_LENGTH} characters, naming {@code field} otherwise. */
    public static Either<Rejection, InteroperabilityToken> parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, field, "must be a non-empty string"));
        }
        if (value.length() > MAX_LENGTH) {
            return Either.left(Rejection.ofField(CommonRejection.TOKEN_TOO_LONG, field,
                    "must be at most " + MAX_LENGTH + " characters, was " + value.length()));
        }
        return Either.right(new InteroperabilityToken(value));
    }

    /** Wraps a token this engine issued itself (already known to be valid). */
    public static InteroperabilityToken of(String value) {
        return parse(value, "token").getOrElseThrow(rejection -> new IllegalArgumentException(rejection.detail()));
    }

    /** The raw value, to hand to the caller once or forward byte for byte; never log it. */
    public String reveal() {
        return value;
    }

    public TokenHash hash() {
        return TokenHash.of(value);
    }

    /** Constant-time comparison with another token (R2). */
    public boolean matches(InteroperabilityToken other) {
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                other.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InteroperabilityToken token && matches(token);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hash());
    }

    /** Only a prefix of at most 6 characters, so a token in a log line cannot be replayed. */
    @Override
    public String toString() {
        return "InteroperabilityToken[" + value.substring(0, Math.min(6, value.length())) + "…]";
    }
}
