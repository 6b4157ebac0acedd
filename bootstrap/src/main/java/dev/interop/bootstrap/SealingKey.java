package dev.interop.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The AES-256 key that seals the tokens the Acquiring Partner keeps for finalization. It must outlive restarts and be
 * the same on every instance sharing a database: take it from {@code INTEROP_SEALING_KEY} (base64 of 32 bytes) in a
 * cluster; a single server generates one into its data directory (file mode 600) at first start.
 */
final class SealingKey {

    private SealingKey() {
    }

    static byte[] resolve(Optional<String> configured, Path dataDir) {
        if (configured.isPresent()) {
            return decode(configured.get(), "INTEROP_SEALING_KEY");
        }
        Path file = dataDir.resolve("sealing.key");
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file).trim(), file.toString());
            }
            Files.createDirectories(dataDir);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
            OperatorKey.restrict(file);
            return key;
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep the sealing key in " + dataDir, e);
        }
    }

    private static byte[] decode(String base64, String source) {
        try {
            byte[] key = Base64.getDecoder().decode(base64);
            if (key.length != 32) {
                throw new IllegalArgumentException(source + " must be base64 of exactly 32 bytes");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " must be base64 of exactly 32 bytes", e);
        }
    }
}
