package dev.interop.klarna.domain.session;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a customer session is in its life. Each state holds only what is valid in it: an active session nothing,
 * a consumed one the payment transaction that consumed it (R5), an expired one when it expired (R6). Consumed and
 * expired are final. {@link #stage()} makes {@code switch} expressions over the lifecycle exhaustive.
 */
public sealed interface SessionLifecycle {

    Stage stage();

    /** The lifecycle's stages, one per state record. */
    enum Stage {
        ACTIVE,
        CONSUMED,
        EXPIRED
    }

    /** The session can still change and its tokens still resolve. */
    record Active() implements SessionLifecycle {
        @Override
        public Stage stage() {
            return Stage.ACTIVE;
        }
    }

    /**
     * A payment transaction was created from the session; its tokens are consumed for good (R5).
     * Invariant: the transaction id is 1..255 URL-safe characters.
     */
    record Consumed(String transactionId, Instant at) implements SessionLifecycle {
        public Consumed {
            References.require(transactionId, "transactionId");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Stage stage() {
            return Stage.CONSUMED;
        }
    }

    /** The session reached its end of life without a payment (R6). */
    record Expired(Instant at) implements SessionLifecycle {
        public Expired {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Stage stage() {
            return Stage.EXPIRED;
        }
    }
}
