package dev.interop.acquirer.application.port.in;

/**
 * Operations on the Acquiring Partner's side: expires checkout sessions whose time ran out and purges idempotency
 * keys past their retention (R13).
 */
public interface ExpireDueUseCase {

    Result expireDue(ExpireDueCommand command);

    /** How many of each expired or were purged in this sweep. */
    record Result(int checkoutSessions, int idempotencyKeys) {
        public int total() {
            return checkoutSessions + idempotencyKeys;
        }
    }
}
