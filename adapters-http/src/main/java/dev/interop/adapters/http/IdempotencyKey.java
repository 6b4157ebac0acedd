package dev.interop.adapters.http;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code Idempotency-Key} of a mutating request (DOMAIN R13): 1–255 visible ASCII characters
 * ({@code 0x21–0x7E}). The key is read here; replaying responses is the application's job.
 */
public record IdempotencyKey(String value) {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";
    /** The longest key accepted. */
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        String problem = whyInvalid(value);
        if (problem != null) {
            throw new IllegalArgumentException("an idempotency key " + problem);
        }
    }

    /**
     * The key of the request, empty when the header is absent.
     *
     * @throws ProblemException 400 {@code INVALID_HEADER} (error {@code header: Idempotency-Key}) when present but
     *     empty, too long or with characters outside visible ASCII
     */
    public static Optional<IdempotencyKey> from(Context ctx) {
        String sent = ctx.header(HEADER);
        if (sent == null) {
            return Optional.empty();
        }
        String problem = whyInvalid(sent);
        if (problem != null) {
            throw ProblemException.invalidHeader(HEADER, problem);
        }
        return Optional.of(new IdempotencyKey(sent));
    }

    private static String whyInvalid(String value) {
        if (value.isEmpty()) {
            return "must not be empty";
        }
        if (value.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return "must contain only visible ASCII characters";
            }
        }
        return null;
    }
}
