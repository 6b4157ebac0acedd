package dev.interop.shared.network;

/**
 * The Boost feature (or marketing entry point) that started the customer session behind a token, as Klarna tells
 * the Acquiring Partner. The names mirror Klarna's Boost features; the Acquiring Partner's own view, independent of
 * how the Klarna side models its sessions.
 */
public enum KlarnaSessionOrigin {
    /** On-site messaging: pre-qualification before checkout. */
    ON_SITE_MESSAGING,
    /** Sign in with Klarna: a customer token exchanged for an interoperability token. */
    SIGN_IN_WITH_KLARNA,
    /** Express checkout, one-step or multi-step (told apart by the status). */
    EXPRESS_CHECKOUT,
    /** A marketing entry point (affiliation, price comparison search). */
    MARKETING
}
