package dev.interop.klarna.application.port.out;

import dev.interop.klarna.domain.notification.DeliveryStatus;
import dev.interop.klarna.domain.notification.OutboxNotification;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Klarna's transactional outbox of notifications (R19): {@link #add} joins the unit of work of the state change the
 * notification reports, so a notification exists if and only if its change committed.
 *
 * <p>{@link #claimDue} is the delivery worker's: called outside any unit of work, it commits on its own, and of
 * several workers claiming at once (threads or processes) each due notification goes to exactly one until its claim
 * lapses. {@link #save} is optimistic exactly as elsewhere (R14): it writes version {@code v} over stored version
 * {@code v - 1}, else throws {@link dev.interop.shared.application.port.ConcurrentUpdateException} and changes
 * nothing; so a worker whose claim lapsed and was taken over cannot overwrite the new claimer's record.
 */
public interface NotificationOutboxRepository {

    /** Writes a new notification (version 1); an existing event id is a {@code ConcurrentUpdateException}. */
    void add(OutboxNotification notification);

    /**
     * Claims up to {@code limit} notifications due at {@code now} ({@link OutboxNotification#isDue}), earliest
     * {@code next_attempt_at} first, until {@code claimedUntil}, and answers them as claimed (one version later).
     */
    List<OutboxNotification> claimDue(Instant now, Instant claimedUntil, int limit);

    void save(OutboxNotification notification);

    Option<OutboxNotification> findById(String eventId);

    /** Every notification for one webhook, oldest first. */
    List<OutboxNotification> findByWebhook(String webhookId);

    /** How many notifications are in each status (absent statuses count zero): for gauges. */
    Map<DeliveryStatus, Long> countByStatus();
}
