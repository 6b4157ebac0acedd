package dev.interop.klarna.application.port.in;

import dev.interop.shared.application.port.UseCaseError;
import io.vavr.control.Either;

/**
 * Klarna's delivery worker, one round at a time (a scheduler calls it repeatedly): claims due notifications from the
 * outbox, sends each through the sender outside any transaction (R19), then records it delivered (any 2xx) or
 * schedules the next attempt with increasing back-off, giving up after the retry window (12 h). Several workers may
 * run at once, in one process or many: a notification is claimed by one at a time. Must not be called inside a unit
 * of work. Storage failures are exceptions; the round's claims then lapse and the notifications are sent again later
 * (the receiver deduplicates by event id).
 */
public interface DeliverNotificationsUseCase {

    Either<UseCaseError, Report> deliver(DeliverNotificationsCommand command);

    /**
     * What one round did, as counters for metrics. {@code claimed = delivered + retrying + failed + lost + expired}.
     *
     * @param claimed  notifications claimed this round
     * @param delivered answered 2xx
     * @param retrying failed this time, another attempt scheduled
     * @param failed   given up (retry window over, or the webhook gone or disabled)
     * @param lost     sent, but another worker had taken the claim over by the time the outcome was recorded
     * @param expired  not sent because the round's claim lapsed before their turn (due again at once)
     */
    record Report(int claimed, int delivered, int retrying, int failed, int lost, int expired) {
        public Report {
            if (claimed != delivered + retrying + failed + lost + expired) {
                throw new IllegalArgumentException("every claimed notification is counted once");
            }
        }

        /** Nothing was due. */
        public static Report nothing() {
            return new Report(0, 0, 0, 0, 0, 0);
        }
    }
}
