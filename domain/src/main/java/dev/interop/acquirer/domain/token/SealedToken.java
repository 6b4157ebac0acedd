package dev.interop.acquirer.domain.token;

import dev.interop.shared.token.InteroperabilityToken;
import dev.interop.shared.token.TokenHash;

import java.util.Base64;
import java.util.Objects;

/**
 * An interoperability token in the only form the Acquiring Partner keeps at rest: already encrypted by an
 * application port (AES-GCM or the like) and base64-encoded, next to the token's {@link TokenHash}. The Acquiring
 * Partner needs the token again later (KEC multi-step finalization, retries) and must forward it byte for byte, so
 * it cannot keep only the hash; it never keeps it in plain text either (R2). The domain never seals or opens it: it
 * only carries it.
 *
 * <p>Invariants: {@code ciphertext} is non-empty standard base64 (with padding) of at most {@value #MAX_LENGTH}
 * characters; {@code hash} is the hash of the plain token. {@link #toString()} shows neither the ciphertext nor
 * anything derived from it beyond the hash's short form.
 */
public record SealedToken(String ciphertext, TokenHash hash) {

    /**
     * Generous bound for a sealed token of at most {@value InteroperabilityToken#MAX_LENGTH} characters: four bytes
     * per character, a nonce and a tag, base64-expanded.
     */
    public static final int MAX_LENGTH = 65_536;

    public SealedToken {
        Objects.requireNonNull(ciphertext, "ciphertext");
        Objects.requireNonNull(hash, "hash");
        if (ciphertext.isEmpty() || ciphertext.length() > MAX_LENGTH || !isBase64(ciphertext)) {
            throw new IllegalArgumentException("a sealed token is non-empty base64 of at most " + MAX_LENGTH
                    + " characters");
        }
    }

    public static SealedToken of(String ciphertext, TokenHash hash) {
        return new SealedToken(ciphertext, hash);
    }

    /** Whether this sealed token holds the token with {@code other} as hash; compares in constant time (R2). */
    public boolean sameTokenAs(TokenHash other) {
        return hash.equals(other);
    }

    private static boolean isBase64(String text) {
        if (text.length() % 4 != 0) {
            return false;
        }
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** Names only the token's hash (not secret); the ciphertext never reaches a log line. */
    @Override
    public String toString() {
        return "SealedToken[" + hash + "]";
    }
}
