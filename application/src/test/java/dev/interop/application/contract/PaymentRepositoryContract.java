package dev.interop.application.contract;

import static dev.interop.application.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.application.contract.Fixtures.PaymentCase;
import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.acquirer.application.port.out.PaymentRepository;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentId;
import dev.interop.acquirer.domain.payment.PaymentKind;
import dev.interop.acquirer.domain.payment.RemoteOutcome;
import dev.interop.shared.domain.Transition;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract of {@link PaymentRepository}: round trips of every state, optimistic saves, and the lookup of the
 * payment waiting on a Klarna Payment Request.
 */
public abstract class PaymentRepositoryContract extends StorageContract {

    private PaymentRepository payments() {
        return storage.payments();
    }

    private List<Payment> saveAll(List<Transition<Payment>> history) {
        List<Payment> states = Fixtures.states(history);
        states.forEach(payments()::save);
        return states;
    }

    @ParameterizedTest
    @EnumSource(PaymentCase.class)
    void reads_back_a_payment_in_every_state_equal_to_the_one_saved(PaymentCase which) {
        Payment last = saveAll(Fixtures.paymentHistory(which)).last();

        assertThat(payments().findById(last.id()).toJavaOptional()).contains(last);
    }

    @Test
    void the_fixtures_reach_every_state_kind_and_both_finalization_shapes() {
        List<Payment> lasts = List.of(PaymentCase.values())
                .map(which -> Fixtures.states(Fixtures.paymentHistory(which)).last());

        assertThat(lasts.map(Payment::kind).distinct()).containsExactlyInAnyOrder(PaymentKind.values());
        assertThat(lasts.exists(payment -> payment.reapprovalRequired() && payment.data().isDefined())).isTrue();
        assertThat(lasts.exists(payment -> payment.finalization() && payment.checkoutSessionId().isDefined()))
                .isTrue();
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        assertThat(payments().findById(PaymentId.of("unknown")).isEmpty()).isTrue();
    }

    @Test
    void a_stale_save_fails_and_changes_nothing() {
        List<Payment> states = Fixtures.states(Fixtures.paymentHistory(PaymentCase.AUTHORIZED));
        payments().save(states.get(0));
        payments().save(states.get(1));
        Payment concurrent = Fixtures.accepted(states.get(0).record(new RemoteOutcome.Rejected("late decline"),
                T0.plusSeconds(9))).next();

        assertThatThrownBy(() -> payments().save(concurrent)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(payments().findById(states.get(0).id()).toJavaOptional()).contains(states.get(1));
    }

    @Test
    void inserting_version_one_twice_or_skipping_a_version_fails() {
        List<Payment> states = Fixtures.states(Fixtures.paymentHistory(PaymentCase.RETRIED));
        payments().save(states.get(0));

        assertThatThrownBy(() -> payments().save(states.get(0))).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> payments().save(states.get(2))).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(payments().findById(states.get(0).id()).toJavaOptional()).contains(states.get(0));
    }

    @Test
    void finds_the_payment_waiting_on_a_klarna_payment_request_only_while_it_waits() {
        List<Payment> waiting = saveAll(Fixtures.paymentHistory(PaymentCase.REQUIRES_CUSTOMER_ACTION));
        List<Payment> other = saveAll(Fixtures.paymentHistory(PaymentCase.REQUIRES_CUSTOMER_ACTION));
        List<Payment> completed = saveAll(Fixtures.paymentHistory(PaymentCase.STEP_UP_COMPLETED));
        Payment first = waiting.last();

        assertThat(payments().findByKlarnaPaymentRequestId(Fixtures.klarnaRequestOf(first)).toJavaOptional())
                .contains(first);
        assertThat(payments().findByKlarnaPaymentRequestId(Fixtures.klarnaRequestOf(other.last())).toJavaOptional())
                .contains(other.last());
        assertThat(payments().findByKlarnaPaymentRequestId(Fixtures.klarnaRequestOf(completed.last())).isEmpty())
                .isTrue();
        assertThat(payments().findByKlarnaPaymentRequestId("krn:payment:eu1:request:unknown").isEmpty()).isTrue();

        Payment failed = Fixtures.accepted(first.stepUpFailed("expired", T0.plusSeconds(60))).next();
        payments().save(failed);

        assertThat(payments().findByKlarnaPaymentRequestId(Fixtures.klarnaRequestOf(first)).isEmpty()).isTrue();
    }
}
