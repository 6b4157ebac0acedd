package dev.interop.application.contract;

import static dev.interop.application.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.interop.shared.application.port.StoredEvent;
import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.shared.application.port.IdempotencyStore.Claim;
import dev.interop.shared.application.port.IdempotencyStore.Key;
import dev.interop.acquirer.application.port.out.PartnerAccount;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.klarna.domain.authorization.PaymentTransaction;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.SessionKind;
import dev.interop.shared.domain.Transition;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link UnitOfWork}: everything written inside one unit commits together or not at all, whatever
 * port wrote it, and a nested unit joins the one already open on the thread.
 */
public abstract class UnitOfWorkContract extends StorageContract {

    private UnitOfWork unitOfWork() {
        return storage.unitOfWork();
    }

    private List<StoredEvent> events(Transition<CustomerSession> started) {
        return Fixtures.storedEvents("customer_session", started.next().id().value(), started, T0);
    }

    private boolean stored(CustomerSession session) {
        return storage.customerSessions().findById(session.id()).isDefined();
    }

    @Test
    void commits_every_write_of_the_unit_together_and_answers_the_work_s_value() {
        Transition<CustomerSession> started = Fixtures.sessionHistory(SessionKind.SUPPORTED).head();
        PaymentTransaction transaction = Fixtures.transaction(Option.of(started.next().id().value()));
        Key key = new Key("partner-1", "k-" + Fixtures.unique());

        String answer = unitOfWork().inTransaction(() -> {
            storage.customerSessions().save(started.next());
            storage.events().append(events(started));
            storage.paymentTransactions().insert(transaction);
            storage.idempotency().claim(key, "fp", T0, T0.plusSeconds(60), T0.plus(Duration.ofHours(24)));
            return "done";
        });

        assertThat(answer).isEqualTo("done");
        assertThat(storage.customerSessions().findById(started.next().id()).toJavaOptional())
                .contains(started.next());
        assertThat(storage.events().timeline(started.next().id().value())).containsExactlyElementsOf(
                events(started));
        assertThat(storage.paymentTransactions().findById(transaction.id()).toJavaOptional()).contains(transaction);
        assertThat(storage.idempotency().claim(key, "fp", T0, T0.plusSeconds(60), T0.plus(Duration.ofHours(24))))
                .isEqualTo(new Claim.InFlight("fp"));
    }

    @Test
    void a_failing_unit_leaves_nothing_behind_and_rethrows_the_failure_unchanged() {
        Transition<CustomerSession> started = Fixtures.sessionHistory(SessionKind.SUPPORTED).head();
        PartnerAccount partner = Fixtures.partner(Fixtures.unique().substring(0, 8));
        IllegalStateException failure = new IllegalStateException("the use case failed");

        Throwable thrown = catchThrowable(() -> unitOfWork().inTransaction(() -> {
            storage.customerSessions().save(started.next());
            storage.events().append(events(started));
            storage.partners().insert(partner);
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(stored(started.next())).isFalse();
        assertThat(storage.customerSessions().findByTokenHash(started.next().currentToken().hash()).isEmpty())
                .isTrue();
        assertThat(storage.events().timeline(started.next().id().value())).isEmpty();
        assertThat(storage.partners().findById(partner.profile().id()).isEmpty()).isTrue();
    }

    @Test
    void a_conflict_in_the_middle_of_a_unit_rolls_back_its_earlier_writes() {
        Transition<CustomerSession> first = Fixtures.sessionHistory(SessionKind.SUPPORTED).head();
        List<CustomerSession> other = Fixtures.states(Fixtures.sessionHistory(SessionKind.PREQUALIFIED));
        storage.customerSessions().save(other.get(0));
        storage.customerSessions().save(other.get(1));

        Throwable thrown = catchThrowable(() -> unitOfWork().inTransaction(() -> {
            storage.customerSessions().save(first.next());
            storage.events().append(events(first));
            storage.customerSessions().save(other.get(1));
            return null;
        }));

        assertThat(thrown).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(stored(first.next())).isFalse();
        assertThat(storage.events().timeline(first.next().id().value())).isEmpty();
    }

    @Test
    void a_nested_unit_joins_the_outer_one_and_rolls_back_with_it() {
        CustomerSession inner = Fixtures.sessionHistory(SessionKind.SUPPORTED).head().next();

        Throwable thrown = catchThrowable(() -> unitOfWork().inTransaction(() -> {
            unitOfWork().inTransaction(() -> {
                storage.customerSessions().save(inner);
                return null;
            });
            assertThat(stored(inner)).as("the outer unit sees the nested unit's write").isTrue();
            throw new IllegalStateException("the outer unit fails after the nested one returned");
        }));

        assertThat(thrown).isInstanceOf(IllegalStateException.class);
        assertThat(stored(inner)).isFalse();
    }

    @Test
    void a_failure_in_a_nested_unit_rolls_back_the_outer_unit_too() {
        CustomerSession outer = Fixtures.sessionHistory(SessionKind.SUPPORTED).head().next();
        CustomerSession inner = Fixtures.sessionHistory(SessionKind.SUPPORTED).head().next();

        Throwable thrown = catchThrowable(() -> unitOfWork().inTransaction(() -> {
            storage.customerSessions().save(outer);
            return unitOfWork().inTransaction(() -> {
                storage.customerSessions().save(inner);
                throw new IllegalArgumentException("the nested unit fails");
            });
        }));

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
        assertThat(stored(outer)).isFalse();
        assertThat(stored(inner)).isFalse();
    }

    @Test
    void a_nested_failure_the_outer_unit_catches_undoes_only_the_nested_writes() {
        CustomerSession outer = Fixtures.sessionHistory(SessionKind.SUPPORTED).head().next();
        CustomerSession inner = Fixtures.sessionHistory(SessionKind.SUPPORTED).head().next();

        unitOfWork().inTransaction(() -> {
            storage.customerSessions().save(outer);
            Throwable nested = catchThrowable(() -> unitOfWork().inTransaction(() -> {
                storage.customerSessions().save(inner);
                throw new IllegalArgumentException("the nested unit fails");
            }));
            assertThat(nested).isInstanceOf(IllegalArgumentException.class);
            assertThat(stored(inner)).as("the savepoint undid the nested write").isFalse();
            return null;
        });

        assertThat(stored(outer)).isTrue();
        assertThat(stored(inner)).isFalse();
    }

    @Test
    void reads_inside_a_unit_see_its_own_writes_and_the_next_unit_starts_afresh_after_a_failure() {
        CustomerSession failed = Fixtures.sessionHistory(SessionKind.SUPPORTED).head().next();
        CustomerSession committed = Fixtures.sessionHistory(SessionKind.SUPPORTED).head().next();

        catchThrowable(() -> unitOfWork().inTransaction(() -> {
            storage.customerSessions().save(failed);
            throw new IllegalStateException("first unit fails");
        }));
        boolean seenInside = unitOfWork().inTransaction(() -> {
            storage.customerSessions().save(committed);
            return stored(committed);
        });

        assertThat(seenInside).isTrue();
        assertThat(stored(committed)).isTrue();
        assertThat(stored(failed)).isFalse();
    }

    @Test
    void runs_after_commit_actions_once_the_outermost_unit_committed_and_outside_it() {
        java.util.List<String> seen = new java.util.ArrayList<>();

        String answer = unitOfWork().inTransaction(() -> {
            unitOfWork().afterCommit(() -> seen.add("outer"));
            unitOfWork().inTransaction(() -> {
                unitOfWork().afterCommit(() -> seen.add("nested"));
                return null;
            });
            seen.add("work done");
            return "answer";
        });

        assertThat(answer).isEqualTo("answer");
        assertThat(seen).containsExactly("work done", "outer", "nested");
        unitOfWork().afterCommit(() -> seen.add("outside a unit: at once"));
        assertThat(seen).endsWith("outside a unit: at once");
    }

    @Test
    void drops_the_after_commit_actions_of_a_unit_that_rolls_back_and_of_a_nested_part_that_failed() {
        java.util.List<String> seen = new java.util.ArrayList<>();

        Throwable failure = catchThrowable(() -> unitOfWork().inTransaction(() -> {
            unitOfWork().afterCommit(() -> seen.add("rolled back"));
            throw new IllegalStateException("boom");
        }));
        unitOfWork().inTransaction(() -> {
            catchThrowable(() -> unitOfWork().inTransaction(() -> {
                unitOfWork().afterCommit(() -> seen.add("nested, failed"));
                throw new IllegalStateException("nested boom");
            }));
            unitOfWork().afterCommit(() -> seen.add("outer, committed"));
            return null;
        });

        assertThat(failure).hasMessage("boom");
        assertThat(seen).containsExactly("outer, committed");
    }
}
