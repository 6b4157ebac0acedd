package dev.interop.application.contract;

import static dev.interop.application.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.interop.application.contract.Fixtures.PaymentRequestCase;
import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.klarna.application.port.out.PaymentRequestRepository;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.shared.domain.Transition;
import dev.interop.testkit.klarna.paymentrequest.PaymentRequestCommand;
import dev.interop.testkit.klarna.paymentrequest.PaymentRequestGenerators;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The contract of {@link PaymentRequestRepository}: round trips of every state, optimistic saves, due requests. */
public abstract class PaymentRequestRepositoryContract extends StorageContract {

    private PaymentRequestRepository requests() {
        return storage.paymentRequests();
    }

    private List<PaymentRequest> saveAll(List<Transition<PaymentRequest>> history) {
        List<PaymentRequest> states = Fixtures.states(history);
        states.forEach(requests()::save);
        return states;
    }

    @ParameterizedTest
    @EnumSource(PaymentRequestCase.class)
    void reads_back_a_request_in_every_state_equal_to_the_one_saved(PaymentRequestCase which) {
        PaymentRequest last = saveAll(Fixtures.paymentRequestHistory(which)).last();

        assertThat(requests().findById(last.id()).toJavaOptional()).contains(last);
    }

    @Test
    void the_fixtures_reach_every_state_kind() {
        assertThat(List.of(PaymentRequestCase.values())
                .map(which -> Fixtures.states(Fixtures.paymentRequestHistory(which)).last().kind()).distinct())
                .containsExactlyInAnyOrder(PaymentRequestStateKind.values());
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        assertThat(requests().findById(PaymentRequestId.of(Fixtures.unique())).isEmpty()).isTrue();
    }

    @Test
    void a_stale_save_fails_and_changes_nothing() {
        List<PaymentRequest> states = Fixtures.states(Fixtures.paymentRequestHistory(PaymentRequestCase.DECLINED));
        requests().save(states.get(0));
        requests().save(states.get(1));
        PaymentRequest concurrent = Fixtures.accepted(states.get(0).cancel(T0.plusSeconds(61))).next();

        assertThatThrownBy(() -> requests().save(concurrent)).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> requests().save(states.get(1))).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(requests().findById(states.get(0).id()).toJavaOptional()).contains(states.get(1));
    }

    @Test
    void inserting_version_one_twice_or_skipping_a_version_fails() {
        List<PaymentRequest> states = Fixtures.states(Fixtures.paymentRequestHistory(PaymentRequestCase.DECLINED));
        requests().save(states.get(0));

        assertThatThrownBy(() -> requests().save(states.get(0))).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> requests().save(states.get(2))).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(requests().findById(states.get(0).id()).toJavaOptional()).contains(states.get(0));
    }

    @Test
    void a_later_version_of_a_request_never_stored_fails() {
        List<PaymentRequest> states = Fixtures.states(Fixtures.paymentRequestHistory(PaymentRequestCase.CANCELED));

        assertThatThrownBy(() -> requests().save(states.get(1))).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(requests().findById(states.get(1).id()).isEmpty()).isTrue();
    }

    @Test
    void finds_due_requests_that_are_not_final_oldest_first_up_to_the_limit() {
        Instant now = T0.plus(Duration.ofMinutes(30));
        PaymentRequest in20 = saveAll(List.of(Fixtures.accepted(Fixtures.createdRequest(T0, Duration.ofMinutes(20)))))
                .last();
        PaymentRequest in15 = saveAll(Fixtures.history(Fixtures.createdRequest(T0, Duration.ofMinutes(15)),
                request -> request.start(T0.plusSeconds(1)))).last();
        PaymentRequest atNow = saveAll(List.of(Fixtures.accepted(Fixtures.createdRequest(T0,
                Duration.ofMinutes(30))))).last();
        saveAll(List.of(Fixtures.accepted(Fixtures.createdRequest(T0, Duration.ofMinutes(31)))));
        saveAll(Fixtures.history(Fixtures.createdRequest(T0, Duration.ofMinutes(15)),
                request -> request.cancel(T0.plusSeconds(1))));
        saveAll(Fixtures.history(Fixtures.createdRequest(T0, Duration.ofMinutes(15)),
                request -> request.start(T0.plusSeconds(1)),
                request -> request.complete(Fixtures.sealedToken("c").hash(), T0.plusSeconds(2))));

        assertThat(requests().findDue(now, 10)).containsExactly(in15, in20, atNow);
        assertThat(requests().findDue(now, 1)).containsExactly(in15);
        assertThat(requests().findDue(T0.plus(Duration.ofMinutes(14)), 10)).isEmpty();
    }

    @Test
    void every_state_a_generated_scenario_reaches_reads_back_equal_after_each_save() {
        qt().withExamples(15).withShrinkCycles(20).forAll(PaymentRequestGenerators.scenarios())
                .checkAssert(scenario -> {
                    PaymentRequest generated = scenario.request();
                    PaymentRequest request = new PaymentRequest(PaymentRequestId.of(Fixtures.unique()),
                            generated.partner(), generated.customerSessionId(), generated.intent(),
                            generated.amount(), generated.reference(), generated.lineItems(), generated.returnUrl(),
                            generated.shipping(), generated.state(), generated.previousState(),
                            generated.stateReason(), generated.createdAt(), generated.expiresAt(),
                            generated.version(), generated.eventCount());
                    requests().save(request);
                    Instant now = request.createdAt();
                    for (PaymentRequestCommand command : scenario.commands()) {
                        now = now.plus(command.elapse());
                        var result = command.applyTo(request, now);
                        if (result.isRight()) {
                            request = result.get().next();
                            requests().save(request);
                            assertThat(requests().findById(request.id()).toJavaOptional()).contains(request);
                        }
                    }
                    assertThat(requests().findById(request.id()).toJavaOptional()).contains(request);
                });
    }
}
