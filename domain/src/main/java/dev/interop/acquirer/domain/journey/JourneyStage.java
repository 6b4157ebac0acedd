package dev.interop.acquirer.domain.journey;

/**
 * Where a customer is in a journey, from the Boost feature on Klarna's side to the authorization outcome at the
 * Acquiring Partner. One enum serves every journey; each journey's table ({@link Journeys#table}) uses the stages
 * that belong to it. Final stages: {@link #AUTHORIZED}, {@link #DECLINED}, {@link #ABANDONED}.
 */
public enum JourneyStage {
    /** Pre-qualification starts: an on-site message invites the customer to check their eligibility. */
    ON_SITE_MESSAGE,
    /** Klarna pre-qualified the customer (purchase power known); the Acquiring Partner will highlight Klarna. */
    PRE_QUALIFIED,
    /** Klarna did not pre-qualify the customer; the session still travels to checkout. */
    NOT_PRE_QUALIFIED,
    /** Sign in with Klarna starts: the Partner shows the sign-in button. */
    SIGN_IN_BUTTON,
    /** The customer signed in; the Partner holds a customer token. */
    SIGNED_IN,
    /** The Partner exchanged the customer token for an interoperability token. */
    TOKEN_ISSUED,
    /** Express checkout starts: the Partner shows the express button. */
    EXPRESS_BUTTON,
    /** The customer is in Klarna's purchase journey (the Payment Request is in progress). */
    PURCHASE_JOURNEY,
    /** One-step express: the customer approved the purchase; a fresh token waits to be authorized. */
    CUSTOMER_APPROVED,
    /** Multi-step express: step one is done, Klarna holds a prepared payment (status {@code PAYMENT_PREPARED}). */
    PAYMENT_PREPARED,
    /** Multi-step express: the AP checkout session exists (with the token) and the customer reviews the order. */
    REVIEW_SCREEN,
    /** A checkout without any Boost feature: the customer is at the Partner's checkout. */
    CHECKOUT,
    /** The Partner opened a checkout session with the Acquiring Partner. */
    CHECKOUT_SESSION_OPEN,
    /** The Acquiring Partner showed the payment methods following Klarna's presentation instruction. */
    PAYMENT_METHODS_PRESENTED,
    /** The Partner submitted the payment; the Acquiring Partner asks Klarna to authorize it. */
    AUTHORIZING,
    /** Multi-step express: the Partner registered the payment requesting finalization; final authorization runs. */
    FINALIZING,
    /** Klarna asked for a step-up: the customer goes through Klarna's purchase journey again. */
    STEP_UP,
    /** Klarna approved: a payment transaction exists. Final. */
    AUTHORIZED,
    /** Klarna (or the customer in the purchase journey) declined. Final. */
    DECLINED,
    /** The customer left before paying, or the session expired. Final. */
    ABANDONED
}
