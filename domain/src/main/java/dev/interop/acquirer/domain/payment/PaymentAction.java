package dev.interop.acquirer.domain.payment;

/** The commands of a {@link Payment}, as they appear in {@link Payment#TABLE}. */
public enum PaymentAction {
    /** Klarna approved: a payment transaction exists ({@link RemoteOutcome.Succeeded}). */
    RECORD_SUCCEEDED,
    /** Klarna declined ({@link RemoteOutcome.Rejected}). */
    RECORD_REJECTED,
    /** Klarna asked for a step-up through a Payment Request ({@link RemoteOutcome.Pending}). */
    RECORD_PENDING,
    /** The call's outcome is unknown ({@link RemoteOutcome.Errored}). */
    RECORD_ERRORED,
    /** The customer completed the step-up: the final authorization with the fresh token follows. */
    COMPLETE_STEP_UP,
    /** The step-up ended without authorization (declined, canceled, expired). */
    FAIL_STEP_UP,
    /** Authorize again after an unknown outcome. */
    RETRY
}
