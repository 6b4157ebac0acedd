package dev.interop.shared.application.port;

/**
 * The only source of secrets (R2): each call answers a new secret string carrying at least 256 bits from a
 * cryptographically secure generator. Used for interoperability tokens, customer tokens and API keys. The caller
 * shows it once and stores only its hash.
 */
@FunctionalInterface
public interface TokenGenerator {

    /** A fresh secret, prefixed with {@code prefix} (e.g. {@code krn:network:eu1:test:session-token:}). */
    String newSecret(String prefix);
}
