package dev.interop.klarna.domain.notification;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/** Where an {@link OutboxNotification} stands; each state holds only what is true in it. */
public sealed interface DeliveryState {

    DeliveryStatus kind();

    /**
     * Waiting: due at {@code nextAttemptAt}, unless a worker holds a claim on it until {@code claimedUntil} (then it
     * is due again when the claim lapses, should the worker die before recording the attempt).
     *
     * @param lastError why the previous attempt failed, when there was one
     */
    record Pending(Instant nextAttemptAt, Option<Instant> claimedUntil, Option<String> lastError)
            implements DeliveryState {
        public Pending {
            Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
            Objects.requireNonNull(claimedUntil, "claimedUntil");
            Objects.requireNonNull(lastError, "lastError");
        }

        @Override
        public DeliveryStatus kind() {
            return DeliveryStatus.PENDING;
        }
    }

    /** Delivered at {@code at}: a 2xx answer. Final. */
    record Delivered(Instant at) implements DeliveryState {
        public Delivered {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public DeliveryStatus kind() {
            return DeliveryStatus.DELIVERED;
        }
    }

    /** Given up at {@code at}, for {@code reason} (the last attempt's failure, or why no attempt could be made). */
    record Failed(Instant at, String reason) implements DeliveryState {
        public Failed {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public DeliveryStatus kind() {
            return DeliveryStatus.FAILED;
        }
    }
}
