package dev.interop.application.contract;

import static dev.interop.application.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.klarna.application.port.out.CustomerSessionRepository;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.klarna.domain.session.IssuedToken;
import dev.interop.klarna.domain.session.PreQualification;
import dev.interop.klarna.domain.session.SessionKind;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.TokenHash;
import dev.interop.testkit.klarna.session.SessionCommand;
import dev.interop.testkit.klarna.session.SessionGenerators;
import dev.interop.testkit.klarna.session.SessionScenario;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The contract of {@link CustomerSessionRepository}: round trips, optimistic saves (R14), the token index (R3). */
public abstract class CustomerSessionRepositoryContract extends StorageContract {

    private CustomerSessionRepository sessions() {
        return storage.customerSessions();
    }

    private List<CustomerSession> saveAll(List<Transition<CustomerSession>> history) {
        List<CustomerSession> states = Fixtures.states(history);
        states.forEach(sessions()::save);
        return states;
    }

    @ParameterizedTest
    @EnumSource(SessionKind.class)
    void reads_back_a_session_of_every_kind_equal_to_the_one_saved(SessionKind kind) {
        CustomerSession last = saveAll(Fixtures.sessionHistory(kind)).last();

        assertThat(last.kind()).isEqualTo(kind);
        assertThat(sessions().findById(last.id()).toJavaOptional()).contains(last);
    }

    @ParameterizedTest
    @EnumSource(SessionKind.class)
    void finds_the_current_state_by_every_token_the_session_ever_issued(SessionKind kind) {
        CustomerSession last = saveAll(Fixtures.sessionHistory(kind)).last();

        assertThat(last.tokens()).hasSizeGreaterThanOrEqualTo(1);
        for (IssuedToken token : last.tokens()) {
            assertThat(sessions().findByTokenHash(token.hash()).toJavaOptional()).contains(last);
        }
    }

    @Test
    void finds_nothing_for_an_unknown_id_or_token() {
        saveAll(Fixtures.sessionHistory(SessionKind.SIGNED_IN));

        assertThat(sessions().findById(CustomerSessionId.of(Fixtures.unique())).isEmpty()).isTrue();
        assertThat(sessions().findByTokenHash(TokenHash.of("never issued")).isEmpty()).isTrue();
    }

    @Test
    void a_stale_save_fails_and_changes_nothing() {
        List<CustomerSession> states = Fixtures.states(Fixtures.sessionHistory(SessionKind.SIGNED_IN));
        CustomerSession first = states.get(0);
        sessions().save(first);
        sessions().save(states.get(1));
        TokenHash otherToken = TokenHash.of("rotated by a concurrent writer " + Fixtures.unique());
        CustomerSession concurrent = Fixtures.accepted(first.prequalify(PreQualification.notApproved(), otherToken,
                T0.plusSeconds(5))).next();

        assertThatThrownBy(() -> sessions().save(concurrent)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(sessions().findById(first.id()).toJavaOptional()).contains(states.get(1));
        assertThat(sessions().findByTokenHash(otherToken).isEmpty()).isTrue();
    }

    @Test
    void a_save_that_skips_a_version_fails_and_changes_nothing() {
        List<CustomerSession> states = Fixtures.states(Fixtures.sessionHistory(SessionKind.SIGNED_IN));
        sessions().save(states.get(0));

        assertThatThrownBy(() -> sessions().save(states.get(2))).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(sessions().findById(states.get(0).id()).toJavaOptional()).contains(states.get(0));
        assertThat(sessions().findByTokenHash(states.get(2).currentToken().hash()).isEmpty()).isTrue();
    }

    @Test
    void inserting_version_one_of_an_existing_session_fails_and_changes_nothing() {
        List<CustomerSession> states = Fixtures.states(Fixtures.sessionHistory(SessionKind.PREQUALIFIED));
        sessions().save(states.get(0));
        sessions().save(states.get(1));
        CustomerSession restarted = Fixtures.accepted(CustomerSession.start(states.get(0).id(),
                PartnerAccountId.of("krn:partner:global:account:test:partner-2"), BoostFeature.MARKETING, TokenHash.of("restart " + Fixtures.unique()),
                T0.plusSeconds(30))).next();

        assertThatThrownBy(() -> sessions().save(states.get(0))).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> sessions().save(restarted)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(sessions().findById(states.get(0).id()).toJavaOptional()).contains(states.get(1));
        assertThat(sessions().findByTokenHash(restarted.currentToken().hash()).isEmpty()).isTrue();
    }

    @Test
    void a_later_version_of_a_session_never_stored_fails() {
        List<CustomerSession> states = Fixtures.states(Fixtures.sessionHistory(SessionKind.PREQUALIFIED));

        assertThatThrownBy(() -> sessions().save(states.get(1))).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(sessions().findById(states.get(1).id()).isEmpty()).isTrue();
    }

    @Test
    void a_token_hash_that_another_session_issued_fails_the_save_and_changes_nothing() {
        CustomerSession owner = saveAll(Fixtures.sessionHistory(SessionKind.PREQUALIFIED)).last();
        TokenHash taken = owner.tokens().head().hash();
        CustomerSession intruder = Fixtures.accepted(CustomerSession.start(CustomerSessionId.of(Fixtures.unique()),
                PartnerAccountId.of("krn:partner:global:account:test:partner-1"), BoostFeature.MARKETING, taken, T0)).next();

        assertThatThrownBy(() -> sessions().save(intruder)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(sessions().findById(intruder.id()).isEmpty()).isTrue();
        assertThat(sessions().findByTokenHash(taken).toJavaOptional()).contains(owner);
    }

    @Test
    void finds_due_active_sessions_oldest_first_up_to_the_limit() {
        Instant now = T0.plus(Duration.ofMinutes(40));
        CustomerSession in10 = due(SessionKind.SUPPORTED, 10);
        CustomerSession in30 = due(SessionKind.PENDING_CONFIRMATION, 30);
        CustomerSession atNow = due(SessionKind.PREPARED, 40);
        CustomerSession in20 = due(SessionKind.SIGNED_IN, 20);
        due(SessionKind.PREQUALIFIED, 41);
        due(SessionKind.CONSUMED, 5);
        due(SessionKind.EXPIRED, 5);

        assertThat(sessions().findDue(now, 10)).containsExactly(in10, in20, in30, atNow);
        assertThat(sessions().findDue(now, 2)).containsExactly(in10, in20);
        assertThat(sessions().findDue(T0.plus(Duration.ofMinutes(9)), 10)).isEmpty();
    }

    private CustomerSession due(SessionKind kind, int minutes) {
        return saveAll(Fixtures.sessionHistory(kind, CustomerSessionId.of(Fixtures.unique()), T0,
                Duration.ofMinutes(minutes))).last();
    }

    @Test
    void every_state_a_generated_journey_reaches_reads_back_equal_after_each_save() {
        qt().withExamples(15).withShrinkCycles(20).forAll(SessionGenerators.scenarios(12)).checkAssert(generated -> {
            SessionScenario scenario = new SessionScenario(CustomerSessionId.of(Fixtures.unique()),
                    generated.partner(), generated.origin(), generated.startedAt(), generated.ttl(),
                    generated.commands());
            CustomerSession session = scenario.start().next();
            sessions().save(session);
            Instant now = scenario.startedAt();
            for (SessionCommand command : scenario.commands()) {
                now = now.plus(command.advance());
                var result = command.applyTo(session, now, scenario.tokenHash(session.tokens().size() + 1));
                if (result.isRight()) {
                    session = result.get().next();
                    sessions().save(session);
                    assertThat(sessions().findById(session.id()).toJavaOptional()).contains(session);
                }
            }
            for (IssuedToken token : session.tokens()) {
                assertThat(sessions().findByTokenHash(token.hash()).toJavaOptional()).contains(session);
            }
        });
    }
}
