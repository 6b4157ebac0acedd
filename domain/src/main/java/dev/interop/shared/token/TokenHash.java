package dev.interop.shared.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a secret (a token or an API key), hex-encoded: the only form in which secrets are stored and looked
 * up (R2). Issued secrets carry at least 256 bits of randomness, so an unsalted fast hash is enough to make a leaked
 * table useless. {@link #equals} compares in constant time.
 */
public final class TokenHash {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private final String hex;

    private TokenHash(String hex) {
        this.hex = hex;
    }

    public static TokenHash of(String secret) {
        Objects.requireNonNull(secret, "secret");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }

    /** Rebuilds a hash read back from storage. */
    public static TokenHash fromHex(String hex) {
        Objects.requireNonNull(hex, "hex");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest");
        }
        return new TokenHash(hex);
    }

    public String hex() {
        return hex;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenHash that && MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII),
                that.hex.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return hex.hashCode();
    }

    /** A hash is not secret, but a short form keeps logs readable. */
    @Override
    public String toString() {
        return "TokenHash[" + hex.substring(0, 12) + "]";
    }
}
