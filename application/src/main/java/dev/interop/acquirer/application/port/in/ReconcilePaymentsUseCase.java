package dev.interop.acquirer.application.port.in;

/**
 * The reconciler (R17): for each payment not settled yet, asks Klarna again — never a second operation.
 * <ul>
 *   <li>ERRORED (outcome unknown), or AUTHORIZING for longer than {@code settleAfter} (the instance stopped
 *       mid-call): the authorization is sent again with the payment's own idempotency key, and Klarna's answer (the
 *       first one, replayed) is recorded;</li>
 *   <li>REQUIRES_CUSTOMER_ACTION for longer than {@code settleAfter}: the Payment Request is read, and a final state
 *       is handled as its notification would have been (the notification may have been lost).</li>
 * </ul>
 * Scheduled in the server and callable by an embedder. Safe on several instances at once: optimistic versions
 * let one recording win.
 */
public interface ReconcilePaymentsUseCase {

    Result reconcile(ReconcilePaymentsCommand command);

    /** How many payments were looked at, reached a final state, or are still unsettled after this run. */
    record Result(int examined, int settled, int unsettled) {
    }
}
