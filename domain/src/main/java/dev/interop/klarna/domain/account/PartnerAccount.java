package dev.interop.klarna.domain.account;

import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;

/**
 * A Partner as Klarna knows it: the account an Acquiring Partner onboarded, its public client id (what the Partner's
 * pages give Klarna's SDK), and the integration facts Klarna's journeys depend on. Klarna's side never sees the
 * Acquiring Partner's own partner ids or API keys.
 *
 * {@code reference} is the Acquiring Partner's own name for the Partner (unique per Acquiring Partner), which makes
 * onboarding idempotent.
 *
 * <p>Invariants: every field present; the name has 1..200 characters and is not blank.
 */
public record PartnerAccount(PartnerAccountId id, KlarnaClientId clientId, String reference, String name,
        IntegrationType integrationType, boolean dynamicShipping, Instant createdAt) {

    public PartnerAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(integrationType, "integrationType");
        Objects.requireNonNull(createdAt, "createdAt");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a partner name has 1..200 characters");
        }
    }

    /** R8: one-step express checkout needs a server-side-only integration that supports dynamic shipping. */
    public boolean supportsOneStepExpress() {
        return integrationType == IntegrationType.SERVER_SIDE_ONLY && dynamicShipping;
    }

    /**
     * R8 as a check: one-step express checkout for a Partner that may not offer it is rejected with a reason that
     * points to the multi-step journey.
     */
    public Either<Rejection, PartnerAccount> requireOneStepExpress() {
        if (supportsOneStepExpress()) {
            return Either.right(this);
        }
        return Either.left(Rejection.of(KlarnaRejection.ONE_STEP_EXPRESS_NOT_AVAILABLE,
                "one-step express checkout needs a SERVER_SIDE_ONLY integration that supports dynamic shipping, but "
                        + "partner account " + id + " has " + integrationType
                        + (dynamicShipping ? " with" : " without") + " dynamic shipping; use the multi-step "
                        + "express checkout with a review screen (EXPRESS_CHECKOUT_MULTI_STEP) instead, which every "
                        + "partner can offer"));
    }
}
