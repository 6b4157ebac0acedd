package dev.interop.acquirer.application.port.out;

import dev.interop.shared.token.InteroperabilityToken;
import dev.interop.acquirer.domain.token.SealedToken;

/**
 * Encrypts tokens the Acquiring Partner must keep to forward later byte for byte (KEC multi-step finalization), so
 * no token is ever at rest in plain text (R2). {@code open(seal(t))} equals {@code t}.
 */
public interface SecretSealer {

    SealedToken seal(InteroperabilityToken token);

    InteroperabilityToken open(SealedToken sealed);
}
