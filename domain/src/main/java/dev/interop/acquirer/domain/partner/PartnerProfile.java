package dev.interop.acquirer.domain.partner;

import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;

import java.util.Objects;

/**
 * A Partner as the engine needs to know it. Invariant: every part present; the name is 1..200 characters.
 *
 * @param dynamicShipping whether the Partner's server-side integration answers shipping address and option changes
 *                        (needed, with {@link IntegrationType#SERVER_SIDE_ONLY}, for one-step express checkout, R8)
 */
public record PartnerProfile(PartnerId id, String name, IntegrationType integrationType, boolean dynamicShipping,
        KlarnaClientId klarnaClientId, PartnerAccountId klarnaAccountId) {

    public PartnerProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(integrationType, "integrationType");
        Objects.requireNonNull(klarnaClientId, "klarnaClientId");
        Objects.requireNonNull(klarnaAccountId, "klarnaAccountId");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a partner name has 1..200 characters");
        }
    }

    /** R8: one-step express checkout needs a server-side-only integration that supports dynamic shipping. */
    public boolean supportsOneStepExpress() {
        return integrationType == IntegrationType.SERVER_SIDE_ONLY && dynamicShipping;
    }
}
