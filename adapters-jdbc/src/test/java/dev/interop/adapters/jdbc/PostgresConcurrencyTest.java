package dev.interop.adapters.jdbc;

import dev.interop.application.contract.Storage;
import static dev.interop.application.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.application.contract.Fixtures;
import dev.interop.application.contract.Fixtures.PaymentCase;
import dev.interop.application.contract.StorageContract;
import dev.interop.application.contract.StorageContract.Raced;
import dev.interop.shared.application.port.StoredEvent;
import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.klarna.domain.authorization.PaymentTransaction;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.SessionKind;
import dev.interop.klarna.domain.session.SessionLifecycle;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.domain.Versioned;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two server instances on one PostgreSQL database, as production would run them: two {@link Database} pools, each
 * with its own {@link JdbiStorage}. Sixteen threads, alternating between the pools, race to write the next version
 * of one aggregate from the same stale state; the database alone decides.
 */
class PostgresConcurrencyTest {

    private static final int RACERS = 16;

    private Database first;
    private Database second;
    private Storage one;
    private Storage two;

    @BeforeEach
    void open_two_pools_on_one_database() {
        DatabaseSettings settings = EmbeddedPostgresSupport.freshDatabase();
        first = Database.open(settings);
        second = Database.open(settings);
        one = JdbiTestStorage.on(first);
        two = JdbiTestStorage.on(second);
    }

    @AfterEach
    void close_both_pools() {
        first.close();
        second.close();
    }

    private Storage server(int racer) {
        return racer % 2 == 0 ? one : two;
    }

    private static <A extends Versioned> List<StoredEvent> events(String type, String id, Transition<A> transition) {
        return Fixtures.storedEvents(type, id, transition, T0);
    }

    @Test
    void of_sixteen_servers_consuming_one_session_exactly_one_wins_and_the_timeline_has_no_gap_or_duplicate()
            throws InterruptedException {
        List<Transition<CustomerSession>> history = Fixtures.sessionHistory(SessionKind.PENDING_CONFIRMATION);
        String id = history.head().next().id().value();
        history.forEach(step -> one.unitOfWork().inTransaction(() -> {
            one.customerSessions().save(step.next());
            one.events().append(events("customer_session", id, step));
            return null;
        }));
        CustomerSession stale = two.customerSessions().findById(history.head().next().id()).get();
        assertThat(stale).isEqualTo(history.last().next());

        java.util.List<Raced<String>> outcomes = StorageContract.race(IntStream.range(0, RACERS)
                .<Callable<String>>mapToObj(racer -> () -> {
                    Storage storage = server(racer);
                    String transactionId = "krn:payment:eu1:transaction:racer-" + racer;
                    Transition<CustomerSession> consumed = Fixtures.accepted(stale.consume(transactionId,
                            T0.plusSeconds(300)));
                    return storage.unitOfWork().inTransaction(() -> {
                        storage.paymentTransactions().insert(new PaymentTransaction(transactionId, stale.partner(),
                                Option.of(id), stale.approval().get().approvedAmount(), Option.none(),
                                T0.plusSeconds(300)));
                        storage.customerSessions().save(consumed.next());
                        storage.events().append(events("customer_session", id, consumed));
                        return transactionId;
                    });
                }).toList());

        String winner = exactlyOneWinner(outcomes);
        CustomerSession stored = one.customerSessions().findById(stale.id()).get();
        assertThat(stored.lifecycle()).isEqualTo(new SessionLifecycle.Consumed(winner, T0.plusSeconds(300)));
        assertThat(stored.version()).isEqualTo(stale.version() + 1);
        assertGaplessTimeline(id, stored.eventCount());
        assertThat(two.events().timeline(id).last().type()).isEqualTo("customer_session.consumed");
        IntStream.range(0, RACERS).mapToObj(racer -> "krn:payment:eu1:transaction:racer-" + racer)
                .forEach(transactionId -> assertThat(two.paymentTransactions().findById(transactionId).isDefined())
                        .as(transactionId).isEqualTo(transactionId.equals(winner)));
    }

    @Test
    void of_sixteen_servers_completing_one_payment_s_step_up_exactly_one_wins_and_the_timeline_has_no_gap()
            throws InterruptedException {
        List<Transition<Payment>> history = Fixtures.paymentHistory(PaymentCase.REQUIRES_CUSTOMER_ACTION);
        String id = history.head().next().id().value();
        history.forEach(step -> two.unitOfWork().inTransaction(() -> {
            two.payments().save(step.next());
            two.events().append(events("payment", id, step));
            return null;
        }));
        Payment stale = one.payments().findById(history.head().next().id()).get();

        java.util.List<Raced<String>> outcomes = StorageContract.race(IntStream.range(0, RACERS)
                .<Callable<String>>mapToObj(racer -> () -> {
                    Storage storage = server(racer);
                    String freshToken = "fresh-token-of-racer-" + racer;
                    Transition<Payment> completed = Fixtures.accepted(stale.stepUpCompleted(
                            "krn:payment:eu1:request:step-up", Fixtures.sealedToken(freshToken),
                            T0.plusSeconds(30)));
                    return storage.unitOfWork().inTransaction(() -> {
                        storage.payments().save(completed.next());
                        storage.events().append(events("payment", id, completed));
                        return freshToken;
                    });
                }).toList());

        String winner = exactlyOneWinner(outcomes);
        Payment stored = two.payments().findById(stale.id()).get();
        assertThat(stored.token().toJavaOptional()).contains(Fixtures.sealedToken(winner));
        assertThat(stored.version()).isEqualTo(stale.version() + 1);
        assertGaplessTimeline(id, stored.eventCount());
        assertThat(one.events().timeline(id).takeRight(2).map(StoredEvent::type))
                .containsExactly("payment.customer_action_required", "payment.step_up_completed");
    }

    @Test
    void of_sixteen_servers_inserting_a_payment_transaction_for_one_session_exactly_one_succeeds()
            throws InterruptedException {
        Option<String> session = Option.of(history(SessionKind.SUPPORTED).next().id().value());
        java.util.List<PaymentTransaction> racers = IntStream.range(0, RACERS)
                .mapToObj(racer -> Fixtures.transaction(session)).toList();

        java.util.List<Raced<String>> outcomes = StorageContract.race(IntStream.range(0, RACERS)
                .<Callable<String>>mapToObj(racer -> () -> {
                    PaymentTransaction transaction = racers.get(racer);
                    server(racer).paymentTransactions().insert(transaction);
                    return transaction.id();
                }).toList());

        String winner = exactlyOneWinner(outcomes);
        racers.forEach(transaction -> assertThat(one.paymentTransactions().findById(transaction.id()).isDefined())
                .isEqualTo(transaction.id().equals(winner)));
    }

    private static Transition<CustomerSession> history(SessionKind kind) {
        return Fixtures.sessionHistory(kind).head();
    }

    private static String exactlyOneWinner(java.util.List<Raced<String>> outcomes) {
        assertThat(outcomes).filteredOn(Raced::succeeded).hasSize(1);
        Consumer<Raced<String>> isConflict = outcome -> assertThat(outcome.failure())
                .isInstanceOf(ConcurrentUpdateException.class);
        outcomes.stream().filter(outcome -> !outcome.succeeded()).forEach(isConflict);
        return outcomes.stream().filter(Raced::succeeded).findFirst().orElseThrow().value();
    }

    private void assertGaplessTimeline(String aggregateId, long eventCount) {
        List<Long> sequences = one.events().timeline(aggregateId).map(StoredEvent::sequence);
        assertThat(sequences).containsExactlyElementsOf(List.rangeClosed(1L, eventCount));
        assertThat(two.events().timeline(aggregateId)).isEqualTo(one.events().timeline(aggregateId));
    }
}
