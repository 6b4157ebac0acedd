package dev.interop.shared.application.system;

import dev.interop.shared.application.port.TokenGenerator;
import java.security.SecureRandom;
import java.util.Base64;

/** 32 bytes (256 bits) from {@link SecureRandom}, base64url without padding, after the prefix (R2). */
public final class SecureTokenGenerator implements TokenGenerator {

    private static final int BYTES = 32;
    private final SecureRandom random = new SecureRandom();

    @Override
    public String newSecret(String prefix) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
