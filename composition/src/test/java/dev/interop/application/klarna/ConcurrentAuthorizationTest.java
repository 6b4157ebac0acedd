package dev.interop.application.klarna;

import static dev.interop.application.klarna.KlarnaAssertions.assertCompleteTimeline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.klarna.application.port.in.AuthorizePaymentUseCase.Outcome;
import dev.interop.klarna.application.port.in.StartPrequalificationUseCase;
import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.klarna.application.port.out.CustomerSessionRepository;
import dev.interop.shared.application.port.UnitOfWork;
import dev.interop.klarna.application.sandbox.SandboxShippingQuotesGateway;
import dev.interop.klarna.application.service.KlarnaSettings;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.klarna.domain.presentation.Market;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.CustomerSessionId;
import dev.interop.klarna.domain.session.SessionKind;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** R5 under races: sixteen authorizations with one token at once create exactly one transaction. */
class ConcurrentAuthorizationTest {

    private static final int THREADS = 16;

    @RepeatedTest(5)
    void approves_exactly_one_of_sixteen_simultaneous_authorizations_with_one_token() throws Exception {
        java.util.List<Either<UseCaseError, Outcome>> outcomes = race(new KlarnaSideFixture(), null);

        assertThat(outcomes).filteredOn(Either::isLeft).allSatisfy(outcome -> assertThat(outcome.getLeft())
                .satisfiesAnyOf(
                        error -> assertThat(error).isInstanceOf(UseCaseError.Conflict.class),
                        error -> assertThat(error.code()).isEqualTo(KlarnaRejection.TOKEN_CONSUMED.name())));
    }

    /**
     * Without serializable transactions (as under READ COMMITTED) and with every racer made to read the session
     * before anyone writes, the optimistic save lets exactly one consume it: every other racer ends in
     * {@code Conflict} and leaves nothing behind.
     */
    @Test
    void lets_the_optimistic_save_pick_one_winner_when_every_racer_read_the_same_version() throws Exception {
        UnitOfWork interleaving = new UnitOfWork() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }

            @Override
            public void afterCommit(Runnable action) {
                action.run();
            }
        };
        CyclicBarrier allHaveRead = new CyclicBarrier(THREADS);
        AtomicBoolean racing = new AtomicBoolean();
        KlarnaSideFixture klarna = new KlarnaSideFixture(KlarnaSettings.DEFAULTS, new SandboxShippingQuotesGateway(),
                Market.DEFAULT, interleaving, sessions -> new ReadThenWait(sessions, allHaveRead, racing));

        java.util.List<Either<UseCaseError, Outcome>> outcomes = race(klarna, racing);

        assertThat(outcomes).filteredOn(Either::isLeft)
                .allSatisfy(outcome -> assertThat(outcome.getLeft()).isInstanceOf(UseCaseError.Conflict.class));
    }

    private static java.util.List<Either<UseCaseError, Outcome>> race(KlarnaSideFixture klarna, AtomicBoolean racing)
            throws Exception {
        PartnerAccount shop = klarna.oneStepPartner();
        StartPrequalificationUseCase.Result prequalified = klarna.prequalify(shop, "ada@example.com");
        if (racing != null) {
            racing.set(true);
        }
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        java.util.List<Either<UseCaseError, Outcome>> outcomes = new ArrayList<>();
        try {
            java.util.List<Future<Either<UseCaseError, Outcome>>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return klarna.authorize(shop, Option.of(prequalified.token()), 10_000, true);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<Either<UseCaseError, Outcome>> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).filteredOn(outcome -> outcome.isRight() && outcome.get() instanceof Outcome.Approved)
                .hasSize(1);
        assertThat(outcomes).filteredOn(Either::isLeft).hasSize(THREADS - 1);
        assertThat(klarna.allTransactions()).hasSize(1);
        assertThat(klarna.requestCount()).isZero();
        CustomerSession session = klarna.session(prequalified.sessionId());
        assertThat(session.kind()).isEqualTo(SessionKind.CONSUMED);
        assertCompleteTimeline(klarna.timeline(session.id().value()), session);
        assertThat(klarna.timeline(session.id().value()).map(event -> event.type()))
                .containsOnlyOnce("customer_session.consumed");
        return outcomes;
    }

    /** The real repository, except that while racing each token lookup waits until every racer has read. */
    private static final class ReadThenWait implements CustomerSessionRepository {
        private final CustomerSessionRepository delegate;
        private final CyclicBarrier barrier;
        private final AtomicBoolean racing;

        ReadThenWait(CustomerSessionRepository delegate, CyclicBarrier barrier, AtomicBoolean racing) {
            this.delegate = delegate;
            this.barrier = barrier;
            this.racing = racing;
        }

        @Override
        public void save(CustomerSession session) {
            delegate.save(session);
        }

        @Override
        public Option<CustomerSession> findById(CustomerSessionId id) {
            return delegate.findById(id);
        }

        @Override
        public Option<CustomerSession> findByTokenHash(TokenHash hash) {
            Option<CustomerSession> found = delegate.findByTokenHash(hash);
            if (racing.get()) {
                try {
                    barrier.await(10, TimeUnit.SECONDS);
                } catch (Exception interrupted) {
                    throw new IllegalStateException("the racers did not all read", interrupted);
                }
            }
            return found;
        }

        @Override
        public List<CustomerSession> findDue(Instant now, int limit) {
            return delegate.findDue(now, limit);
        }
    }
}
