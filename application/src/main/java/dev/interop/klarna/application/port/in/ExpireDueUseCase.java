package dev.interop.klarna.application.port.in;

/**
 * Operations on Klarna's side: expires customer sessions (R6) and Payment Requests whose time ran out; the Acquiring
 * Partner is notified of each expired request.
 */
public interface ExpireDueUseCase {

    Result expireDue(ExpireDueCommand command);

    /** How many of each expired in this sweep. */
    record Result(int customerSessions, int paymentRequests) {
        public int total() {
            return customerSessions + paymentRequests;
        }
    }
}
