package dev.interop.application.contract;

import static dev.interop.application.contract.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.shared.application.port.StoredEvent;
import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.shared.application.port.EventStore;
import io.vavr.collection.List;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The contract of {@link EventStore} (R15): per-aggregate sequences without gaps or duplicates, read back in order. */
public abstract class EventStoreContract extends StorageContract {

    private EventStore events() {
        return storage.events();
    }

    @Test
    void reads_back_a_timeline_in_sequence_order_exactly_as_appended() {
        String id = Fixtures.unique();
        List<StoredEvent> first = List.of(event(id, 1), event(id, 2), event(id, 3));
        events().append(first);
        events().append(List.of(event(id, 4)));

        assertThat(events().timeline(id)).containsExactlyElementsOf(first.append(event(id, 4)));
    }

    @Test
    void keeps_timelines_of_different_aggregates_apart() {
        String a = Fixtures.unique();
        String b = Fixtures.unique();
        events().append(List.of(event(a, 1), event(b, 1), event(a, 2)));
        events().append(List.of(event(b, 2)));

        assertThat(events().timeline(a)).containsExactly(event(a, 1), event(a, 2));
        assertThat(events().timeline(b)).containsExactly(event(b, 1), event(b, 2));
    }

    @Test
    void an_unknown_aggregate_has_an_empty_timeline() {
        assertThat(events().timeline("nothing-" + Fixtures.unique())).isEmpty();
    }

    @Test
    void keeps_instants_to_the_millisecond_and_payloads_exactly() {
        String id = Fixtures.unique();
        StoredEvent event = new StoredEvent("payment", id, 1, "payment.authorized",
                Instant.parse("2026-12-31T23:59:59.999Z"), "{ \"a\" : [1, 2.5e3, null],\n \"b\": \"\\u0000 \u00df\" }");
        events().append(List.of(event));

        assertThat(events().timeline(id)).containsExactly(event);
    }

    @Test
    void rejects_a_sequence_that_exists_already_and_appends_nothing_of_the_batch() {
        String id = Fixtures.unique();
        events().append(List.of(event(id, 1), event(id, 2)));

        assertThatThrownBy(() -> events().append(List.of(event(id, 2))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> events().append(List.of(event(id, 3), event(id, 3))))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(events().timeline(id)).containsExactly(event(id, 1), event(id, 2));
    }

    @Test
    void rejects_a_sequence_that_would_leave_a_gap() {
        String id = Fixtures.unique();
        events().append(List.of(event(id, 1)));

        assertThatThrownBy(() -> events().append(List.of(event(id, 3))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> events().append(List.of(event("fresh-" + id, 2))))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(events().timeline(id)).containsExactly(event(id, 1));
        assertThat(events().timeline("fresh-" + id)).isEmpty();
    }

    @Test
    void of_racing_appends_of_the_same_sequence_exactly_one_wins() throws InterruptedException {
        String id = Fixtures.unique();
        events().append(List.of(event(id, 1)));
        java.util.List<StoredEvent> racers = IntStream.range(0, 8).mapToObj(i -> new StoredEvent("test_aggregate",
                id, 2, "test.raced", Fixtures.T0, "{\"racer\":" + i + "}")).toList();

        var outcomes = race(racers.stream().<Callable<Boolean>>map(event -> () -> {
            events().append(List.of(event));
            return true;
        }).toList());

        assertThat(outcomes.stream().filter(Raced::succeeded).count()).isEqualTo(1);
        assertThat(outcomes.stream().filter(outcome -> !outcome.succeeded()).map(Raced::failure))
                .allMatch(failure -> failure instanceof ConcurrentUpdateException);
        assertThat(events().timeline(id).map(StoredEvent::sequence)).containsExactly(1L, 2L);
    }

    @Test
    void an_append_joins_the_unit_of_work_and_rolls_back_with_it() {
        String id = Fixtures.unique();

        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            events().append(List.of(event(id, 1)));
            throw new IllegalStateException("the use case failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(events().timeline(id)).isEmpty();
    }
}
