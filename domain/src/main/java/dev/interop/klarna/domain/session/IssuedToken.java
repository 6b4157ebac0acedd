package dev.interop.klarna.domain.session;

import dev.interop.shared.token.TokenHash;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A token issued for a customer session, known only by its hash (R2). Invariant: a validity end, when present, lies
 * after the issue instant. A token without a validity end lives as long as its session; one issued when a Payment
 * Request completed is valid for 60 minutes (R6). Valid means strictly before {@code validUntil}.
 */
public record IssuedToken(TokenHash hash, Instant issuedAt, Option<Instant> validUntil) {

    public IssuedToken {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(validUntil, "validUntil");
        if (validUntil.exists(until -> !until.isAfter(issuedAt))) {
            throw new IllegalArgumentException("a token's validity ends after it was issued");
        }
    }

    /** Whether the token's own validity has not ended at {@code now}. */
    public boolean isValidAt(Instant now) {
        return validUntil.forAll(now::isBefore);
    }
}
