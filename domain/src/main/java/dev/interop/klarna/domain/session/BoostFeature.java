package dev.interop.klarna.domain.session;

/**
 * The Klarna Boost features (and marketing entry points) a customer can meet; each can start a customer session and
 * each interaction is recorded as a {@link TouchPoint}.
 */
public enum BoostFeature {
    /** On-site messaging: pre-qualification before checkout. */
    ON_SITE_MESSAGING,
    /** Sign in with Klarna: an earlier login that yields a customer token. */
    SIGN_IN_WITH_KLARNA,
    /** Express checkout, one-step or multi-step. */
    EXPRESS_CHECKOUT,
    /** Marketing entry points such as affiliation and price comparison search. */
    MARKETING
}
