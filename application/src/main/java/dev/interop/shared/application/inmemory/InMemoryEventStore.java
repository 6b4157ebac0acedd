package dev.interop.shared.application.inmemory;

import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.shared.application.port.EventStore;
import dev.interop.shared.application.port.StoredEvent;
import io.vavr.collection.List;

/** {@link EventStore} on an {@link InMemoryDatabase}: a sequence that exists already is a conflict, never a gap. */
public final class InMemoryEventStore implements EventStore {

    private final InMemoryDatabase db;
    private final InMemoryDatabase.Table<String, List<StoredEvent>> timelines;

    public InMemoryEventStore(InMemoryDatabase db) {
        this.db = db;
        this.timelines = db.table("events");
    }

    @Override
    public void append(List<StoredEvent> events) {
        db.inTransaction(() -> {
            for (StoredEvent event : events) {
                List<StoredEvent> timeline = timelines.get(event.aggregateId()).getOrElse(List.empty());
                long expected = timeline.size() + 1L;
                if (event.sequence() != expected) {
                    throw new ConcurrentUpdateException("event " + event.sequence() + " of " + event.aggregateId()
                            + " does not follow " + timeline.size());
                }
                timelines.put(event.aggregateId(), timeline.append(event));
            }
            return null;
        });
    }

    @Override
    public void removeTimeline(String aggregateId) {
        db.inTransaction(() -> {
            timelines.remove(aggregateId);
            return null;
        });
    }

    @Override
    public List<StoredEvent> timeline(String aggregateId) {
        return timelines.get(aggregateId).getOrElse(List.empty());
    }
}
