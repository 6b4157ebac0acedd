package dev.interop.shared.application.service;

import dev.interop.shared.application.port.StoredEvent;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.domain.DomainEvent;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.domain.Versioned;
import io.vavr.collection.List;
import java.time.Instant;
import java.util.Objects;

/**
 * Appends a transition's events to the timeline (R15) with the aggregate's own sequence numbers: the events of a
 * transition to an aggregate with {@code eventCount = n} that emitted {@code k} events get {@code n-k+1 .. n}.
 * Payloads are the events' fields as JSON ({@link EventPayloads}); events carry no secret by the domain's design.
 * An event's time is the one the domain gave it ({@code at}/{@code occurredAt}), else the clock's at append.
 */
public final class EventRecorder {

    private final EventStore store;
    private final Clock clock;

    public EventRecorder(EventStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    public <A extends Versioned> A record(String aggregateType, String aggregateId, Transition<A> transition) {
        Instant now = clock.now();
        List<DomainEvent> events = transition.events();
        long first = transition.next().eventCount() - events.size() + 1;
        store.append(events.zipWithIndex().map(pair -> new StoredEvent(aggregateType, aggregateId,
                first + pair._2, pair._1.type(), EventPayloads.occurredAt(pair._1).orElse(now),
                EventPayloads.toJson(pair._1))));
        return transition.next();
    }

    /** Appends {@code event} as the first (and only) event of a write-once aggregate (version 1, one event). */
    public void recordCreation(String aggregateType, String aggregateId, DomainEvent event) {
        record(aggregateType, aggregateId, Transition.of(new Created(), event));
    }

    /** A write-once aggregate right after its creation: version 1, one event. */
    private record Created() implements Versioned {
        @Override
        public long version() {
            return 1;
        }

        @Override
        public long eventCount() {
            return 1;
        }
    }
}
