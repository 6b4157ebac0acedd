package dev.interop.acquirer.domain.journey;

/** What moves a journey from one {@link JourneyStage} to the next; which actions a stage accepts is in its table. */
public enum JourneyAction {
    /** The customer checks their eligibility in an on-site message (pre-qualification). */
    CHECK_ELIGIBILITY,
    /** The customer signs in with Klarna. */
    SIGN_IN,
    /** The Partner exchanges the customer token for an interoperability token. */
    EXCHANGE_CUSTOMER_TOKEN,
    /** The customer clicks the express button (intent {@code AUTHORIZATION} one-step, {@code PREPARATION} multi). */
    CLICK_EXPRESS_BUTTON,
    /** The customer changes shipping address or option; the totals change or the change is rejected. */
    CHANGE_SHIPPING,
    /** One-step express: the customer approves the purchase in Klarna's purchase journey. */
    APPROVE_PURCHASE,
    /** Multi-step express: the customer finishes step one; Klarna prepares the payment. */
    PREPARE_PAYMENT,
    /** The Partner opens a checkout session with the Acquiring Partner ({@code POST /v1/checkout-sessions}). */
    OPEN_CHECKOUT_SESSION,
    /** The Acquiring Partner presents the payment methods ({@code POST /v1/payment-methods}). */
    PRESENT_PAYMENT_METHODS,
    /** The Partner submits the payment with the data points ({@code POST /v1/payments}). */
    SUBMIT_PAYMENT,
    /** Multi-step express: the Partner registers the payment requesting finalization. */
    REGISTER_PAYMENT_FOR_FINALIZATION,
    /** Klarna approves the authorization. */
    AUTHORIZE,
    /** Klarna answers that the customer must step up. */
    REQUIRE_STEP_UP,
    /** The customer completes the step-up and the payment is authorized. */
    COMPLETE_STEP_UP,
    /** The step-up ends without an authorization (declined, canceled or expired). */
    FAIL_STEP_UP,
    /** Klarna declines. */
    DECLINE,
    /** The customer leaves, or the session expires, before a payment is submitted. */
    ABANDON
}
