package dev.interop.application.contract;

import static dev.interop.application.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.application.contract.Fixtures.CheckoutCase;
import dev.interop.acquirer.application.port.out.CheckoutSessionRepository;
import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.checkout.CheckoutSessionKind;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.InteroperabilityData;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The contract of {@link CheckoutSessionRepository}: round trips of every state, optimistic saves, due sessions. */
public abstract class CheckoutSessionRepositoryContract extends StorageContract {

    private CheckoutSessionRepository sessions() {
        return storage.checkoutSessions();
    }

    private List<CheckoutSession> saveAll(List<Transition<CheckoutSession>> history) {
        List<CheckoutSession> states = Fixtures.states(history);
        states.forEach(sessions()::save);
        return states;
    }

    @ParameterizedTest
    @EnumSource(CheckoutCase.class)
    void reads_back_a_session_in_every_state_equal_to_the_one_saved(CheckoutCase which) {
        CheckoutSession last = saveAll(Fixtures.checkoutHistory(which)).last();

        assertThat(sessions().findById(last.id()).toJavaOptional()).contains(last);
    }

    @Test
    void the_fixtures_reach_every_state_kind() {
        assertThat(List.of(CheckoutCase.values())
                .map(which -> Fixtures.states(Fixtures.checkoutHistory(which)).last().kind()).distinct())
                .containsExactlyInAnyOrder(CheckoutSessionKind.values());
    }

    @Test
    void keeps_the_sealed_token_and_the_data_exactly_as_given() {
        CheckoutSession saved = saveAll(Fixtures.checkoutHistory(CheckoutCase.OPEN_WITH_DATA_POINTS)).last();

        CheckoutSession read = sessions().findById(saved.id()).get();

        assertThat(read.data().map(InteroperabilityData::raw).get()).isEqualTo(Fixtures.DATA);
        assertThat(read.token().get().ciphertext()).isEqualTo(saved.token().get().ciphertext());
        assertThat(read.token().get().hash()).isEqualTo(saved.token().get().hash());
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        assertThat(sessions().findById(CheckoutSessionId.of("unknown")).isEmpty()).isTrue();
    }

    @Test
    void a_stale_save_fails_and_changes_nothing() {
        List<CheckoutSession> states = Fixtures.states(Fixtures.checkoutHistory(CheckoutCase.COMPLETED));
        sessions().save(states.get(0));
        sessions().save(states.get(1));
        CheckoutSession concurrent = Fixtures.accepted(states.get(0).cancel(T0.plusSeconds(61))).next();

        assertThatThrownBy(() -> sessions().save(concurrent)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(sessions().findById(states.get(0).id()).toJavaOptional()).contains(states.get(1));
    }

    @Test
    void inserting_version_one_twice_or_skipping_a_version_fails() {
        List<CheckoutSession> states = Fixtures.states(Fixtures.checkoutHistory(CheckoutCase.COMPLETED));
        sessions().save(states.get(0));

        assertThatThrownBy(() -> sessions().save(states.get(0))).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> sessions().save(states.get(2))).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(sessions().findById(states.get(0).id()).toJavaOptional()).contains(states.get(0));
    }

    @Test
    void finds_due_open_sessions_oldest_first_up_to_the_limit() {
        Instant now = T0.plus(Duration.ofMinutes(20));
        CheckoutSession in20 = open(20);
        CheckoutSession in10 = open(10);
        CheckoutSession in15 = open(15);
        open(21);
        saveAll(Fixtures.history(Fixtures.openedCheckout(T0, Duration.ofMinutes(5), false),
                session -> session.cancel(T0.plusSeconds(1))));
        saveAll(Fixtures.history(Fixtures.openedCheckout(T0, Duration.ofMinutes(5), true),
                session -> session.registerPayment("pay_waiting", T0.plusSeconds(1))));

        assertThat(sessions().findDue(now, 10)).containsExactly(in10, in15, in20);
        assertThat(sessions().findDue(now, 2)).containsExactly(in10, in15);
        assertThat(sessions().findDue(T0.plus(Duration.ofMinutes(9)), 10)).isEmpty();
    }

    private CheckoutSession open(int minutes) {
        return saveAll(List.of(Fixtures.accepted(Fixtures.openedCheckout(T0, Duration.ofMinutes(minutes), false))))
                .last();
    }
}
