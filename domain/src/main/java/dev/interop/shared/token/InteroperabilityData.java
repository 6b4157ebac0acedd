package dev.interop.shared.token;

import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Rejection;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The interoperability data: a stringified JSON document of at most {@value #MAX_LENGTH} characters (R7) that the
 * Partner sends server-side and the Acquiring Partner forwards to Klarna byte for byte. Invariant: well-formed JSON;
 * the original string is kept exactly as received ({@link #raw()}), never re-serialized.
 */
public record InteroperabilityData(String raw) {

    public static final int MAX_LENGTH = 10240;

    public InteroperabilityData {
        Objects.requireNonNull(raw, "raw");
        if (raw.length() > MAX_LENGTH || !JsonSyntax.isWellFormed(raw)) {
            throw new IllegalArgumentException("interoperability data must be JSON of at most " + MAX_LENGTH
                    + " characters");
        }
    }

    /** Checks length and JSON well-formedness, the only checks an Acquiring Partner may make, naming {@code field}. */
    public static Either<Rejection, InteroperabilityData> parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return Either.left(Rejection.ofField(CommonRejection.INVALID_FIELD, field,
                    "must be a JSON document serialized into a string"));
        }
        if (raw.length() > MAX_LENGTH) {
            return Either.left(Rejection.ofField(CommonRejection.DATA_TOO_LONG, field,
                    "must be at most " + MAX_LENGTH + " characters, was " + raw.length()));
        }
        if (!JsonSyntax.isWellFormed(raw)) {
            return Either.left(Rejection.ofField(CommonRejection.DATA_NOT_JSON, field,
                    "must be a well-formed JSON document serialized into a string"));
        }
        return Either.right(new InteroperabilityData(raw));
    }
}
