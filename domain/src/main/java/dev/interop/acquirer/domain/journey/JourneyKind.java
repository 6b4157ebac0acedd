package dev.interop.acquirer.domain.journey;

import dev.interop.shared.network.KlarnaSessionHint;

/**
 * Which journey a checkout session or payment belongs to. Decided by the Acquiring Partner from what Klarna tells it
 * about the customer session behind the token ({@link Journeys#kindFor}), or {@link #STANDARD} when
 * there is no token.
 */
public enum JourneyKind {
    /** On-site messaging: the customer checked their eligibility before checkout (journey 1). */
    PRE_QUALIFICATION,
    /** Sign in with Klarna: the customer logged in earlier and the Partner holds a token for them (journey 2). */
    SIGN_IN_WITH_KLARNA,
    /**
     * Express checkout in one step (intent {@code AUTHORIZATION}): only for a {@code SERVER_SIDE_ONLY} Partner that
     * supports dynamic shipping (journey 3, R8).
     */
    EXPRESS_CHECKOUT_ONE_STEP,
    /**
     * Express checkout with a review screen (intent {@code PREPARATION}), open to every Partner; the payment is
     * registered for finalization (journey 4, R9, R10).
     */
    EXPRESS_CHECKOUT_MULTI_STEP,
    /**
     * A payment outside the Boost journeys: no token, or a token whose session Klarna does not support for payment
     * or that only came from a marketing entry point.
     */
    STANDARD;

    /** Whether this journey is one of Klarna's express checkout journeys. */
    public boolean isExpress() {
        return this == EXPRESS_CHECKOUT_ONE_STEP || this == EXPRESS_CHECKOUT_MULTI_STEP;
    }
}
