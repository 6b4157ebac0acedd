package dev.interop.klarna.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxNotificationTest {

    private static final Instant T0 = Instant.parse("2026-12-04T20:00:00Z");
    private static final String BODY = "{\"payload\":{\"klarna_network_session_token\":\"secret-token\"}}";

    private static OutboxNotification fresh() {
        return OutboxNotification.pending("e1", "w1", "payment.request.state-change.completed", BODY, T0);
    }

    @Test
    void a_new_notification_is_due_at_once_with_no_attempt_made() {
        OutboxNotification n = fresh();

        assertThat(n.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(n.attempts()).isZero();
        assertThat(n.version()).isEqualTo(1);
        assertThat(n.isDue(T0)).isTrue();
        assertThat(n.isDue(T0.minusMillis(1))).isFalse();
    }

    @Test
    void a_claim_hides_it_until_the_claim_lapses() {
        OutboxNotification claimed = fresh().claim(T0, T0.plusSeconds(60));

        assertThat(claimed.version()).isEqualTo(2);
        assertThat(claimed.isDue(T0.plusSeconds(59))).isFalse();
        assertThat(claimed.isClaimedAt(T0.plusSeconds(59))).isTrue();
        assertThat(claimed.isDue(T0.plusSeconds(60))).isTrue();
        assertThat(claimed.isClaimedAt(T0.plusSeconds(60))).isFalse();
        assertThatThrownBy(() -> claimed.claim(T0.plusSeconds(1), T0.plusSeconds(90)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void delivery_is_final_counts_the_attempt_and_redacts_the_token() {
        OutboxNotification delivered = fresh().claim(T0, T0.plusSeconds(60)).delivered(T0.plusSeconds(1));

        assertThat(delivered.state()).isEqualTo(new DeliveryState.Delivered(T0.plusSeconds(1)));
        assertThat(delivered.attempts()).isEqualTo(1);
        assertThat(delivered.version()).isEqualTo(3);
        assertThat(delivered.body()).doesNotContain("secret-token");
        assertThat(delivered.isDue(T0.plusSeconds(3600))).isFalse();
        assertThatThrownBy(() -> delivered.delivered(T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> delivered.attemptFailed("x", T0, DeliverySchedule.STANDARD))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_failed_attempt_schedules_the_next_and_keeps_the_body_for_it() {
        Instant failedAt = T0.plusSeconds(2);
        OutboxNotification retrying = fresh().claim(T0, T0.plusSeconds(60))
                .attemptFailed("HTTP 503", failedAt, DeliverySchedule.STANDARD);

        assertThat(retrying.state()).isEqualTo(new DeliveryState.Pending(failedAt.plusSeconds(1), Option.none(),
                Option.of("HTTP 503")));
        assertThat(retrying.attempts()).isEqualTo(1);
        assertThat(retrying.body()).isEqualTo(BODY);
        assertThat(retrying.isDue(failedAt.plusSeconds(1))).isTrue();
    }

    @Test
    void a_failure_after_the_retry_window_gives_up_and_redacts() {
        Instant late = T0.plus(Duration.ofHours(12));
        OutboxNotification failed = fresh().attemptFailed("connection refused", late, DeliverySchedule.STANDARD);

        assertThat(failed.state()).isEqualTo(new DeliveryState.Failed(late, "connection refused"));
        assertThat(failed.body()).doesNotContain("secret-token");
    }

    @Test
    void abandoning_counts_no_attempt_and_reasons_are_bounded() {
        OutboxNotification abandoned = fresh().abandon("x".repeat(2000), T0);

        assertThat(abandoned.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(abandoned.attempts()).isZero();
        assertThat(((DeliveryState.Failed) abandoned.state()).reason()).hasSize(OutboxNotification.MAX_REASON);
    }
}
