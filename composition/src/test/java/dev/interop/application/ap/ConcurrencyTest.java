package dev.interop.application.ap;

import static dev.interop.application.journeys.Sandbox.eur;
import static dev.interop.application.journeys.Sandbox.items;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.acquirer.domain.AcquirerRejection;
import dev.interop.application.journeys.Sandbox;
import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.application.port.StoredEvent;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentKind;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.RejectionCode;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Sixteen threads race for one checkout session or one token: exactly one payment is authorized (R5, R14), every
 * loser is told so as a value ({@code Conflict} or {@code Rejected}), and no timeline has a gap or a duplicate (R15).
 */
class ConcurrencyTest {

    private static final int THREADS = 16;

    private final Sandbox sandbox = new Sandbox();
    private final PartnerProfile shop = sandbox.hostedPartner();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private List<Either<UseCaseError, Payment>> race(Supplier<Either<UseCaseError, Payment>> call)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        java.util.List<Future<Either<UseCaseError, Payment>>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.get();
            }));
        }
        start.countDown();
        java.util.List<Either<UseCaseError, Payment>> results = new ArrayList<>();
        for (Future<Either<UseCaseError, Payment>> future : futures) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }
        return List.ofAll(results);
    }

    private void assertOneWinner(List<Either<UseCaseError, Payment>> results, RejectionCode... loserCodes) {
        List<Payment> won = results.filter(Either::isRight).map(Either::get);
        assertThat(won).hasSize(1);
        assertThat(won.head().kind()).isEqualTo(PaymentKind.AUTHORIZED);
        List<UseCaseError> lost = results.filter(Either::isLeft).map(Either::getLeft);
        assertThat(lost).hasSize(THREADS - 1).allSatisfy(error -> assertThat(error).satisfiesAnyOf(
                conflict -> assertThat(conflict).isInstanceOf(UseCaseError.Conflict.class),
                rejected -> assertThat(rejected.code())
                        .isIn(List.of(loserCodes).map(RejectionCode::name).toJavaList())));
        assertThat(sandbox.storedPayments().filter(payment -> payment.kind() == PaymentKind.AUTHORIZED)).hasSize(1);
        assertThat(sandbox.rows("payment_transactions")).isEqualTo(1);
        assertTimelinesWithoutGaps();
    }

    private void assertTimelinesWithoutGaps() {
        assertThat(sandbox.timelines().values()).isNotEmpty().allSatisfy(timeline ->
                assertThat(timeline.map(StoredEvent::sequence))
                        .isEqualTo(List.rangeClosed(1L, (long) timeline.size())));
    }

    @RepeatedTest(3)
    void racing_finalizations_of_one_checkout_session_authorize_exactly_one_payment() throws Exception {
        InteroperabilityToken token = sandbox.expressApproved(shop, Intent.PREPARATION, eur(10000),
                items(9500, 500), "mia@example.com");
        CheckoutSessionId session = sandbox.openCheckout(shop, eur(10000), items(9500, 500), Option.some(token))
                .get().session().id();

        List<Either<UseCaseError, Payment>> results = race(() -> sandbox.finalizeOn(shop, session, eur(10000)));

        assertOneWinner(results, AcquirerRejection.SESSION_ENDED, CommonRejection.ACTION_NOT_ALLOWED,
                KlarnaRejection.TOKEN_CONSUMED);
        assertThat(sandbox.checkoutEvents(shop, session)).containsExactly("checkout_session.opened",
                "checkout_session.payment_registered", "checkout_session.completed");
        assertThat(sandbox.storedPayments()).hasSize(1);
    }

    @RepeatedTest(3)
    void racing_submissions_with_one_token_authorize_exactly_one_payment() throws Exception {
        InteroperabilityToken token = sandbox.prequalify(shop, "anna@example.com", eur(5000));

        List<Either<UseCaseError, Payment>> results = race(() -> sandbox.submit(shop, eur(5000), token));

        assertOneWinner(results, KlarnaRejection.TOKEN_CONSUMED);
        assertThat(sandbox.storedPayments()).hasSize(1);
    }
}
