package dev.interop.shared.network;

/** How a Partner is integrated with its Acquiring Partner. */
public enum IntegrationType {
    /** The Partner's server talks to the Acquiring Partner's API; the only type that can offer one-step express. */
    SERVER_SIDE_ONLY,
    /** Hosted checkout pages and embedded elements of the Acquiring Partner. */
    HOSTED_CHECKOUT
}
