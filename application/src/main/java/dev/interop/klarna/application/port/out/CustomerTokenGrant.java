package dev.interop.klarna.application.port.out;

import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.session.CustomerIdentity;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer token that Sign in with Klarna issued to a Partner: who the customer is and with which scopes. Found by
 * the token's hash ({@code identity.customerTokenHash()}); customer tokens do not expire.
 */
public record CustomerTokenGrant(PartnerAccountId partner, CustomerIdentity identity, Instant issuedAt) {

    public CustomerTokenGrant {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
