package dev.interop.klarna.domain.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * A key Klarna signs a webhook's notifications with: {@code Klarna-Signature} is the lower-case hex HMAC-SHA256 of
 * the raw body with the UTF-8 bytes of {@link #secret()} as the key, sent with {@code Klarna-Signing-Key-Id:}
 * {@link #id()}.
 *
 * <p>The sandbox keeps the secret itself, not a hash, because it must go on signing with it: it is a test double of
 * Klarna, whose storage (the database file) is protected as a whole. The secret is shown to the Acquiring Partner
 * once, in the answer that made the key, and never appears in {@link #toString()}, events or logs.
 *
 * <p>Invariants: the id is {@link #ID_PREFIX} and a non-empty unique part; the secret has at least 32 characters
 * (it carries 256 bits from the secret source).
 */
public record SigningKey(String id, String secret, Instant createdAt) {

    /** Every signing key id starts with this; a unique part from the id source follows. */
    public static final String ID_PREFIX = "krn:partner:global:notification:signing-key:";
    /** The prefix of a signing secret as the secret source makes it. */
    public static final String SECRET_PREFIX = "klarna_whsec_";

    public SigningKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!id.startsWith(ID_PREFIX) || id.length() == ID_PREFIX.length() || id.length() > 255) {
            throw new IllegalArgumentException("not a signing key id: " + id);
        }
        if (secret.length() < 32 || secret.length() > 255) {
            throw new IllegalArgumentException("a signing secret has 32..255 characters");
        }
    }

    /** A key whose id's unique part is {@code unique} (from the id source). */
    public static SigningKey of(String unique, String secret, Instant createdAt) {
        return new SigningKey(ID_PREFIX + unique, secret, createdAt);
    }

    @Override
    public String toString() {
        return "SigningKey[id=" + id + ", secret=…, createdAt=" + createdAt + "]";
    }
}
