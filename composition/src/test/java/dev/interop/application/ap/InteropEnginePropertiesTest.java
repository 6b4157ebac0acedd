package dev.interop.application.ap;

import static dev.interop.application.journeys.Sandbox.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.interop.acquirer.domain.AcquirerRejection;
import dev.interop.application.journeys.Sandbox;
import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.application.port.StoredEvent;
import dev.interop.klarna.application.port.in.ApprovePurchaseCommand;
import dev.interop.acquirer.application.port.in.CheckoutSessionView;
import dev.interop.klarna.application.port.in.DeclinePurchaseCommand;
import dev.interop.acquirer.application.port.in.GetCheckoutSessionCommand;
import dev.interop.klarna.application.port.in.StartPurchaseJourneyCommand;
import dev.interop.acquirer.application.port.in.SubmitPaymentCommand;
import dev.interop.acquirer.application.port.in.UpdateCheckoutSessionCommand;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.klarna.domain.authorization.PaymentTransaction;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionKind;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentKind;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Model-based property: random interleavings of use-case calls on several customer sessions at once (different
 * journeys, different risk), against the real in-memory engine. After every step the invariants hold:
 * <ul>
 *   <li>at most one authorized payment per customer session at the Acquiring Partner, and at most one Klarna payment
 *       transaction per customer session (R5);</li>
 *   <li>a session whose token was consumed refuses it from then on, and final payments never change again;</li>
 *   <li>every timeline's sequences are exactly 1..n (R15);</li>
 *   <li>all money is positive (R12);</li>
 *   <li>a checkout session agrees with the payment registered on it: completed only with an authorized payment,
 *       registered only while that payment is not final.</li>
 * </ul>
 */
class InteropEnginePropertiesTest {

    private static final int SESSIONS = 4;

    /** What a step does to its session. */
    enum Action {
        PRESENT, OPEN_CHECKOUT, UPDATE_CHECKOUT, SUBMIT, SUBMIT_ON_CHECKOUT, FINALIZE, APPROVE_STEP_UP, DECLINE_STEP_UP,
        ADVANCE_CLOCK, EXPIRE_DUE
    }

    /** One generated step: a session, an action, and an amount in minor units (or minutes, for the clock). */
    record Step(int session, Action action, int amount) {
    }

    private static Gen<List<Step>> steps() {
        Gen<Step> step = integers().between(0, SESSIONS - 1).zip(arbitrary().enumValues(Action.class),
                integers().between(1, 8_000), Step::new);
        return lists().of(step).ofSizeBetween(1, 30).map(items -> List.ofAll(items));
    }

    @Test
    void random_interleavings_of_use_cases_on_several_sessions_keep_the_invariants() {
        Coverage coverage = new Coverage();
        qt().withExamples(80).withShrinkCycles(50).forAll(steps())
                .checkAssert(steps -> new Run(coverage).play(steps));

        // The property is not vacuous: the generated runs reached the interesting states.
        assertThat(coverage.authorized).isPositive();
        assertThat(coverage.refusedAsConsumed).isPositive();
        assertThat(coverage.stepUps).isPositive();
        assertThat(coverage.finalized).isPositive();
    }

    /** What the generated runs went through, summed over all examples. */
    private static final class Coverage {
        private int authorized;
        private int refusedAsConsumed;
        private int stepUps;
        private int finalized;
    }

    /** One engine, its sessions, and what the test has seen so far (the model). */
    private static final class Run {
        private final Coverage coverage;
        private final Sandbox sandbox = new Sandbox();
        private final PartnerProfile shop = sandbox.hostedPartner();
        private final List<InteroperabilityToken> tokens;
        private Map<Integer, CheckoutSessionView> checkouts = HashMap.empty();
        private Map<Integer, Payment> waiting = HashMap.empty();
        private Map<String, Payment> finals = HashMap.empty();

        Run(Coverage coverage) {
            this.coverage = coverage;
            tokens = List.of(
                    sandbox.prequalify(shop, "pia@example.com", eur(8_000)),
                    sandbox.signIn(shop, "sam+stepup@example.com"),
                    sandbox.signIn(shop, "ada@example.com"),
                    sandbox.expressApproved(shop, Intent.PREPARATION, eur(5_000), List.empty(), "max@example.com"));
        }

        void play(List<Step> steps) {
            for (Step step : steps) {
                boolean consumedBefore = consumed(step.session());
                Option<Either<UseCaseError, ?>> answer = apply(step);
                if (consumedBefore && usesTheToken(step.action())) {
                    assertThat(answer.get().isLeft()).as("a consumed token is refused: %s", step).isTrue();
                    assertThat(answer.get().getLeft().code()).isIn(KlarnaRejection.TOKEN_CONSUMED.name(),
                            AcquirerRejection.SESSION_EXPIRED.name(), KlarnaRejection.TOKEN_EXPIRED.name());
                    coverage.refusedAsConsumed++;
                }
                checkInvariants(step);
            }
        }

        private static boolean usesTheToken(Action action) {
            return action == Action.PRESENT || action == Action.OPEN_CHECKOUT || action == Action.SUBMIT;
        }

        private Option<Either<UseCaseError, ?>> apply(Step step) {
            InteroperabilityToken token = tokens.get(step.session());
            Option<CheckoutSessionView> checkout = checkouts.get(step.session()).map(this::fresh);
            return switch (step.action()) {
                case PRESENT -> Option.some(sandbox.paymentMethods(shop, eur(step.amount()), Option.some(token)));
                case OPEN_CHECKOUT -> Option.some(sandbox.openCheckout(shop, eur(step.amount()), List.empty(),
                        Option.some(token)).peek(view -> checkouts = checkouts.put(step.session(), view)));
                case UPDATE_CHECKOUT -> checkout.map(view -> sandbox.interop.updateCheckoutSession().update(
                        new UpdateCheckoutSessionCommand(shop.id(), view.session().id(), view.session().version(),
                                Option.some(eur(step.amount())), Option.none(), Option.none(), Option.none(),
                                Option.none())));
                case SUBMIT -> Option.some(remember(step, sandbox.submit(shop, eur(step.amount()), token)));
                case SUBMIT_ON_CHECKOUT, FINALIZE -> checkout.map(view -> remember(step,
                        sandbox.interop.submitPayment().submit(new SubmitPaymentCommand(shop.id(),
                                view.session().amount(), "order-" + step.session(),
                                Option.some(view.session().id()), step.action() == Action.FINALIZE,
                                Option.some(Sandbox.RETURN_URL), Option.none(), Option.none()))));
                case APPROVE_STEP_UP, DECLINE_STEP_UP -> waiting.get(step.session()).map(payment -> customer(step,
                        Sandbox.waitingOn(payment)));
                case ADVANCE_CLOCK -> {
                    sandbox.clock.advance(Duration.ofMinutes(step.amount() / 10));
                    yield Option.none();
                }
                case EXPIRE_DUE -> {
                    sandbox.interop.expireDue(50);
                    yield Option.none();
                }
            };
        }

        private CheckoutSessionView fresh(CheckoutSessionView view) {
            return sandbox.interop.getCheckoutSession()
                    .get(new GetCheckoutSessionCommand(shop.id(), view.session().id())).get();
        }

        private Either<UseCaseError, ?> remember(Step step, Either<UseCaseError, Payment> answer) {
            answer.forEach(payment -> {
                coverage.authorized += payment.kind() == PaymentKind.AUTHORIZED ? 1 : 0;
                coverage.finalized += payment.finalization() && payment.kind() == PaymentKind.AUTHORIZED ? 1 : 0;
            });
            answer.toOption().filter(payment -> payment.kind() == PaymentKind.REQUIRES_CUSTOMER_ACTION)
                    .forEach(payment -> waiting = waiting.put(step.session(), payment));
            return answer;
        }

        private Either<UseCaseError, ?> customer(Step step, PaymentRequestId request) {
            var client = shop.klarnaClientId();
            if (step.action() == Action.DECLINE_STEP_UP) {
                return sandbox.interop.declinePurchase().decline(
                        new DeclinePurchaseCommand(client, request));
            }
            return sandbox.interop.startPurchaseJourney().start(new StartPurchaseJourneyCommand(client, request))
                    .flatMap(started -> sandbox.interop.approvePurchase().approve(
                            new ApprovePurchaseCommand(client, request, Option.none())))
                    .peek(approved -> coverage.stepUps++);
        }

        private boolean consumed(int session) {
            return authorizedPerToken().get(tokens.get(session).hash().hex()).exists(count -> count > 0);
        }

        private Map<String, Integer> authorizedPerToken() {
            return sandbox.storedPayments().filter(payment -> payment.kind() == PaymentKind.AUTHORIZED)
                    .groupBy(payment -> payment.token().map(sealed -> sealed.hash().hex()).getOrElse("none"))
                    .mapValues(List::size);
        }

        private void checkInvariants(Step step) {
            List<Payment> payments = sandbox.storedPayments();
            assertThat(authorizedPerToken().values()).as("one authorized payment per session after %s", step)
                    .allSatisfy(count -> assertThat(count).isEqualTo(1));
            List<PaymentTransaction> transactions = sandbox.storedTransactions();
            assertThat(transactions.groupBy(PaymentTransaction::customerSessionId).values())
                    .allSatisfy(perSession -> assertThat(perSession).hasSize(1));
            assertThat(transactions.size()).isEqualTo(payments.count(p -> p.kind() == PaymentKind.AUTHORIZED));

            finals.values().forEach(before -> assertThat(payments.find(p -> p.id().equals(before.id())))
                    .as("a final payment never changes").containsExactly(before));
            finals = finals.merge(HashMap.ofEntries(payments.filter(Payment::isFinal)
                    .map(payment -> Tuple.of(payment.id().value(), payment))));

            assertThat(sandbox.timelines().values()).allSatisfy(timeline -> assertThat(
                    timeline.map(StoredEvent::sequence)).isEqualTo(List.rangeClosed(1L, (long) timeline.size())));

            List<CheckoutSession> sessions = sandbox.storedCheckoutSessions();
            assertThat(payments.map(Payment::amount).appendAll(sessions.map(CheckoutSession::amount))
                    .appendAll(transactions.map(PaymentTransaction::amount)))
                    .allSatisfy(money -> assertThat(money.isPositive()).isTrue());
            sessions.forEach(session -> session.paymentId().forEach(paymentId -> {
                Payment registered = payments.find(p -> p.id().value().equals(paymentId)).get();
                if (session.kind() == CheckoutSessionKind.COMPLETED) {
                    assertThat(registered.kind()).isEqualTo(PaymentKind.AUTHORIZED);
                } else {
                    assertThat(registered.isFinal()).as("%s holds %s", session.id(), registered).isFalse();
                }
            }));
        }
    }
}
