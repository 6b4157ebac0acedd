package dev.interop.acquirer.application.port.out;

import io.vavr.control.Option;

/**
 * The Acquiring Partner's key ring for Klarna's notification signatures (R18): the signing secret Klarna gave for
 * each signing key id, so that a notification verifies only with a current key of its own id. Several keys may be
 * current at once (a rotation keeps the previous key until the Acquiring Partner drops it). Implementations are
 * thread-safe and never log a secret.
 */
@FunctionalInterface
public interface NotificationKeys {

    /** The secret of {@code keyId}; none for an unknown or dropped key id. */
    Option<String> secretFor(String keyId);
}
