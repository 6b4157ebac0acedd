package dev.interop.bootstrap;

import dev.interop.shared.application.system.SecureTokenGenerator;
import dev.interop.shared.token.TokenHash;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * An operator credential (the admin key, the Klarna sandbox API key) checked by hash only (R2): taken from its
 * environment variable, or generated at first start, printed once to the console, and kept as a SHA-256 hash in the
 * data directory so later starts accept the same key without ever storing it.
 */
public final class OperatorKey {

    private final TokenHash hash;

    private OperatorKey(TokenHash hash) {
        this.hash = hash;
    }

    public static OperatorKey of(String key) {
        return new OperatorKey(TokenHash.of(key));
    }

    /**
     * The configured key, else the one generated earlier (its hash file), else a new one, printed to {@code console}
     * with {@code variable} named so the operator knows how to pin it.
     */
    public static OperatorKey resolve(Optional<String> configured, Path dataDir, String name, String variable,
            String prefix, PrintStream console) {
        if (configured.isPresent()) {
            return of(configured.get());
        }
        Path file = dataDir.resolve(name + ".sha256");
        try {
            if (Files.exists(file)) {
                return new OperatorKey(TokenHash.fromHex(Files.readString(file, StandardCharsets.US_ASCII).trim()));
            }
            Files.createDirectories(dataDir);
            String key = new SecureTokenGenerator().newSecret(prefix);
            OperatorKey generated = of(key);
            Files.writeString(file, generated.hash.hex() + "\n", StandardCharsets.US_ASCII);
            restrict(file);
            console.println("Generated " + name + " (shown once; set " + variable + " to choose your own): " + key);
            return generated;
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep the " + name + " hash in " + dataDir, e);
        }
    }

    /** Constant-time check of a presented key. */
    public boolean matches(String presented) {
        return presented != null && TokenHash.of(presented).equals(hash);
    }

    static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // Not a POSIX file system: the data directory's own permissions protect it.
        }
    }

    @Override
    public String toString() {
        return "OperatorKey[…]";
    }
}
