package dev.interop.acquirer.application.system;

import dev.interop.acquirer.application.port.out.SecretSealer;
import dev.interop.shared.token.InteroperabilityToken;
import dev.interop.acquirer.domain.token.SealedToken;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per seal; the ciphertext is {@code base64(nonce || ciphertext+tag)} in
 * standard, padded base64, the form {@link SealedToken} requires.
 * The token's hash rides along, so a sealed token can be matched without opening it. The key must be 32 bytes and
 * must survive restarts for sealed tokens to stay usable (the server keeps it in its data directory or takes
 * {@code INTEROP_SEALING_KEY}).
 */
public final class AesGcmSecretSealer implements SecretSealer {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public AesGcmSecretSealer(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length != 32) {
            throw new IllegalArgumentException("an AES-256 key has 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** A sealer with a fresh random key: tokens sealed by it die with the process (in-memory engines, tests). */
    public static AesGcmSecretSealer withRandomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new AesGcmSecretSealer(key);
    }

    @Override
    public SealedToken seal(InteroperabilityToken token) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(token.reveal().getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return SealedToken.of(Base64.getEncoder().encodeToString(out), token.hash());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    @Override
    public InteroperabilityToken open(SealedToken sealed) {
        byte[] in = Base64.getDecoder().decode(sealed.ciphertext());
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return InteroperabilityToken.of(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed token could not be opened: wrong key or tampered data", e);
        }
    }
}
