package dev.interop.adapters.jdbc;

import static dev.interop.application.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.application.contract.StorageContract;
import dev.interop.application.contract.StorageContract.Raced;
import dev.interop.klarna.application.port.out.NotificationOutboxRepository;
import dev.interop.klarna.domain.notification.DeliveryStatus;
import dev.interop.klarna.domain.notification.OutboxNotification;
import io.vavr.collection.List;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Delivery workers of two server instances (two pools on one database) drain one outbox at once: every due
 * notification is claimed by exactly one worker, on PostgreSQL ({@code FOR UPDATE SKIP LOCKED}) and on H2 (the
 * conditional, versioned claim).
 */
class NotificationOutboxClaimConcurrencyTest {

    private static final int NOTIFICATIONS = 240;
    private static final int WORKERS = 8;
    private static final int BATCH = 7;

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"H2_MEMORY", "H2_FILE", "POSTGRESQL"})
    void concurrent_workers_claim_every_due_notification_exactly_once(TestDatabase kind) throws Exception {
        DatabaseSettings settings = kind.fresh();
        try (Database first = Database.open(settings); Database second = Database.open(settings)) {
            NotificationOutboxRepository setup = outboxOn(first);
            List<String> all = List.range(0, NOTIFICATIONS).map(i -> {
                OutboxNotification n = OutboxNotification.pending(UUID.randomUUID().toString(), "w",
                        "payment.request.state-change.completed", "{\"n\":" + i + "}", T0.plusMillis(i % 17));
                setup.add(n);
                return n.eventId();
            });
            Instant now = T0.plusSeconds(1);

            java.util.List<Callable<List<String>>> workers = IntStream.range(0, WORKERS)
                    .mapToObj(w -> (Callable<List<String>>) () -> drain(outboxOn(w % 2 == 0 ? first : second), now))
                    .toList();
            java.util.List<Raced<List<String>>> raced = StorageContract.race(workers);

            assertThat(raced).allMatch(Raced::succeeded);
            assertThat(raced).filteredOn(r -> !r.value().isEmpty()).as("workers that claimed something")
                    .hasSizeGreaterThan(1);
            List<String> claimed = List.ofAll(raced).flatMap(Raced::value);
            assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
            assertThat(setup.countByStatus().get(DeliveryStatus.DELIVERED).get()).isEqualTo(NOTIFICATIONS);
            assertThat(setup.claimDue(now.plusSeconds(3600), now.plusSeconds(7200), 100)).isEmpty();
        }
    }

    /** A worker of its own (its own transactions, like another process): claims and records until nothing is due. */
    private static List<String> drain(NotificationOutboxRepository outbox, Instant now) {
        List<String> mine = List.empty();
        int emptyRounds = 0;
        while (emptyRounds < 3) {
            List<OutboxNotification> batch = outbox.claimDue(now, now.plusSeconds(600), BATCH);
            if (batch.isEmpty()) {
                emptyRounds++;
                continue;
            }
            emptyRounds = 0;
            for (OutboxNotification claimed : batch) {
                outbox.save(claimed.delivered(now.plusMillis(5)));
                mine = mine.append(claimed.eventId());
            }
        }
        return mine;
    }

    private static NotificationOutboxRepository outboxOn(Database database) {
        return new JdbiNotificationOutboxRepository(new JdbiTransactions(database.jdbi(), database.dialect()));
    }
}
