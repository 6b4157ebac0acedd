package dev.interop.adapters.jdbc;

import dev.interop.acquirer.application.port.out.NotificationInbox;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The notification inbox in {@code ap_klarna_notifications}. A second delivery finds its event id and writes nothing;
 * two deliveries racing for the same id meet the primary key, and the loser's unit of work fails with a conflict
 * (Klarna retries it, and the retry finds the id).
 */
public final class JdbiNotificationInbox implements NotificationInbox {

    private final JdbiTransactions transactions;

    public JdbiNotificationInbox(JdbiTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public boolean markSeen(String eventId, Instant receivedAt) {
        return transactions.write(handle -> {
            boolean seen = handle.createQuery("SELECT COUNT(*) FROM ap_klarna_notifications WHERE event_id = :id")
                    .bind("id", eventId).mapTo(Long.class).one() > 0;
            if (seen) {
                return false;
            }
            SqlErrors.uniqueAsConflict("notification " + eventId + " is being handled concurrently",
                    () -> handle.createUpdate("INSERT INTO ap_klarna_notifications (event_id, received_at)"
                            + " VALUES (:id, :at)").bind("id", eventId).bind("at", receivedAt).execute());
            return true;
        });
    }

    @Override
    public int purgeBefore(Instant before, int limit) {
        if (limit <= 0) {
            return 0;
        }
        return transactions.write(handle -> {
            List<String> old = handle.createQuery("SELECT event_id FROM ap_klarna_notifications"
                            + " WHERE received_at < :before ORDER BY received_at LIMIT :limit")
                    .bind("before", before).bind("limit", limit).mapTo(String.class).list();
            int deleted = 0;
            for (String id : old) {
                deleted += handle.createUpdate("DELETE FROM ap_klarna_notifications WHERE event_id = :id")
                        .bind("id", id).execute();
            }
            return deleted;
        });
    }
}
