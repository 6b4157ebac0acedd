package dev.interop.acquirer.application.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * Operations: settle payments whose outcome is unknown or overdue. {@code settleAfter} is how long a payment may be
 * AUTHORIZING or wait for the customer before Klarna is asked (a call in flight is not disturbed); at most
 * {@code batchSize} payments per run.
 */
public record ReconcilePaymentsCommand(int batchSize, Duration settleAfter) {

    public ReconcilePaymentsCommand {
        Objects.requireNonNull(settleAfter, "settleAfter");
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize is 1..10000");
        }
        if (settleAfter.isNegative()) {
            throw new IllegalArgumentException("settleAfter is never negative");
        }
    }
}
