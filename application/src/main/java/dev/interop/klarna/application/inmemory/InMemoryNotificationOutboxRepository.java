package dev.interop.klarna.application.inmemory;

import dev.interop.klarna.application.port.out.NotificationOutboxRepository;
import dev.interop.klarna.domain.notification.DeliveryState;
import dev.interop.klarna.domain.notification.DeliveryStatus;
import dev.interop.klarna.domain.notification.OutboxNotification;
import dev.interop.shared.application.inmemory.InMemoryDatabase;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * {@link NotificationOutboxRepository} on an {@link InMemoryDatabase}. A claim runs as one transaction of the
 * database (under its single lock), so two claimers never take the same notification.
 */
public final class InMemoryNotificationOutboxRepository implements NotificationOutboxRepository {

    private final InMemoryDatabase db;
    private final InMemoryDatabase.Table<String, OutboxNotification> outbox;

    public InMemoryNotificationOutboxRepository(InMemoryDatabase db) {
        this.db = db;
        this.outbox = db.table("klarna_notification_outbox");
    }

    @Override
    public void add(OutboxNotification notification) {
        if (notification.version() != 1) {
            throw new IllegalArgumentException("a new notification is at version 1");
        }
        outbox.insert(notification.eventId(), notification);
    }

    @Override
    public List<OutboxNotification> claimDue(Instant now, Instant claimedUntil, int limit) {
        if (limit <= 0) {
            return List.empty();
        }
        return db.inTransaction(() -> {
            List<OutboxNotification> claimed = outbox.rows().values().filter(n -> n.isDue(now))
                    .toList()
                    .sortBy(OutboxNotification::eventId)
                    .sortBy(n -> ((DeliveryState.Pending) n.state()).nextAttemptAt())
                    .take(limit)
                    .map(n -> n.claim(now, claimedUntil));
            claimed.forEach(n -> outbox.put(n.eventId(), n));
            return claimed;
        });
    }

    @Override
    public void save(OutboxNotification notification) {
        outbox.saveVersioned(notification.eventId(), notification, notification.version(),
                OutboxNotification::version);
    }

    @Override
    public Option<OutboxNotification> findById(String eventId) {
        return outbox.get(eventId);
    }

    @Override
    public List<OutboxNotification> findByWebhook(String webhookId) {
        return outbox.rows().values().filter(n -> n.webhookId().equals(webhookId)).toList()
                .sortBy(OutboxNotification::eventId).sortBy(OutboxNotification::createdAt);
    }

    @Override
    public Map<DeliveryStatus, Long> countByStatus() {
        Map<DeliveryStatus, Long> counts = LinkedHashMap.empty();
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts = counts.put(status, (long) outbox.rows().values().count(n -> n.status() == status));
        }
        return counts;
    }
}
