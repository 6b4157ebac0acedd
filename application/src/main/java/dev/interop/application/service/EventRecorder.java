package dev.interop.application.service;

import dev.interop.application.port.StoredEvent;
import dev.interop.application.port.out.Clock;
import dev.interop.application.port.out.EventStore;
import dev.interop.domain.shared.DomainEvent;
import dev.interop.domain.shared.Transition;
import dev.interop.domain.shared.Versioned;
import io.vavr.collection.List;
import java.time.Instant;
import java.util.Objects;

/**
 * Appends a transition's events to the timeline (R15) with the aggregate's own sequence numbers: the events of a
 * transition to an aggregate with {@code eventCount = n} that emitted {@code k} events get {@code n-k+1 .. n}.
 * Payloads are the events' fields as JSON ({@link EventPayloads}); events carry no secret by the domain's design.
 * An event's time is the one the domain gave it ({@code at}/{@code occurredAt}), else the clock's at append.
 */
final class EventRecorder {

    private final EventStore store;
    private final Clock clock;

    EventRecorder(EventStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    <A extends Versioned> A record(String aggregateType, String aggregateId, Transition<A> transition) {
        Instant now = clock.now();
        List<DomainEvent> events = transition.events();
        long first = transition.next().eventCount() - events.size() + 1;
        store.append(events.zipWithIndex().map(pair -> new StoredEvent(aggregateType, aggregateId,
                first + pair._2, pair._1.type(), EventPayloads.occurredAt(pair._1).orElse(now),
                EventPayloads.toJson(pair._1))));
        return transition.next();
    }
}
