package dev.interop.klarna.application.port.in;

/** Operations: one sweep of Klarna's due customer sessions and Payment Requests, at most {@code batchSize} of each. */
public record ExpireDueCommand(int batchSize) {

    public ExpireDueCommand {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize is 1..10000");
        }
    }
}
