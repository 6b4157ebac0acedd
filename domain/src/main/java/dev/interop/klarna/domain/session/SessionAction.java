package dev.interop.klarna.domain.session;

/** The commands a customer session accepts, one per transition method of {@link CustomerSession}. */
public enum SessionAction {
    /** On-site messaging answered a pre-qualification ({@link CustomerSession#prequalify}). */
    PREQUALIFY,
    /** The customer signed in with Klarna ({@link CustomerSession#signIn}). */
    SIGN_IN,
    /** Express checkout step one prepared a payment ({@link CustomerSession#prepare}). */
    PREPARE,
    /** A Payment Request completed: the customer approved ({@link CustomerSession#approve}). */
    APPROVE,
    /** The customer met a Boost feature again ({@link CustomerSession#touch}). */
    TOUCH,
    /** A payment transaction was created from the session (R5, {@link CustomerSession#consume}). */
    CONSUME,
    /** The session reached its end of life (R6, {@link CustomerSession#expire}). */
    EXPIRE
}
