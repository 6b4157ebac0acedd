package dev.interop.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.acquirer.application.inmemory.InMemoryAcquirerStorage;
import dev.interop.acquirer.application.port.in.CreatePartnerCommand;
import dev.interop.acquirer.application.port.in.ReconcilePaymentsCommand;
import dev.interop.acquirer.application.port.in.SubmitPaymentCommand;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.acquirer.application.port.out.KlarnaUnavailableException;
import dev.interop.acquirer.application.port.out.KlarnaUnreachableException;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentKind;
import dev.interop.acquirer.domain.payment.PaymentState;
import dev.interop.composition.inprocess.InProcessKlarnaNetworkGateway;
import dev.interop.composition.inprocess.InProcessPaymentRequestNotifier;
import dev.interop.klarna.application.inmemory.InMemoryKlarnaStorage;
import dev.interop.klarna.application.port.in.DeclinePurchaseCommand;
import dev.interop.klarna.application.port.in.StartPrequalificationCommand;
import dev.interop.klarna.application.port.in.StartPurchaseJourneyCommand;
import dev.interop.klarna.application.port.out.PaymentRequestNotifier;
import dev.interop.klarna.domain.authorization.PaymentTransaction;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.shared.application.inmemory.InMemoryDatabase;
import dev.interop.shared.application.system.ManualClock;
import dev.interop.shared.domain.Money;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * R17 and R19 in one process, with faults injected at the gateway and the notifier: the payment is committed as
 * AUTHORIZING before Klarna is asked, an unknown outcome is kept as ERRORED, and the reconciler settles it by asking
 * again with the same idempotency key — exactly one authorization at Klarna, whatever was lost.
 */
class PaymentsSurviveTheNetworkTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    private static final ReconcilePaymentsCommand RECONCILE = new ReconcilePaymentsCommand(100,
            Duration.ofSeconds(30));

    private enum Fault { LOSE_THE_ANSWER, UNREACHABLE, DIE_AFTER_SENDING }

    private final ManualClock clock = new ManualClock(T0);
    private final InMemoryDatabase klarnaDb = new InMemoryDatabase();
    private final InMemoryDatabase acquirerDb = new InMemoryDatabase();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final AtomicBoolean dropNotifications = new AtomicBoolean();
    private final KlarnaSide klarna;
    private final AcquirerSide acquirer;

    PaymentsSurviveTheNetworkTest() {
        InProcessPaymentRequestNotifier bridge = new InProcessPaymentRequestNotifier(klarnaDb);
        PaymentRequestNotifier lossy = notification -> {
            if (!dropNotifications.get()) {
                bridge.stateChanged(notification);
            }
        };
        klarna = KlarnaSide.builder().withClock(clock).withNotifier(lossy)
                .withStorage(InMemoryKlarnaStorage.on(klarnaDb)).build();
        acquirer = AcquirerSide.builder().withClock(clock).withKlarna(faulty(new InProcessKlarnaNetworkGateway(klarna)))
                .withStorage(InMemoryAcquirerStorage.on(acquirerDb)).build();
        bridge.bind(acquirer.handlePaymentRequestUpdate());
    }

    /** The gateway with the next scripted fault applied to authorizations. */
    private KlarnaNetworkGateway faulty(KlarnaNetworkGateway real) {
        return new KlarnaNetworkGateway() {
            @Override
            public PresentationAnswer presentation(PresentationQuery query) {
                return real.presentation(query);
            }

            @Override
            public AuthorizationAnswer authorize(AuthorizationCall call) {
                Fault fault = faults.poll();
                if (fault == Fault.UNREACHABLE) {
                    throw new KlarnaUnreachableException("connection refused", null);
                }
                AuthorizationAnswer answer = real.authorize(call);
                if (fault == Fault.LOSE_THE_ANSWER) {
                    throw new KlarnaUnavailableException("read timed out after the request was sent", null);
                }
                if (fault == Fault.DIE_AFTER_SENDING) {
                    throw new IllegalStateException("the instance stopped before recording the answer");
                }
                return answer;
            }

            @Override
            public void cancelPaymentRequest(dev.interop.shared.network.PartnerAccountId account, String id) {
                real.cancelPaymentRequest(account, id);
            }

            @Override
            public Option<PaymentRequestStatus> readPaymentRequest(dev.interop.shared.network.PartnerAccountId account,
                    String id) {
                return real.readPaymentRequest(account, id);
            }

            @Override
            public OnboardingAnswer onboardPartner(OnboardingCall call) {
                return real.onboardPartner(call);
            }
        };
    }

    private PartnerProfile shop() {
        return acquirer.createPartner().create(new CreatePartnerCommand("Shop", IntegrationType.SERVER_SIDE_ONLY,
                true)).get().partner();
    }

    private InteroperabilityToken prequalified(PartnerProfile shop, String email) {
        return klarna.startPrequalification().start(new StartPrequalificationCommand(shop.klarnaClientId(), email,
                Option.some(Money.of(12_000, "EUR")), Money.of(12_000, "EUR").currency())).get().token();
    }

    private SubmitPaymentCommand payment(PartnerProfile shop, InteroperabilityToken token) {
        return new SubmitPaymentCommand(shop.id(), Money.of(12_000, "EUR"), "order-1", Option.none(), false,
                Option.some("https://shop.example/return"), Option.some(token), Option.none());
    }

    private List<PaymentTransaction> transactionsAtKlarna() {
        return klarnaDb.<String, PaymentTransaction>table("payment_transactions").rows().values().toList();
    }

    private List<Payment> payments() {
        return acquirerDb.<Object, Payment>table("payments").rows().values().toList();
    }

    @Test
    void a_lost_answer_leaves_the_payment_errored_and_the_reconciler_settles_it_with_the_one_authorization() {
        PartnerProfile shop = shop();
        faults.add(Fault.LOSE_THE_ANSWER);

        Payment errored = acquirer.submitPayment().submit(payment(shop, prequalified(shop, "ada@example.com"))).get();

        assertThat(errored.kind()).isEqualTo(PaymentKind.ERRORED);
        assertThat(transactionsAtKlarna()).as("Klarna did authorize").hasSize(1);

        var run = acquirer.reconcilePayments().reconcile(RECONCILE);

        Payment settled = payments().single();
        assertThat(run.settled()).isEqualTo(1);
        assertThat(settled.kind()).isEqualTo(PaymentKind.AUTHORIZED);
        assertThat(transactionsAtKlarna()).as("asked again with the same key, never a second authorization")
                .hasSize(1);
        assertThat(settled.klarnaTransactionId()).contains(transactionsAtKlarna().single().id());
    }

    @Test
    void an_instance_that_died_mid_call_leaves_an_authorizing_payment_the_reconciler_settles_once_overdue() {
        PartnerProfile shop = shop();
        faults.add(Fault.DIE_AFTER_SENDING);

        assertThatThrownBy(() -> acquirer.submitPayment().submit(payment(shop, prequalified(shop, "bo@example.com"))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(payments().single().kind()).as("committed before Klarna was asked (R17)")
                .isEqualTo(PaymentKind.AUTHORIZING);

        assertThat(acquirer.reconcilePayments().reconcile(RECONCILE).examined())
                .as("a call that may still be in flight is left alone").isZero();
        clock.advance(Duration.ofSeconds(31));
        acquirer.reconcilePayments().reconcile(RECONCILE);

        assertThat(payments().single().kind()).isEqualTo(PaymentKind.AUTHORIZED);
        assertThat(transactionsAtKlarna()).hasSize(1);
    }

    @Test
    void klarna_unreachable_before_sending_declines_the_payment_as_not_sent_and_authorizes_nothing() {
        PartnerProfile shop = shop();
        faults.add(Fault.UNREACHABLE);

        assertThatThrownBy(() -> acquirer.submitPayment().submit(payment(shop, prequalified(shop, "cy@example.com"))))
                .isInstanceOf(KlarnaUnreachableException.class);

        Payment payment = payments().single();
        assertThat(payment.state()).isInstanceOfSatisfying(PaymentState.Declined.class,
                declined -> assertThat(declined.reason()).contains("not sent"));
        assertThat(transactionsAtKlarna()).isEmpty();
    }

    @Test
    void klarna_still_silent_during_reconciliation_keeps_the_payment_errored_for_the_next_run() {
        PartnerProfile shop = shop();
        faults.add(Fault.UNREACHABLE);
        faults.addFirst(Fault.LOSE_THE_ANSWER);

        acquirer.submitPayment().submit(payment(shop, prequalified(shop, "di@example.com"))).get();
        var stillDown = acquirer.reconcilePayments().reconcile(RECONCILE);
        var back = acquirer.reconcilePayments().reconcile(RECONCILE);

        assertThat(stillDown.unsettled()).isEqualTo(1);
        assertThat(back.settled()).isEqualTo(1);
        assertThat(payments().single().kind()).isEqualTo(PaymentKind.AUTHORIZED);
        assertThat(transactionsAtKlarna()).hasSize(1);
    }

    @Test
    void a_lost_decline_notification_is_settled_by_reading_the_payment_request() {
        PartnerProfile shop = shop();
        Payment waiting = acquirer.submitPayment().submit(payment(shop, prequalified(shop, "eve+stepup@example.com")))
                .get();
        assertThat(waiting.kind()).isEqualTo(PaymentKind.REQUIRES_CUSTOMER_ACTION);
        PaymentRequestId request = PaymentRequestId.parse(
                ((PaymentState.RequiresCustomerAction) waiting.state()).klarnaPaymentRequestId(), "id").get();

        dropNotifications.set(true);
        klarna.startPurchaseJourney().start(new StartPurchaseJourneyCommand(shop.klarnaClientId(), request)).get();
        klarna.declinePurchase().decline(new DeclinePurchaseCommand(shop.klarnaClientId(), request)).get();
        assertThat(payments().single().kind()).as("the notification was lost")
                .isEqualTo(PaymentKind.REQUIRES_CUSTOMER_ACTION);

        clock.advance(Duration.ofSeconds(31));
        acquirer.reconcilePayments().reconcile(RECONCILE);

        assertThat(payments().single().kind()).isEqualTo(PaymentKind.DECLINED);
        assertThat(transactionsAtKlarna()).isEmpty();
    }

    @Test
    void a_lost_completion_notification_is_finalized_with_the_token_klarna_hands_out_on_a_read() {
        PartnerProfile shop = shop();
        Payment waiting = acquirer.submitPayment().submit(payment(shop, prequalified(shop, "fay+stepup@example.com")))
                .get();
        PaymentRequestId request = PaymentRequestId.parse(
                ((PaymentState.RequiresCustomerAction) waiting.state()).klarnaPaymentRequestId(), "id").get();

        dropNotifications.set(true);
        klarna.startPurchaseJourney().start(new StartPurchaseJourneyCommand(shop.klarnaClientId(), request)).get();
        klarna.approvePurchase().approve(new dev.interop.klarna.application.port.in.ApprovePurchaseCommand(
                shop.klarnaClientId(), request, Option.none())).get();
        assertThat(payments().single().kind()).as("the completion was never notified")
                .isEqualTo(PaymentKind.REQUIRES_CUSTOMER_ACTION);

        clock.advance(Duration.ofSeconds(31));
        acquirer.reconcilePayments().reconcile(RECONCILE);

        assertThat(payments().single().kind()).isEqualTo(PaymentKind.AUTHORIZED);
        assertThat(transactionsAtKlarna()).hasSize(1);
    }

    @Test
    void klarna_hands_out_a_completion_token_only_within_its_sixty_minutes() {
        PartnerProfile shop = shop();
        Payment waiting = acquirer.submitPayment().submit(payment(shop, prequalified(shop, "gus+stepup@example.com")))
                .get();
        PaymentRequestId request = PaymentRequestId.parse(
                ((PaymentState.RequiresCustomerAction) waiting.state()).klarnaPaymentRequestId(), "id").get();
        dropNotifications.set(true);
        klarna.startPurchaseJourney().start(new StartPurchaseJourneyCommand(shop.klarnaClientId(), request)).get();
        klarna.approvePurchase().approve(new dev.interop.klarna.application.port.in.ApprovePurchaseCommand(
                shop.klarnaClientId(), request, Option.none())).get();
        var read = new dev.interop.klarna.application.port.in.GetPaymentRequestCommand(shop.klarnaAccountId(),
                request);

        assertThat(klarna.getPaymentRequest().completionToken(read)).isNotEmpty();
        clock.advance(Duration.ofMinutes(61));
        assertThat(klarna.getPaymentRequest().completionToken(read)).isEmpty();
    }
}
