package dev.interop.shared.application.port;

import dev.interop.shared.application.port.StoredEvent;
import io.vavr.collection.List;

/**
 * The append-only timeline of every aggregate (R15). {@link #append} joins the current unit of work; appending a
 * sequence number that already exists for the aggregate throws {@link ConcurrentUpdateException}, so a race can
 * never produce a gap or a duplicate.
 */
public interface EventStore {

    void append(List<StoredEvent> events);

    /** The aggregate's events in sequence order; empty for an unknown aggregate. */
    List<StoredEvent> timeline(String aggregateId);

    /**
     * Removes an aggregate's whole timeline, joining the current unit of work: only to undo an aggregate whose
     * creation is itself undone (a payment Klarna refused, which never happened), never to edit history.
     */
    void removeTimeline(String aggregateId);
}
