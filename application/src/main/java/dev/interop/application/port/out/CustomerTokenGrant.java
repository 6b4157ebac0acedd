package dev.interop.application.port.out;

import dev.interop.domain.partner.PartnerId;
import dev.interop.domain.session.CustomerIdentity;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer token that Sign in with Klarna issued to a Partner: who the customer is and with which scopes. Found by
 * the token's hash ({@code identity.customerTokenHash()}); customer tokens do not expire.
 */
public record CustomerTokenGrant(PartnerId partner, CustomerIdentity identity, Instant issuedAt) {

    public CustomerTokenGrant {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
