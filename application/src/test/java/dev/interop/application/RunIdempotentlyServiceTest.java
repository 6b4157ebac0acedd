package dev.interop.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.shared.application.inmemory.InMemoryDatabase;
import dev.interop.shared.application.inmemory.InMemoryIdempotencyStore;
import dev.interop.shared.application.port.RunIdempotentlyCommand;
import dev.interop.shared.application.port.RunIdempotentlyUseCase.Outcome;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.shared.application.port.IdempotencyStore;
import dev.interop.shared.application.port.StoredResponse;
import dev.interop.shared.application.service.RunIdempotentlyService;
import dev.interop.shared.application.system.ManualClock;
import dev.interop.shared.token.TokenHash;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RunIdempotentlyServiceTest {

    private final InMemoryDatabase db = new InMemoryDatabase();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore(db);
    private final RunIdempotentlyService service = new RunIdempotentlyService(store, db, clock);
    private final AtomicInteger runs = new AtomicInteger();

    private RunIdempotentlyCommand command(String key, String request, int status) {
        return new RunIdempotentlyCommand("partner-1", key, request, () -> {
            int run = runs.incrementAndGet();
            return new StoredResponse(status, "{\"run\":" + run + "}");
        });
    }

    @Test
    void replays_the_stored_response_for_the_same_key_and_request_without_running_again() {
        Outcome first = service.run(command("k1", "POST /v1/payments {}", 201)).get();
        Outcome second = service.run(command("k1", "POST /v1/payments {}", 201)).get();

        assertThat(first.replayed()).isFalse();
        assertThat(second.replayed()).isTrue();
        assertThat(second.response()).isEqualTo(first.response());
        assertThat(runs).hasValue(1);
    }

    @Test
    void rejects_the_same_key_with_another_request_as_reused() {
        service.run(command("k1", "POST /v1/payments {\"amount\":1}", 201));

        UseCaseError error = service.run(command("k1", "POST /v1/payments {\"amount\":2}", 201)).getLeft();

        assertThat(error.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(runs).hasValue(1);
    }

    @Test
    void keys_of_different_scopes_never_collide() {
        service.run(command("k1", "POST /v1/payments {}", 201));
        Outcome other = service.run(new RunIdempotentlyCommand("partner-2", "k1", "POST /v1/payments {}",
                () -> new StoredResponse(201, "other"))).get();

        assertThat(other.replayed()).isFalse();
        assertThat(other.response().body()).isEqualTo("other");
    }

    @Test
    void does_not_store_server_errors_so_a_retry_runs_again() {
        service.run(command("k1", "POST /v1/payments {}", 503));
        Outcome retry = service.run(command("k1", "POST /v1/payments {}", 503)).get();

        assertThat(retry.replayed()).isFalse();
        assertThat(runs).hasValue(2);
    }

    @Test
    void releases_the_key_and_rolls_back_when_the_action_throws() {
        InMemoryDatabase.Table<String, String> table = db.table("things");
        RunIdempotentlyCommand failing = new RunIdempotentlyCommand("partner-1", "k1", "r", () -> {
            table.put("half", "written");
            throw new IllegalStateException("database went away");
        });

        assertThatThrownBy(() -> service.run(failing)).isInstanceOf(IllegalStateException.class);

        assertThat(table.get("half")).isEmpty();
        assertThat(service.run(command("k1", "r", 201)).get().replayed()).isFalse();
    }

    @Test
    void answers_conflict_while_the_same_key_is_in_flight() {
        Instant now = clock.now();
        IdempotencyStore.Key key = new IdempotencyStore.Key("partner-1", "k1");
        store.claim(key, TokenHash.of("r").hex(), now, now.plusSeconds(60), now.plus(Duration.ofHours(24)));

        UseCaseError error = service.run(command("k1", "r", 201)).getLeft();

        assertThat(error).isInstanceOf(UseCaseError.Conflict.class);
        assertThat(error.code()).isEqualTo("IDEMPOTENCY_KEY_IN_FLIGHT");
        assertThat(runs).hasValue(0);
    }

    @Test
    void a_duplicate_racing_the_first_request_runs_nothing_twice() throws Exception {
        var executor = Executors.newFixedThreadPool(16);
        try {
            List<Future<Either<UseCaseError, Outcome>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(executor.submit(() -> service.run(command("k1", "r", 201))));
            }
            int fresh = 0;
            for (Future<Either<UseCaseError, Outcome>> result : results) {
                Either<UseCaseError, Outcome> outcome = result.get();
                if (outcome.isRight() && !outcome.get().replayed()) {
                    fresh++;
                }
            }
            assertThat(fresh).isEqualTo(1);
            assertThat(runs).hasValue(1);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void lets_a_new_request_take_over_a_key_whose_owner_died_after_the_lease() {
        Instant now = clock.now();
        IdempotencyStore.Key key = new IdempotencyStore.Key("partner-1", "k1");
        store.claim(key, "dead", now, now.plus(RunIdempotentlyService.DEFAULT_LEASE), now.plus(Duration.ofHours(24)));
        clock.advance(RunIdempotentlyService.DEFAULT_LEASE.plusSeconds(1));

        assertThat(service.run(command("k1", "POST /v1/payments {}", 201)).get().replayed()).isFalse();
    }

    @Test
    void keeps_keys_for_24_hours_and_purges_them_after() {
        service.run(command("k1", "r", 201));
        clock.advance(Duration.ofHours(23));
        assertThat(service.run(command("k1", "r", 201)).get().replayed()).isTrue();

        clock.advance(Duration.ofHours(2));
        assertThat(store.purgeExpired(clock.now(), 100)).isEqualTo(1);
        assertThat(service.run(command("k1", "r", 201)).get().replayed()).isFalse();
    }
}
