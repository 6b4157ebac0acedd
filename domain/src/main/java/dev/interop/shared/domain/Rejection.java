package dev.interop.shared.domain;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * An expected refusal of a command, as a value: a machine-readable {@link RejectionCode}, a human sentence, and,
 * for input problems, the field it concerns (a JSON pointer-like name such as {@code amount} or
 * {@code interoperability_token}).
 */
public record Rejection(RejectionCode code, String detail, Option<String> field) {

    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(field, "field");
    }

    public static Rejection of(RejectionCode code, String detail) {
        return new Rejection(code, detail, Option.none());
    }

    public static Rejection ofField(RejectionCode code, String field, String detail) {
        return new Rejection(code, detail, Option.of(field));
    }

    /** Shortcut for a transition function's refusal. */
    public static <T> Either<Rejection, T> reject(RejectionCode code, String detail) {
        return Either.left(of(code, detail));
    }
}
