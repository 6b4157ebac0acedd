package dev.interop.application.contract;

import static dev.interop.application.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.application.contract.StorageContract.Raced;
import dev.interop.klarna.application.port.out.NotificationOutboxRepository;
import dev.interop.klarna.domain.notification.DeliverySchedule;
import dev.interop.klarna.domain.notification.DeliveryState;
import dev.interop.klarna.domain.notification.DeliveryStatus;
import dev.interop.klarna.domain.notification.OutboxNotification;
import dev.interop.shared.application.port.ConcurrentUpdateException;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link NotificationOutboxRepository}: every delivery state reads back equal, writes are
 * optimistic, an add joins the unit of work (R19), and claims take each due notification once, earliest first.
 */
public abstract class NotificationOutboxRepositoryContract extends NotificationStorageContract {

    private static final Duration LEASE = Duration.ofMinutes(2);

    private NotificationOutboxRepository outbox() {
        return storage.outbox();
    }

    private OutboxNotification added(Instant at) {
        OutboxNotification n = notification("krn:partner:global:notification:webhook:" + unique(), at);
        outbox().add(n);
        return n;
    }

    @Test
    void reads_back_a_notification_in_every_state_equal_to_the_one_saved() {
        OutboxNotification pending = added(T0);
        assertThat(outbox().findById(pending.eventId()).toJavaOptional()).contains(pending);

        OutboxNotification claimed = pending.claim(T0, T0.plus(LEASE));
        outbox().save(claimed);
        assertThat(outbox().findById(pending.eventId()).toJavaOptional()).contains(claimed);

        OutboxNotification retrying = claimed.attemptFailed("HTTP 503", T0.plusSeconds(1), DeliverySchedule.STANDARD);
        outbox().save(retrying);
        assertThat(outbox().findById(pending.eventId()).toJavaOptional()).contains(retrying);

        OutboxNotification delivered = retrying.delivered(T0.plusSeconds(3));
        outbox().save(delivered);
        assertThat(outbox().findById(pending.eventId()).toJavaOptional()).contains(delivered);

        OutboxNotification failed = added(T0).abandon("the webhook was deleted", T0.plusSeconds(4));
        outbox().save(failed);
        assertThat(outbox().findById(failed.eventId()).toJavaOptional()).contains(failed);
    }

    @Test
    void adding_an_event_id_twice_fails() {
        OutboxNotification n = added(T0);

        assertThatThrownBy(() -> outbox().add(n)).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void a_stale_save_fails_and_changes_nothing() {
        OutboxNotification n = added(T0);
        OutboxNotification delivered = n.delivered(T0.plusSeconds(1));
        outbox().save(delivered);

        assertThatThrownBy(() -> outbox().save(n.attemptFailed("late", T0.plusSeconds(2), DeliverySchedule.STANDARD)))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(outbox().findById(n.eventId()).toJavaOptional()).contains(delivered);
    }

    @Test
    void an_add_in_a_unit_of_work_that_fails_leaves_nothing() {
        OutboxNotification n = notification("w", T0);

        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            outbox().add(n);
            throw new IllegalStateException("the state change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outbox().findById(n.eventId()).isEmpty()).isTrue();
    }

    @Test
    void claims_due_notifications_earliest_first_up_to_the_limit() {
        OutboxNotification later = added(T0.plusSeconds(2));
        OutboxNotification earliest = added(T0);
        OutboxNotification middle = added(T0.plusSeconds(1));
        added(T0.plusSeconds(60));
        Instant now = T0.plusSeconds(10);

        List<OutboxNotification> claimed = outbox().claimDue(now, now.plus(LEASE), 2);

        assertThat(claimed).containsExactly(earliest.claim(now, now.plus(LEASE)), middle.claim(now, now.plus(LEASE)));
        assertThat(outbox().findById(earliest.eventId()).toJavaOptional()).contains(claimed.get(0));
        assertThat(outbox().claimDue(now, now.plus(LEASE), 10)).containsExactly(later.claim(now, now.plus(LEASE)));
        assertThat(outbox().claimDue(now, now.plus(LEASE), 10)).isEmpty();
    }

    @Test
    void a_claim_is_taken_again_only_once_it_lapses() {
        OutboxNotification n = added(T0);
        outbox().claimDue(T0, T0.plus(LEASE), 10);

        assertThat(outbox().claimDue(T0.plus(LEASE).minusMillis(1), T0.plus(LEASE).plus(LEASE), 10)).isEmpty();
        List<OutboxNotification> again = outbox().claimDue(T0.plus(LEASE), T0.plus(LEASE).plus(LEASE), 10);

        assertThat(again.map(OutboxNotification::eventId)).containsExactly(n.eventId());
        assertThat(again.get(0).version()).isEqualTo(3);
    }

    @Test
    void never_claims_final_or_not_yet_due_notifications() {
        outbox().save(added(T0).delivered(T0.plusSeconds(1)));
        outbox().save(added(T0).abandon("gone", T0.plusSeconds(1)));
        OutboxNotification retrying = added(T0).attemptFailed("HTTP 500", T0.plusSeconds(1),
                DeliverySchedule.STANDARD);
        outbox().save(retrying);
        Instant due = ((DeliveryState.Pending) retrying.state()).nextAttemptAt();

        assertThat(outbox().claimDue(due.minusMillis(1), due.plus(LEASE), 10)).isEmpty();
        assertThat(outbox().claimDue(due, due.plus(LEASE), 10).map(OutboxNotification::eventId))
                .containsExactly(retrying.eventId());
        assertThat(outbox().claimDue(due, due.plus(LEASE), 0)).isEmpty();
    }

    @Test
    void concurrent_claimers_never_take_the_same_notification() throws InterruptedException {
        List<OutboxNotification> all = List.range(0, 30).map(i -> added(T0.plusMillis(i)));
        Instant now = T0.plusSeconds(1);
        Callable<List<OutboxNotification>> claim = () -> outbox().claimDue(now, now.plus(LEASE), 7);

        java.util.List<Raced<List<OutboxNotification>>> raced = StorageContract.race(java.util.List.of(claim, claim,
                claim, claim, claim, claim));

        assertThat(raced).allMatch(Raced::succeeded);
        List<String> taken = List.ofAll(raced).flatMap(r -> r.value().map(OutboxNotification::eventId));
        assertThat(taken).doesNotHaveDuplicates();
        List<String> rest = outbox().claimDue(now, now.plus(LEASE), 100).map(OutboxNotification::eventId);
        assertThat(taken.appendAll(rest)).containsExactlyInAnyOrderElementsOf(all.map(OutboxNotification::eventId));
    }

    @Test
    void lists_a_webhook_s_notifications_and_counts_them_by_status() {
        String webhook = "krn:partner:global:notification:webhook:" + unique();
        OutboxNotification second = notification(webhook, T0.plusSeconds(1));
        OutboxNotification first = notification(webhook, T0);
        outbox().add(second);
        outbox().add(first);
        outbox().save(second.delivered(T0.plusSeconds(2)));
        added(T0);

        assertThat(outbox().findByWebhook(webhook).map(OutboxNotification::eventId))
                .containsExactly(first.eventId(), second.eventId());
        assertThat(outbox().countByStatus().toJavaMap()).isEqualTo(java.util.Map.of(DeliveryStatus.PENDING, 2L,
                DeliveryStatus.DELIVERED, 1L, DeliveryStatus.FAILED, 0L));
        assertThat(outbox().findById("unknown").map(OutboxNotification::eventId)).isEqualTo(Option.none());
    }
}
