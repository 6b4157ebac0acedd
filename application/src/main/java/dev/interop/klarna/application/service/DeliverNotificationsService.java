package dev.interop.klarna.application.service;

import dev.interop.klarna.application.port.in.DeliverNotificationsCommand;
import dev.interop.klarna.application.port.in.DeliverNotificationsUseCase;
import dev.interop.klarna.application.port.out.NotificationOutboxRepository;
import dev.interop.klarna.application.port.out.NotificationSender;
import dev.interop.klarna.application.port.out.NotificationSender.OutgoingNotification;
import dev.interop.klarna.application.port.out.NotificationSender.Result;
import dev.interop.klarna.application.port.out.WebhookRepository;
import dev.interop.klarna.domain.notification.DeliverySchedule;
import dev.interop.klarna.domain.notification.OutboxNotification;
import dev.interop.klarna.domain.notification.Webhook;
import dev.interop.klarna.domain.notification.WebhookStatus;
import dev.interop.shared.application.port.Clock;
import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.shared.application.port.UseCaseError;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One round of notification delivery (see {@link DeliverNotificationsUseCase}), in three steps none of which holds
 * a transaction across a remote call (R19):
 * <ol>
 *   <li>claim up to {@code limit} due notifications for {@code lease} (one short transaction in the repository);</li>
 *   <li>for each, while its claim still has {@code sendBudget} left: look up its webhook (deleted or disabled: give
 *       up), sign and send it with the webhook's current key through the {@link NotificationSender};</li>
 *   <li>record the outcome optimistically: delivered on a 2xx, else the next attempt by the
 *       {@link DeliverySchedule} (or failed once it gives up). A record that finds the notification changed (the
 *       claim lapsed and another worker took it over) is counted {@code lost} and changes nothing.</li>
 * </ol>
 * Notifications whose turn comes after their claim ran low are left alone ({@code expired}): their claim lapses and
 * the next round takes them. So the lease should exceed {@code limit} times the sender's longest attempt, or a
 * round sends fewer than it claimed. A sender that throws counts as a failed attempt.
 */
public final class DeliverNotificationsService implements DeliverNotificationsUseCase {

    /** The default claim: long enough for a round of 10 notifications at the HTTP sender's longest attempt. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(3);
    /** The default time a claim must still hold before a send starts: the HTTP sender's longest attempt and more. */
    public static final Duration DEFAULT_SEND_BUDGET = Duration.ofSeconds(15);

    private final NotificationOutboxRepository outbox;
    private final WebhookRepository webhooks;
    private final NotificationSender sender;
    private final Clock clock;
    private final DeliverySchedule schedule;
    private final Duration lease;
    private final Duration sendBudget;

    /** With the standard schedule, {@link #DEFAULT_LEASE} and {@link #DEFAULT_SEND_BUDGET}. */
    public DeliverNotificationsService(NotificationOutboxRepository outbox, WebhookRepository webhooks,
            NotificationSender sender, Clock clock) {
        this(outbox, webhooks, sender, clock, DeliverySchedule.STANDARD, DEFAULT_LEASE, DEFAULT_SEND_BUDGET);
    }

    /**
     * @param lease      how long a round's claim holds; longer than {@code sendBudget}
     * @param sendBudget how long a claim must still hold for a send to start: at least the sender's longest attempt
     */
    public DeliverNotificationsService(NotificationOutboxRepository outbox, WebhookRepository webhooks,
            NotificationSender sender, Clock clock, DeliverySchedule schedule, Duration lease, Duration sendBudget) {
        this.outbox = Objects.requireNonNull(outbox);
        this.webhooks = Objects.requireNonNull(webhooks);
        this.sender = Objects.requireNonNull(sender);
        this.clock = Objects.requireNonNull(clock);
        this.schedule = Objects.requireNonNull(schedule);
        this.lease = Objects.requireNonNull(lease);
        this.sendBudget = Objects.requireNonNull(sendBudget);
        if (sendBudget.isNegative() || lease.compareTo(sendBudget) <= 0) {
            throw new IllegalArgumentException("the lease exceeds the send budget, which is not negative");
        }
    }

    @Override
    public Either<UseCaseError, Report> deliver(DeliverNotificationsCommand command) {
        Instant now = clock.now();
        List<OutboxNotification> claimed = outbox.claimDue(now, now.plus(lease), command.limit());
        Counts counts = new Counts();
        for (OutboxNotification notification : claimed) {
            deliverOne(notification, counts);
        }
        return Either.right(new Report(claimed.size(), counts.delivered, counts.retrying, counts.failed, counts.lost,
                counts.expired));
    }

    private void deliverOne(OutboxNotification notification, Counts counts) {
        Instant start = clock.now();
        if (!notification.isClaimedAt(start.plus(sendBudget))) {
            counts.expired++;
            return;
        }
        Option<Webhook> webhook = webhooks.findById(notification.webhookId());
        if (webhook.isEmpty() || webhook.get().status() != WebhookStatus.ENABLED) {
            String why = webhook.isEmpty() ? "the webhook was deleted" : "the webhook is disabled";
            counts.count(record(notification.abandon(why, start)));
            return;
        }
        Webhook target = webhook.get();
        Result result = send(new OutgoingNotification(target.url(), target.signingKey().id(),
                target.signingKey().secret(), notification.body().getBytes(StandardCharsets.UTF_8),
                notification.eventId()));
        Instant end = clock.now();
        OutboxNotification next = result instanceof Result.Failed failed
                ? notification.attemptFailed(failed.reason(), end, schedule)
                : notification.delivered(end);
        counts.count(record(next));
    }

    private Result send(OutgoingNotification outgoing) {
        try {
            return Objects.requireNonNull(sender.send(outgoing), "the sender answered nothing");
        } catch (RuntimeException failure) {
            return Result.failed("the sender failed: " + failure.getClass().getSimpleName());
        }
    }

    /** The recorded notification, or none when another worker changed it first. */
    private Option<OutboxNotification> record(OutboxNotification next) {
        try {
            outbox.save(next);
            return Option.of(next);
        } catch (ConcurrentUpdateException lost) {
            return Option.none();
        }
    }

    private static final class Counts {
        int delivered;
        int retrying;
        int failed;
        int lost;
        int expired;

        void count(Option<OutboxNotification> recorded) {
            if (recorded.isEmpty()) {
                lost++;
                return;
            }
            switch (recorded.get().status()) {
                case DELIVERED -> delivered++;
                case PENDING -> retrying++;
                case FAILED -> failed++;
            }
        }
    }
}
