package dev.interop.adapters.jdbc;

import dev.interop.shared.application.port.StoredEvent;
import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.shared.application.port.EventStore;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * {@link EventStore} on {@code events}, primary key {@code (aggregate_id, sequence)}. An append is atomic (the whole
 * batch or nothing) and joins the current unit of work. Each event must follow the aggregate's last sequence exactly:
 * a sequence that exists already (the primary key, whichever of two racing writers comes second) or one that would
 * leave a gap is a {@link ConcurrentUpdateException}. Instants are kept to the microsecond.
 */
public final class JdbiEventStore implements EventStore {

    private final JdbiTransactions transactions;
    private final String table;

    /** The store on {@code table} (a context's own: {@code ap_events} or {@code klarna_events}). */
    public JdbiEventStore(JdbiTransactions transactions, String table) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.table = Objects.requireNonNull(table, "table");
        if (!table.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
    }

    @Override
    public void append(List<StoredEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        transactions.write(handle -> {
            Map<String, Long> last = HashMap.empty();
            for (StoredEvent event : events) {
                long previous = last.get(event.aggregateId()).getOrElse(() -> lastSequence(handle,
                        event.aggregateId()));
                if (event.sequence() != previous + 1) {
                    throw new ConcurrentUpdateException("event " + event.sequence() + " of " + event.aggregateId()
                            + " does not follow " + previous);
                }
                SqlErrors.uniqueAsConflict("event " + event.sequence() + " of " + event.aggregateId()
                                + " was appended concurrently",
                        () -> handle.createUpdate("INSERT INTO " + table
                                        + " (aggregate_type, aggregate_id, sequence, event_type, occurred_at, payload)"
                                        + " VALUES (:type, :id, :sequence, :eventType, :at, :payload)")
                                .bind("type", event.aggregateType()).bind("id", event.aggregateId())
                                .bind("sequence", event.sequence()).bind("eventType", event.type())
                                .bind("at", event.occurredAt()).bind("payload", event.payload()).execute());
                last = last.put(event.aggregateId(), event.sequence());
            }
            return null;
        });
    }

    private long lastSequence(Handle handle, String aggregateId) {
        return handle.createQuery("SELECT COALESCE(MAX(sequence), 0) FROM " + table + " WHERE aggregate_id = :id")
                .bind("id", aggregateId).mapTo(Long.class).one();
    }

    @Override
    public void removeTimeline(String aggregateId) {
        transactions.write(handle -> handle.createUpdate("DELETE FROM " + table + " WHERE aggregate_id = :id")
                .bind("id", aggregateId).execute());
    }

    @Override
    public List<StoredEvent> timeline(String aggregateId) {
        return transactions.read(handle -> List.ofAll(handle.createQuery(
                        "SELECT aggregate_type, aggregate_id, sequence, event_type, occurred_at, payload FROM " + table
                                + " WHERE aggregate_id = :id ORDER BY sequence")
                .bind("id", aggregateId)
                .map((rs, ctx) -> new StoredEvent(rs.getString("aggregate_type"), rs.getString("aggregate_id"),
                        rs.getLong("sequence"), rs.getString("event_type"), Rows.instant(rs, "occurred_at"),
                        rs.getString("payload")))
                .list()));
    }
}
