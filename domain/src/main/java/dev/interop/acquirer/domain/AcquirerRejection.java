package dev.interop.acquirer.domain;

import dev.interop.shared.domain.RejectionCode;

/**
 * The Acquiring Partner's own reasons for refusing a command: its checkout sessions, journeys and payments. Shared
 * reasons are {@link dev.interop.shared.domain.CommonRejection}s; refusals learned from Klarna arrive as
 * {@link dev.interop.shared.network.KlarnaErrorCode}s. Some names equal Klarna's (the AP checks one-step express for
 * its own journey, its checkout sessions expire and end); they are separate codes of separate types.
 */
public enum AcquirerRejection implements RejectionCode {
    // Checkout sessions.
    SESSION_EXPIRED(Category.STATE),
    SESSION_ENDED(Category.STATE),
    CHECKOUT_SESSION_OF_ANOTHER_PARTNER(Category.FORBIDDEN),

    // Journeys (R8, R9, R10).
    ONE_STEP_EXPRESS_NOT_AVAILABLE(Category.STATE),
    FINALIZATION_REQUIRES_CHECKOUT_SESSION(Category.STATE),
    FINALIZATION_REQUIRES_TOKEN(Category.STATE),
    AMOUNT_EXCEEDS_APPROVED(Category.STATE);

    private final Category category;

    AcquirerRejection(Category category) {
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
