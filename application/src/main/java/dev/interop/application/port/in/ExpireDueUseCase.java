package dev.interop.application.port.in;

/**
 * The sweeper's use case: expires due customer sessions (R6), Payment Requests (notifying the AP), checkout sessions,
 * and purges idempotency keys past retention (R13). Each item expires in its own unit of work, so one conflict does
 * not undo the batch; an item changed concurrently is simply left for the next sweep.
 */
public interface ExpireDueUseCase {

    Result expireDue(ExpireDueCommand command);

    record Result(int customerSessions, int paymentRequests, int checkoutSessions, int idempotencyKeys) {
        public int total() {
            return customerSessions + paymentRequests + checkoutSessions + idempotencyKeys;
        }
    }
}
