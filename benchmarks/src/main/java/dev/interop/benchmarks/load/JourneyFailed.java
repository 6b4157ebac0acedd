package dev.interop.benchmarks.load;

/** A request of a journey got an answer the journey cannot go on with; the journey counts as failed. */
public final class JourneyFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JourneyFailed(String message) {
        super(message, null, false, false);
    }
}
