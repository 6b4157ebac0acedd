package dev.interop.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void nearest_rank_percentiles_of_one_to_a_hundred_are_the_ranks_themselves() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }

        assertThat(Samples.percentile(sorted, 50)).isEqualTo(50);
        assertThat(Samples.percentile(sorted, 95)).isEqualTo(95);
        assertThat(Samples.percentile(sorted, 99)).isEqualTo(99);
        assertThat(Samples.percentile(sorted, 100)).isEqualTo(100);
    }

    @Test
    void a_percentile_of_few_samples_rounds_the_rank_up() {
        long[] sorted = {10, 20, 30};

        assertThat(Samples.percentile(sorted, 50)).isEqualTo(20);
        assertThat(Samples.percentile(sorted, 99)).isEqualTo(30);
        assertThat(Samples.percentile(sorted, 1)).isEqualTo(10);
    }

    @Test
    void the_summary_is_in_milliseconds_and_ignores_the_order_samples_came_in() {
        Samples samples = new Samples();
        for (int i = 100; i >= 1; i--) {
            samples.add(i * 1_000_000L);
        }

        LatencySummary summary = samples.summary();

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50Millis()).isEqualTo(50.0);
        assertThat(summary.p95Millis()).isEqualTo(95.0);
        assertThat(summary.p99Millis()).isEqualTo(99.0);
        assertThat(summary.maxMillis()).isEqualTo(100.0);
        assertThat(summary.meanMillis()).isCloseTo(50.5, within(1e-9));
    }

    @Test
    void merged_samples_keep_every_value_beyond_the_first_capacity() {
        Samples first = new Samples();
        Samples second = new Samples();
        for (int i = 0; i < 3000; i++) {
            first.add(1_000_000L);
            second.add(3_000_000L);
        }

        first.addAll(second);

        assertThat(first.size()).isEqualTo(6000);
        assertThat(first.summary().p50Millis()).isEqualTo(1.0);
        assertThat(first.summary().p99Millis()).isEqualTo(3.0);
    }

    @Test
    void no_samples_give_an_empty_summary_and_a_negative_latency_is_refused() {
        Samples samples = new Samples();

        assertThat(samples.summary()).isEqualTo(LatencySummary.EMPTY);
        assertThatThrownBy(() -> samples.add(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Samples.percentile(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Samples.percentile(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_median_of_per_second_counts_is_robust_to_one_slow_second() {
        assertThat(LoadGenerator.median(new long[] {40, 41, 3, 42, 40})).isEqualTo(40.0);
        assertThat(LoadGenerator.median(new long[] {10, 20})).isEqualTo(15.0);
        assertThat(LoadGenerator.median(new long[0])).isEqualTo(0.0);
    }

    @Test
    void load_is_only_ever_sent_to_loopback_addresses() {
        assertThat(Loopback.require(URI.create("http://127.0.0.1:8080"))).hasHost("127.0.0.1");
        assertThat(Loopback.require(URI.create("http://localhost:8080"))).hasHost("localhost");
        assertThatThrownBy(() -> Loopback.require(URI.create("http://10.0.0.1:8080")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
        assertThatThrownBy(() -> Loopback.require(URI.create("https://127.0.0.1:8443")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_run_is_bounded_in_time_customers_and_journeys() {
        URI target = URI.create("http://127.0.0.1:8080");

        assertThatThrownBy(() -> LoadSettings.closedLoop(target, 8, Duration.ZERO, Duration.ofMinutes(11)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadSettings.closedLoop(target, 0, Duration.ZERO, Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadSettings.closedLoop(target, 8, Duration.ZERO, Duration.ofSeconds(30))
                .paced(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(LoadSettings.closedLoop(target, 8, Duration.ZERO, Duration.ofSeconds(30)).maxJourneys())
                .isEqualTo(LoadSettings.MAX_JOURNEYS);
    }
}
