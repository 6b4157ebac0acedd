package dev.interop.testkit.acquirer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.interop.acquirer.domain.AcquirerRejection;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.IntegrationType;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentAction;
import dev.interop.acquirer.domain.payment.PaymentEvent;
import dev.interop.acquirer.domain.payment.PaymentId;
import dev.interop.acquirer.domain.payment.PaymentKind;
import dev.interop.acquirer.domain.payment.PaymentOrder;
import dev.interop.acquirer.domain.payment.RemoteOutcome;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.DomainEvent;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.RejectionCode;
import dev.interop.shared.domain.Transition;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Model-based properties of the payment machine, and R9 and R10 over generated inputs.
 */
class PaymentPropertiesTest {

    private static final int SEQUENCES = 1000;
    private static final CurrencyCode EUR = CurrencyCode.of("EUR");

    @Test
    void command_sequences_follow_the_table_and_agree_with_the_model_after_every_step() {
        Map<PaymentAction, Integer> accepted = new EnumMap<>(PaymentAction.class);
        int[] silentApprovalsRefused = {0};

        qt().withExamples(SEQUENCES).forAll(ApGenerators.submittedPayments(), ApGenerators.paymentCommandSequences())
                .checkAssert((payment, commands) -> run(payment, commands, accepted, silentApprovalsRefused));

        assertThat(accepted.keySet()).as("every action was accepted at least once")
                .containsExactlyInAnyOrder(PaymentAction.values());
        assertThat(silentApprovalsRefused[0]).as("R10 refusals were exercised").isPositive();
    }

    @Test
    void generated_payments_start_authorizing_at_version_one_and_keep_their_invariants() {
        qt().withExamples(SEQUENCES).forAll(ApGenerators.submittedPayments()).checkAssert(payment -> {
            assertThat(payment.kind()).isEqualTo(PaymentKind.AUTHORIZING);
            assertThat(payment.version()).isEqualTo(1);
            assertThat(payment.eventCount()).isEqualTo(1);
            assertThat(payment.amount().isPositive()).isTrue();
            if (payment.finalization()) {
                assertThat(payment.token()).isNotEmpty();
            }
            if (payment.finalization() && payment.journey() == JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP) {
                assertThat(payment.checkoutSessionId()).isNotEmpty();
            }
        });
    }

    @Test
    void r9_multi_step_finalization_needs_the_checkout_session_created_before_review_with_the_token() {
        qt().withExamples(SEQUENCES).forAll(ApGenerators.partners(), Generate.booleans(), Generate.booleans(),
                        Generate.booleans())
                .checkAssert((partner, withSession, sessionHasToken, orderHasToken) -> {
                    Instant now = ApGenerators.EPOCH;
                    Option<CheckoutSession> session = withSession
                            ? Option.some(session(partner, sessionHasToken, now)) : Option.none();
                    PaymentOrder order = PaymentOrder.of(partner, new Money(5000, EUR), "order-1",
                            JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP);
                    if (orderHasToken) {
                        order = order.withToken(ApGenerators.seal("order-token"));
                    }

                    Either<Rejection, Transition<Payment>> registered =
                            Payment.registerForFinalization(PaymentId.of("r9"), order, session, now.plusSeconds(60));

                    if (!withSession) {
                        assertThat(registered.getLeft().code())
                                .isEqualTo(AcquirerRejection.FINALIZATION_REQUIRES_CHECKOUT_SESSION);
                    } else if (!sessionHasToken) {
                        assertThat(registered.getLeft().code())
                                .isEqualTo(AcquirerRejection.FINALIZATION_REQUIRES_TOKEN);
                    } else {
                        Payment payment = registered.get().next();
                        assertThat(payment.finalization()).isTrue();
                        assertThat(payment.checkoutSessionId()).contains(session.get().id());
                        assertThat(payment.token()).contains(orderHasToken ? ApGenerators.seal("order-token")
                                : session.get().token().get());
                    }
                });
    }

    @Test
    void r10_a_finalization_above_the_approved_amount_plus_tolerance_needs_the_customer_again() {
        qt().withExamples(SEQUENCES).forAll(SourceDSL.longs().between(1, 100_000),
                        SourceDSL.longs().between(1, 100_000), SourceDSL.longs().between(0, 2_000), Generate.booleans())
                .checkAssert((amount, approved, tolerance, stepUp) -> {
                    PartnerProfile partner = ApGenerators.partner("r10", IntegrationType.HOSTED_CHECKOUT, false);
                    Instant now = ApGenerators.EPOCH;
                    PaymentOrder order = PaymentOrder.of(partner, new Money(amount, EUR), "order-1",
                            JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP).withApprovedAmount(new Money(approved, EUR));
                    if (stepUp) {
                        order = order.withStepUp("https://shop.example/return");
                    }

                    Either<Rejection, Transition<Payment>> registered = Payment.registerForFinalization(
                            PaymentId.of("r10"), order, Option.some(session(partner, true, now)), tolerance,
                            now.plusSeconds(60));

                    boolean drifted = amount > approved + tolerance;
                    if (drifted && !stepUp) {
                        assertThat(registered.getLeft().code()).isEqualTo(AcquirerRejection.AMOUNT_EXCEEDS_APPROVED);
                        return;
                    }
                    Payment payment = registered.get().next();
                    assertThat(payment.reapprovalRequired()).isEqualTo(drifted);
                    Either<Rejection, Transition<Payment>> silent =
                            payment.record(new RemoteOutcome.Succeeded("tx"), now.plusSeconds(61));
                    assertThat(silent.isRight()).as("silent approval allowed only within the approval")
                            .isEqualTo(!drifted);
                });
    }

    private static CheckoutSession session(PartnerProfile partner, boolean withToken, Instant now) {
        return CheckoutSession.open(CheckoutSessionId.of("before_review"), partner,
                        JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP, PresentationInstruction.SHOW_ONLY_KLARNA,
                        new Money(5000, EUR), Option.none(), List.empty(),
                        withToken ? Option.some(ApGenerators.seal("session-token")) : Option.none(), Option.none(),
                        now, CheckoutSession.DEFAULT_TTL)
                .get().next();
    }

    private static void run(Payment initial, List<PaymentCommand> commands, Map<PaymentAction, Integer> accepted,
            int[] silentApprovalsRefused) {
        PaymentKind modelKind = PaymentKind.AUTHORIZING;
        Payment payment = initial;
        Instant now = ApGenerators.EPOCH;
        for (PaymentCommand command : commands) {
            now = now.plusSeconds(1);
            Either<RejectionCode, PaymentKind> expected = expect(modelKind, payment.reapprovalRequired(), command);
            Either<Rejection, Transition<Payment>> actual = command.apply(payment, now);

            if (Payment.TABLE.isFinal(payment.kind())) {
                assertThat(actual.isLeft()).as("a final state absorbs %s", command).isTrue();
            }
            if (expected.isLeft()) {
                assertThat(actual.isLeft()).as("%s in %s should be refused", command, payment.kind()).isTrue();
                assertThat(actual.getLeft().code()).as("%s in %s", command, payment.kind())
                        .isEqualTo(expected.getLeft());
                if (expected.getLeft() == AcquirerRejection.AMOUNT_EXCEEDS_APPROVED) {
                    silentApprovalsRefused[0]++;
                }
                continue;
            }
            assertThat(actual.isRight()).as("%s in %s should be accepted", command, payment.kind()).isTrue();
            Transition<Payment> transition = actual.get();
            Payment next = transition.next();
            assertThat(next.kind()).isEqualTo(expected.get());
            assertThat(Payment.TABLE.permits(payment.kind(), command.action(), next.kind()))
                    .as("the table permits %s --%s--> %s", payment.kind(), command.action(), next.kind()).isTrue();
            assertThat(next.version()).isEqualTo(payment.version() + 1);
            assertThat(next.eventCount()).isEqualTo(payment.eventCount() + transition.events().size());
            assertThat(next.eventCount()).isGreaterThan(payment.eventCount());
            if (next.kind() == PaymentKind.AUTHORIZED && next.reapprovalRequired()) {
                assertThat(payment.kind()).as("R10: never a silent approval")
                        .isEqualTo(PaymentKind.REQUIRES_CUSTOMER_ACTION);
            }
            for (DomainEvent event : transition.events()) {
                assertThat(event).isInstanceOf(PaymentEvent.class);
                assertThat(((PaymentEvent) event).paymentId()).isEqualTo(payment.id());
                assertThat(((PaymentEvent) event).occurredAt()).isEqualTo(now);
                assertThat(event.type()).startsWith("payment.");
                next.token().forEach(token -> assertThat(event.toString()).doesNotContain(token.ciphertext()));
                next.stepUpReturnUrl().forEach(url -> assertThat(event.toString()).doesNotContain(url));
            }
            assertThat(next.amount()).isEqualTo(initial.amount());
            assertThat(next.amount().isPositive()).isTrue();
            assertThat(next.allowedActions()).isEqualTo(Payment.TABLE.allowedActions(next.kind()));
            accepted.merge(command.action(), 1, Integer::sum);
            modelKind = expected.get();
            payment = next;
        }
    }

    /** The payment's rules, written out plainly without the transition table. */
    private static Either<RejectionCode, PaymentKind> expect(PaymentKind kind, boolean reapprovalRequired,
            PaymentCommand command) {
        Either<RejectionCode, PaymentKind> refused = Either.left(CommonRejection.ACTION_NOT_ALLOWED);
        if (command instanceof PaymentCommand.Record record) {
            RemoteOutcome outcome = record.outcome();
            if (outcome instanceof RemoteOutcome.Errored) {
                return kind == PaymentKind.AUTHORIZING ? Either.right(PaymentKind.ERRORED) : refused;
            }
            if (kind != PaymentKind.AUTHORIZING) {
                return refused;
            }
            if (outcome instanceof RemoteOutcome.Succeeded) {
                return reapprovalRequired ? Either.left(AcquirerRejection.AMOUNT_EXCEEDS_APPROVED)
                        : Either.right(PaymentKind.AUTHORIZED);
            }
            return Either.right(outcome instanceof RemoteOutcome.Rejected ? PaymentKind.DECLINED
                    : PaymentKind.REQUIRES_CUSTOMER_ACTION);
        }
        if (command instanceof PaymentCommand.CompleteStepUp) {
            return kind == PaymentKind.REQUIRES_CUSTOMER_ACTION ? Either.right(PaymentKind.AUTHORIZING) : refused;
        }
        if (command instanceof PaymentCommand.FailStepUp) {
            return kind == PaymentKind.REQUIRES_CUSTOMER_ACTION ? Either.right(PaymentKind.DECLINED) : refused;
        }
        return kind == PaymentKind.ERRORED ? Either.right(PaymentKind.AUTHORIZING) : refused;
    }
}
