package dev.interop.shared.domain;

import io.vavr.collection.List;
import java.util.Objects;

/**
 * The result of an accepted command: the aggregate's next state and the events the change emitted, in order.
 * An accepted command always emits at least one event, so every state change is on the timeline (R15).
 *
 * @param <A> the aggregate type
 */
public record Transition<A>(A next, List<DomainEvent> events) {

    public Transition {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(events, "events");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a transition emits at least one event");
        }
    }

    public static <A> Transition<A> of(A next, DomainEvent first, DomainEvent... more) {
        return new Transition<>(next, List.of(more).prepend(first));
    }
}
