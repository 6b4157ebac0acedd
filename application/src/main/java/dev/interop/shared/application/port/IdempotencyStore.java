package dev.interop.shared.application.port;

import dev.interop.shared.application.port.StoredResponse;
import java.time.Instant;
import java.util.Objects;

/**
 * Keeps idempotency keys (R13), unique per scope (a Partner, or another caller identity) and key.
 * {@link #claim} is atomic: of two concurrent claims of one key exactly one answers {@link Claim.Claimed}.
 * Records are kept until {@code expiresAt} (at least 24 h after the claim); an in-flight claim whose
 * {@code leaseUntil} passed (its owner died) may be claimed again.
 */
public interface IdempotencyStore {

    Claim claim(Key key, String fingerprint, Instant now, Instant leaseUntil, Instant expiresAt);

    /** Stores the response of a claimed key; joins the current unit of work. */
    void complete(Key key, StoredResponse response);

    /** Forgets a claimed key whose request failed with a server error, so the caller may retry. */
    void release(Key key);

    /** Deletes up to {@code limit} records that expired before {@code now}; answers how many. */
    int purgeExpired(Instant now, int limit);

    /** One key in one scope. Invariant: key of 1..255 printable ASCII characters. */
    record Key(String scope, String key) {
        public Key {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(key, "key");
            if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                throw new IllegalArgumentException("an idempotency key has 1..255 printable ASCII characters");
            }
        }
    }

    /** What a claim found. */
    sealed interface Claim {
        /** The caller owns the key now and must {@link #complete} or {@link #release} it. */
        record Claimed() implements Claim {
        }

        /** The key was used before and finished: replay it if the fingerprint matches. */
        record Completed(String fingerprint, StoredResponse response) implements Claim {
        }

        /** Another request holds the key right now. */
        record InFlight(String fingerprint) implements Claim {
        }
    }
}
