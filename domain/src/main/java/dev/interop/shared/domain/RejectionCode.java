package dev.interop.shared.domain;

/**
 * A machine-readable reason for refusing a command. Each bounded context names its own codes in an enum implementing
 * this interface ({@code AcquirerRejection}, {@code KlarnaRejection}), the shared kernel names the few both share in
 * {@link CommonRejection}, and a code the acquirer learned from Klarna's API is a
 * {@link dev.interop.shared.network.KlarnaErrorCode}. The adapters show {@link #name()} as the problem's {@code code}
 * and pick the HTTP status from {@link #category()}, so a new code needs no adapter change.
 *
 * <p>Invariants: {@link #name()} is UPPER_SNAKE and is the name shown on the wire; {@link #category()} is never null.
 * Two codes of different types may share a name (each context may refuse for the same reason); compare
 * {@link #name()} where a code crossed the wire.
 */
public interface RejectionCode {

    /** The code as shown on the wire, UPPER_SNAKE. */
    String name();

    /** How the refusal is meant; the HTTP adapter picks the status from it. */
    Category category();

    /** How a rejection is meant: which kind of caller mistake or state it reports. */
    enum Category {
        /** The input is malformed or out of bounds (HTTP 400). */
        VALIDATION,
        /** The caller may not use this token or resource (HTTP 403). */
        FORBIDDEN,
        /** The input is fine but the aggregate's state does not allow it now (HTTP 409/422). */
        STATE,
        /** Klarna's shipping rejection reasons for express checkout (HTTP 422). */
        SHIPPING,
        /** Well-formed but not processable as sent, such as a reused idempotency key (HTTP 422). */
        UNPROCESSABLE
    }
}
