package dev.interop.shared.domain;

/**
 * An aggregate with an optimistic-locking version (R14) and a count of the events it has emitted, so that event
 * sequence numbers are per aggregate, start at 1 and never repeat (R15).
 * Invariant: {@code version() >= 0}, {@code eventCount() >= 0}; each accepted transition increments the version
 * by exactly one and the event count by the number of events it emitted.
 */
public interface Versioned {

    /** The version this state was loaded at (0 for an aggregate never stored). */
    long version();

    /** How many events the aggregate has emitted before this state; the next event gets {@code eventCount() + 1}. */
    long eventCount();
}
