package dev.interop.klarna.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryScheduleTest {

    private static final Instant T0 = Instant.parse("2026-12-04T20:00:00Z");
    private static final DeliverySchedule STANDARD = DeliverySchedule.STANDARD;

    @Test
    void waits_longer_after_each_failure_up_to_an_hour() {
        assertThat(List.rangeClosed(1, 9).map(STANDARD::delayAfter)).containsExactly(Duration.ofSeconds(1),
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10),
                Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void the_waits_never_decrease() {
        List<Duration> waits = List.rangeClosed(1, 40).map(STANDARD::delayAfter);
        assertThat(waits.sliding(2).forAll(pair -> pair.get(1).compareTo(pair.get(0)) >= 0)).isTrue();
    }

    @Test
    void the_next_attempt_is_the_failure_time_plus_the_wait() {
        Instant failedAt = T0.plusSeconds(1);

        assertThat(STANDARD.nextAttempt(1, T0, failedAt)).containsExactly(failedAt.plusSeconds(1));
        assertThat(STANDARD.nextAttempt(4, T0, failedAt)).containsExactly(failedAt.plus(Duration.ofMinutes(2)));
    }

    @Test
    void gives_up_at_twelve_hours_after_one_last_attempt_at_the_deadline() {
        Instant deadline = T0.plus(Duration.ofHours(12));
        Instant lateFailure = deadline.minus(Duration.ofMinutes(20));

        assertThat(STANDARD.nextAttempt(12, T0, lateFailure)).containsExactly(deadline);
        assertThat(STANDARD.nextAttempt(13, T0, deadline)).isEqualTo(Option.none());
        assertThat(STANDARD.nextAttempt(13, T0, deadline.plusSeconds(1))).isEqualTo(Option.none());
    }

    @Test
    void a_receiver_that_never_answers_gets_a_bounded_number_of_attempts_in_twelve_hours() {
        Instant now = T0;
        int attempts = 0;
        Option<Instant> next = Option.of(T0);
        while (next.isDefined()) {
            now = next.get();
            attempts++;
            next = STANDARD.nextAttempt(attempts, T0, now);
        }
        assertThat(now).isEqualTo(T0.plus(Duration.ofHours(12)));
        assertThat(attempts).isBetween(15, 20);
    }

    @Test
    void refuses_a_schedule_that_shrinks_or_a_cap_below_a_delay() {
        assertThatThrownBy(() -> new DeliverySchedule(List.of(Duration.ofSeconds(5), Duration.ofSeconds(1)),
                Duration.ofMinutes(1), Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliverySchedule(List.of(Duration.ofSeconds(5)), Duration.ofSeconds(1),
                Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliverySchedule(List.empty(), Duration.ofSeconds(1), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> STANDARD.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
