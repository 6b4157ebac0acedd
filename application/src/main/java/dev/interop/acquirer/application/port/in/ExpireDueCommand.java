package dev.interop.acquirer.application.port.in;

/** One sweep: expire at most {@code batchSize} due items of each kind. Invariant: batchSize in 1..10000. */
public record ExpireDueCommand(int batchSize) {

    public ExpireDueCommand {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize is 1..10000");
        }
    }
}
