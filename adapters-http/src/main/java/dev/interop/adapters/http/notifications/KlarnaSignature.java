package dev.interop.adapters.http.notifications;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a Klarna notification ({@code docs/klarna-wire.md} "Notifications"): {@code Klarna-Signature} is
 * the lower-case hex HMAC-SHA256 of the raw body bytes, keyed with the UTF-8 bytes of the signing secret, and
 * {@code Klarna-Signing-Key-Id} names the key. {@link #verify} compares in constant time ({@link MessageDigest#isEqual})
 * and accepts only the exact lower-case form; a malformed or missing signature simply does not verify. Stateless and
 * thread-safe.
 */
public final class KlarnaSignature {

    /** The header naming the signing key. */
    public static final String KEY_ID_HEADER = "Klarna-Signing-Key-Id";
    /** The header carrying the signature. */
    public static final String SIGNATURE_HEADER = "Klarna-Signature";

    private static final String ALGORITHM = "HmacSHA256";
    private static final int HEX_LENGTH = 64;
    private static final HexFormat HEX = HexFormat.of();

    private KlarnaSignature() {
    }

    /** The lower-case hex HMAC-SHA256 of {@code body} with {@code secret}. */
    public static String sign(String secret, byte[] body) {
        return HEX.formatHex(mac(secret, body));
    }

    /** Whether {@code signature} is exactly {@link #sign}{@code (secret, body)}, compared in constant time. */
    public static boolean verify(String secret, byte[] body, String signature) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(body, "body");
        if (signature == null || signature.length() != HEX_LENGTH || !isLowerHex(signature)) {
            return false;
        }
        byte[] expected = mac(secret, body);
        return MessageDigest.isEqual(expected, HEX.parseHex(signature));
    }

    private static boolean isLowerHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static byte[] mac(String secret, byte[] body) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(body, "body");
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("a signing secret is not empty");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
