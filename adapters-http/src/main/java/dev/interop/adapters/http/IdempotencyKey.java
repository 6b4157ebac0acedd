package dev.interop.adapters.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code Idempotency-Key} of a mutating request (DOMAIN R13): 1–255 visible ASCII characters
 * ({@code 0x21–0x7E}). On Klarna's AP-facing face the key may come as {@code Klarna-Idempotency-Key} instead (Klarna's
 * own name, docs/klarna-wire.md); the two headers are one key, so a request sending both must send the same value.
 * The key is read here; replaying responses is the application's job.
 */
public record IdempotencyKey(String value) {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";
    /** Klarna's name of the header, accepted on Klarna's AP-facing face ({@code /sandbox/klarna/v2}). */
    public static final String KLARNA_HEADER = "Klarna-Idempotency-Key";
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
        return read(ctx, HEADER);
    }

    /**
     * The key of a request to Klarna's face: {@code Klarna-Idempotency-Key} or {@code Idempotency-Key}; empty when
     * neither is sent.
     *
     * @throws ProblemException 400 {@code INVALID_HEADER} naming the header when a value is invalid, or naming both
     *     when both are sent with different values
     */
    public static Optional<IdempotencyKey> fromKlarna(Context ctx) {
        Optional<IdempotencyKey> klarna = read(ctx, KLARNA_HEADER);
        Optional<IdempotencyKey> standard = read(ctx, HEADER);
        if (klarna.isPresent() && standard.isPresent() && !klarna.equals(standard)) {
            throw ProblemException.badRequest(ProblemCodes.INVALID_HEADER,
                    "The " + KLARNA_HEADER + " and " + HEADER + " headers carry different keys.",
                    List.of(FieldError.header(KLARNA_HEADER, "differs from " + HEADER + "; send one key"),
                            FieldError.header(HEADER, "differs from " + KLARNA_HEADER + "; send one key")));
        }
        return klarna.or(() -> standard);
    }

    /**
     * Same as {@link #fromKlarna}, for an operation that needs a key (Klarna's authorize: a retried authorization must
     * never make a second transaction).
     *
     * @throws ProblemException 400 {@code INVALID_HEADER} naming {@code Klarna-Idempotency-Key} when neither header
     *     is sent, or as {@link #fromKlarna}
     */
    public static IdempotencyKey requireKlarna(Context ctx) {
        return fromKlarna(ctx).orElseThrow(() -> ProblemException.invalidHeader(KLARNA_HEADER,
                "is required (or " + HEADER + "): one key per logical operation, reused on every retry"));
    }

    private static Optional<IdempotencyKey> read(Context ctx, String header) {
        String sent = ctx.header(header);
        if (sent == null) {
            return Optional.empty();
        }
        String problem = whyInvalid(sent);
        if (problem != null) {
            throw ProblemException.invalidHeader(header, problem);
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
