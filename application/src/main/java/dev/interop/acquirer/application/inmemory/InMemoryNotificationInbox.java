package dev.interop.acquirer.application.inmemory;

import dev.interop.acquirer.application.port.out.NotificationInbox;
import dev.interop.shared.application.inmemory.InMemoryDatabase;
import java.time.Instant;

/** The notification inbox in memory. */
public final class InMemoryNotificationInbox implements NotificationInbox {

    private final InMemoryDatabase db;
    private final InMemoryDatabase.Table<String, Instant> seen;

    public InMemoryNotificationInbox(InMemoryDatabase db) {
        this.db = db;
        this.seen = db.table("ap_klarna_notifications");
    }

    @Override
    public boolean markSeen(String eventId, Instant receivedAt) {
        return db.inTransaction(() -> {
            if (seen.get(eventId).isDefined()) {
                return false;
            }
            seen.insert(eventId, receivedAt);
            return true;
        });
    }

    @Override
    public int purgeBefore(Instant before, int limit) {
        return db.inTransaction(() -> {
            var old = seen.rows().filter(row -> row._2().isBefore(before)).take(limit).map(row -> row._1());
            old.forEach(seen::remove);
            return old.size();
        });
    }
}
