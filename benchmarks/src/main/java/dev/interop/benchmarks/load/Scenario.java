package dev.interop.benchmarks.load;

/**
 * What one virtual customer does again and again: a whole journey (or a single request for the baselines). A
 * scenario is prepared once ({@link #prepare}, e.g. creating its Partner through the admin API) and then run by
 * several threads at once, so {@link #run} must only read what {@code prepare} set.
 */
public interface Scenario {

    /** A short name for reports. */
    String name();

    /** The requests one successful run sends. */
    int requestsPerJourney();

    /** Set-up before any run; nothing it sends is recorded. */
    void prepare(HttpDriver setup);

    /**
     * One journey as customer {@code customer} (0..N-1), its {@code iteration}-th; throws {@link JourneyFailed} when
     * an answer does not let it go on.
     */
    void run(HttpDriver http, int customer, long iteration);
}
