package dev.interop.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.klarna.application.port.out.PaymentTransactionRepository;
import dev.interop.klarna.domain.authorization.PaymentTransaction;
import dev.interop.klarna.domain.session.CustomerSessionId;
import io.vavr.control.Option;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The contract of {@link PaymentTransactionRepository}: at most one transaction per customer session (R5). */
public abstract class PaymentTransactionRepositoryContract extends StorageContract {

    private PaymentTransactionRepository transactions() {
        return storage.paymentTransactions();
    }

    private static Option<String> session() {
        return Option.of(CustomerSessionId.of(Fixtures.unique()).value());
    }

    @Test
    void finds_a_transaction_by_id_with_or_without_a_session() {
        PaymentTransaction withSession = Fixtures.transaction(session());
        PaymentTransaction withoutSession = new PaymentTransaction("krn:payment:eu1:transaction:" + Fixtures.unique(),
                withSession.partner(), Option.none(), withSession.amount(), Option.none(), Fixtures.T0);
        transactions().insert(withSession);
        transactions().insert(withoutSession);

        assertThat(transactions().findById(withSession.id()).toJavaOptional()).contains(withSession);
        assertThat(transactions().findById(withoutSession.id()).toJavaOptional()).contains(withoutSession);
        assertThat(transactions().findById("krn:payment:eu1:transaction:unknown").isEmpty()).isTrue();
    }

    @Test
    void rejects_a_second_transaction_for_the_same_session_and_keeps_the_first() {
        Option<String> session = session();
        PaymentTransaction first = Fixtures.transaction(session);
        transactions().insert(first);
        PaymentTransaction second = Fixtures.transaction(session);

        assertThatThrownBy(() -> transactions().insert(second)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(transactions().findById(first.id()).toJavaOptional()).contains(first);
        assertThat(transactions().findById(second.id()).isEmpty()).isTrue();
    }

    @Test
    void accepts_any_number_of_transactions_without_a_session() {
        PaymentTransaction one = Fixtures.transaction(Option.none());
        PaymentTransaction two = Fixtures.transaction(Option.none());
        transactions().insert(one);
        transactions().insert(two);

        assertThat(transactions().findById(two.id()).toJavaOptional()).contains(two);
    }

    @Test
    void rejects_a_second_transaction_with_the_same_id() {
        PaymentTransaction first = Fixtures.transaction(session());
        transactions().insert(first);
        PaymentTransaction sameId = new PaymentTransaction(first.id(), first.partner(), session(), first.amount(),
                Option.none(), Fixtures.T0);

        assertThatThrownBy(() -> transactions().insert(sameId)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(transactions().findById(first.id()).toJavaOptional()).contains(first);
    }

    @Test
    void of_racing_transactions_for_one_session_exactly_one_is_stored() throws InterruptedException {
        Option<String> session = session();
        java.util.List<PaymentTransaction> racers = IntStream.range(0, 8)
                .mapToObj(i -> Fixtures.transaction(session)).toList();

        var outcomes = race(racers.stream().<Callable<Boolean>>map(transaction -> () -> {
            transactions().insert(transaction);
            return true;
        }).toList());

        assertThat(outcomes.stream().filter(Raced::succeeded).count()).isEqualTo(1);
        assertThat(outcomes.stream().filter(outcome -> !outcome.succeeded()).map(Raced::failure))
                .allMatch(failure -> failure instanceof ConcurrentUpdateException);
        assertThat(racers.stream().filter(transaction -> transactions().findById(transaction.id()).isDefined()))
                .hasSize(1);
    }
}
