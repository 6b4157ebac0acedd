package dev.interop.acquirer.application.port.out;

import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.shared.token.TokenHash;
import java.time.Instant;
import java.util.Objects;

/** A Partner as stored: its profile and the hash of its API key (R2: the key itself is shown once, never kept). */
public record PartnerAccount(PartnerProfile profile, TokenHash apiKeyHash, Instant createdAt) {

    public PartnerAccount {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(apiKeyHash, "apiKeyHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
