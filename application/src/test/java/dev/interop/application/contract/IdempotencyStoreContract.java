package dev.interop.application.contract;

import static dev.interop.application.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.shared.application.port.StoredResponse;
import dev.interop.shared.application.port.IdempotencyStore;
import dev.interop.shared.application.port.IdempotencyStore.Claim;
import dev.interop.shared.application.port.IdempotencyStore.Key;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link IdempotencyStore} (R13): an atomic claim, replay of completed keys, in-flight detection with
 * a lease, take-over of lapsed leases and expired records, release, purge.
 */
public abstract class IdempotencyStoreContract extends StorageContract {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration RETENTION = Duration.ofHours(24);

    private IdempotencyStore store() {
        return storage.idempotency();
    }

    private static Key key() {
        return new Key("partner-" + Fixtures.unique(), "key-" + Fixtures.unique());
    }

    private Claim claim(Key key, String fingerprint, Instant now) {
        return store().claim(key, fingerprint, now, now.plus(LEASE), now.plus(RETENTION));
    }

    @Test
    void the_first_claim_of_a_key_owns_it_and_a_second_finds_it_in_flight() {
        Key key = key();

        assertThat(claim(key, "fp-1", T0)).isEqualTo(new Claim.Claimed());
        assertThat(claim(key, "fp-2", T0.plusSeconds(1))).isEqualTo(new Claim.InFlight("fp-1"));
    }

    @Test
    void a_completed_key_replays_its_response_and_fingerprint() {
        Key key = key();
        StoredResponse response = new StoredResponse(201, "{\"id\":\"pay_1\",\"note\":\"\u00e5 \\\"x\\\"\"}");
        claim(key, "fp-1", T0);
        store().complete(key, response);

        assertThat(claim(key, "fp-1", T0.plusSeconds(5))).isEqualTo(new Claim.Completed("fp-1", response));
        assertThat(claim(key, "fp-other", T0.plus(Duration.ofHours(23))))
                .isEqualTo(new Claim.Completed("fp-1", response));
    }

    @Test
    void keys_of_different_scopes_never_collide() {
        Key key = key();
        claim(key, "fp-1", T0);

        assertThat(claim(new Key(key.scope() + "-other", key.key()), "fp-1", T0)).isEqualTo(new Claim.Claimed());
    }

    @Test
    void a_released_key_can_be_claimed_again() {
        Key key = key();
        claim(key, "fp-1", T0);
        store().release(key);

        assertThat(claim(key, "fp-2", T0.plusSeconds(1))).isEqualTo(new Claim.Claimed());
        assertThat(claim(key, "fp-3", T0.plusSeconds(2))).isEqualTo(new Claim.InFlight("fp-2"));
    }

    @Test
    void an_in_flight_claim_blocks_until_its_lease_ends_and_is_then_taken_over() {
        Key key = key();
        claim(key, "fp-1", T0);

        assertThat(claim(key, "fp-2", T0.plus(LEASE).minusMillis(1))).isEqualTo(new Claim.InFlight("fp-1"));
        assertThat(claim(key, "fp-2", T0.plus(LEASE))).isEqualTo(new Claim.Claimed());
        assertThat(claim(key, "fp-3", T0.plus(LEASE).plusSeconds(1))).isEqualTo(new Claim.InFlight("fp-2"));
    }

    @Test
    void an_expired_record_is_claimed_anew() {
        Key key = key();
        claim(key, "fp-1", T0);
        store().complete(key, new StoredResponse(200, "{}"));

        assertThat(claim(key, "fp-2", T0.plus(RETENTION))).isEqualTo(new Claim.Claimed());
        assertThat(claim(key, "fp-3", T0.plus(RETENTION).plusSeconds(1))).isEqualTo(new Claim.InFlight("fp-2"));
    }

    @Test
    void completing_a_key_that_was_never_claimed_fails() {
        assertThatThrownBy(() -> store().complete(key(), new StoredResponse(200, "{}")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void completing_joins_the_unit_of_work_and_rolls_back_with_it() {
        Key key = key();
        claim(key, "fp-1", T0);

        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            store().complete(key, new StoredResponse(201, "{}"));
            throw new IllegalStateException("the use case failed after completing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(claim(key, "fp-1", T0.plusSeconds(1))).isEqualTo(new Claim.InFlight("fp-1"));
    }

    @Test
    void purges_expired_records_up_to_the_limit() {
        Key kept = key();
        store().claim(kept, "kept", T0, T0.plus(LEASE), T0.plus(Duration.ofHours(48)));
        store().complete(kept, new StoredResponse(201, "kept"));
        for (int hours = 24; hours <= 26; hours++) {
            store().claim(key(), "old", T0, T0.plus(LEASE), T0.plus(Duration.ofHours(hours)));
        }
        Instant now = T0.plus(Duration.ofHours(26));

        assertThat(store().purgeExpired(now, 2)).isEqualTo(2);
        assertThat(store().purgeExpired(now, 2)).isEqualTo(1);
        assertThat(store().purgeExpired(now, 2)).isZero();
        assertThat(claim(kept, "other", now)).isEqualTo(new Claim.Completed("kept", new StoredResponse(201, "kept")));
    }

    @Test
    void of_racing_claims_of_one_key_exactly_one_owns_it() throws InterruptedException {
        Key key = key();

        var outcomes = race(IntStream.range(0, 8).<Callable<Claim>>mapToObj(i -> () -> claim(key, "fp-" + i, T0))
                .toList());

        assertThat(outcomes).allMatch(Raced::succeeded);
        assertThat(outcomes.stream().filter(outcome -> outcome.value() instanceof Claim.Claimed).count())
                .isEqualTo(1);
        assertThat(outcomes.stream().map(Raced::value).filter(claim -> !(claim instanceof Claim.Claimed)))
                .allMatch(claim -> claim instanceof Claim.InFlight);
    }

    @Test
    void of_racing_take_overs_of_a_lapsed_lease_exactly_one_owns_it() throws InterruptedException {
        Key key = key();
        claim(key, "dead owner", T0);
        Instant later = T0.plus(LEASE).plusSeconds(1);

        var outcomes = race(IntStream.range(0, 8).<Callable<Claim>>mapToObj(i -> () -> claim(key, "fp-" + i, later))
                .toList());

        assertThat(outcomes).allMatch(Raced::succeeded);
        assertThat(outcomes.stream().filter(outcome -> outcome.value() instanceof Claim.Claimed).count())
                .isEqualTo(1);
    }
}
