package dev.interop.shared.network;


import java.util.Objects;

/**
 * What Klarna tells the Acquiring Partner about the customer session behind a token: where it started and its
 * interoperability status (a sandbox addition to the presentation answer). Invariant: both parts present. The
 * Acquiring Partner maps it to the journey a payment follows.
 */
public record KlarnaSessionHint(KlarnaSessionOrigin origin, KlarnaInteroperabilityStatus status) {

    public KlarnaSessionHint {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
    }

    public static KlarnaSessionHint of(KlarnaSessionOrigin origin, KlarnaInteroperabilityStatus status) {
        return new KlarnaSessionHint(origin, status);
    }
}
