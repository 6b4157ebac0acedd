package dev.interop.shared.domain;

/**
 * Something that happened to one aggregate. Events are facts: immutable, named in the past tense, carrying only
 * what a reader of the timeline (R15) needs. {@link #type()} is the stable, machine-readable name written to the
 * event store, in {@code dot.case}, such as {@code payment_request.completed}.
 */
public interface DomainEvent {

    String type();
}
