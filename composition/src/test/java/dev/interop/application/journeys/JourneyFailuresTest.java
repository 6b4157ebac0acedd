package dev.interop.application.journeys;

import static dev.interop.application.journeys.Sandbox.eur;
import static dev.interop.application.journeys.Sandbox.items;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.acquirer.application.port.in.CheckoutSessionView;
import dev.interop.composition.Interop;
import dev.interop.klarna.application.port.in.DeclinePurchaseCommand;
import dev.interop.acquirer.application.port.in.GetCheckoutSessionCommand;
import dev.interop.klarna.application.port.in.GetPaymentRequestCommand;
import dev.interop.acquirer.application.port.in.SubmitPaymentCommand;
import dev.interop.klarna.application.port.out.CustomerRiskPolicy;
import dev.interop.klarna.application.sandbox.SandboxCustomerRiskPolicy;
import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.klarna.domain.authorization.CustomerAssessment;
import dev.interop.acquirer.domain.checkout.CheckoutSessionKind;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentKind;
import dev.interop.acquirer.domain.payment.PaymentState;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.klarna.domain.session.PreQualification;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What goes wrong on the way, end to end through the use cases: every failure is a value or a persisted state. */
class JourneyFailuresTest {

    private final Sandbox sandbox = new Sandbox();
    private final PartnerProfile shop = sandbox.hostedPartner();

    @Test
    void a_customer_klarna_declines_gets_a_declined_payment_and_the_token_stays_unconsumed() {
        InteroperabilityToken token = sandbox.signIn(shop, "dan+decline@example.com");

        Payment payment = sandbox.submit(shop, eur(5000), token).get();

        assertThat(payment.kind()).isEqualTo(PaymentKind.DECLINED);
        assertThat(((PaymentState.Declined) payment.state()).reason()).isEqualTo("CUSTOMER_DECLINED");
        assertThat(sandbox.paymentEvents(shop, payment)).containsExactly("payment.submitted", "payment.declined");
        assertThat(sandbox.rows("payment_transactions")).isZero();
    }

    @Test
    void a_step_up_leaves_the_payment_waiting_until_the_customer_approves_then_it_is_authorized_by_itself() {
        InteroperabilityToken token = sandbox.signIn(shop, "eve+stepup@example.com");

        Payment waiting = sandbox.submit(shop, eur(5000), token).get();
        PaymentState.RequiresCustomerAction action = (PaymentState.RequiresCustomerAction) waiting.state();
        sandbox.completeStepUp(shop, waiting);
        Payment after = sandbox.payment(shop, waiting);

        assertThat(waiting.kind()).isEqualTo(PaymentKind.REQUIRES_CUSTOMER_ACTION);
        assertThat(action.url()).startsWith("https://").contains(action.klarnaPaymentRequestId())
                .doesNotContain(token.reveal());
        assertThat(after.kind()).isEqualTo(PaymentKind.AUTHORIZED);
        assertThat(after.klarnaTransactionId()).hasSize(1);
        assertThat(sandbox.paymentEvents(shop, after)).containsExactly("payment.submitted",
                "payment.customer_action_required", "payment.step_up_completed", "payment.authorized");
        assertThat(sandbox.rows("payment_transactions")).isEqualTo(1);
    }

    @Test
    void a_step_up_customer_met_through_on_site_messaging_is_stepped_up_too() {
        InteroperabilityToken token = sandbox.prequalify(shop, "eve+stepup@example.com", eur(5000));

        Payment waiting = sandbox.submit(shop, eur(5000), token).get();

        assertThat(waiting.kind()).isEqualTo(PaymentKind.REQUIRES_CUSTOMER_ACTION);
        sandbox.completeStepUp(shop, waiting);
        assertThat(sandbox.payment(shop, waiting).kind()).isEqualTo(PaymentKind.AUTHORIZED);
    }

    @Test
    void without_the_customer_present_a_step_up_customer_is_declined_never_asked_to_step_up() {
        InteroperabilityToken token = sandbox.signIn(shop, "eve+stepup@example.com");

        Payment payment = sandbox.submitWithoutCustomer(shop, eur(5000), token).get();

        assertThat(payment.kind()).isEqualTo(PaymentKind.DECLINED);
        assertThat(sandbox.rows("payment_requests")).isZero();
    }

    @Test
    void a_customer_who_declines_in_the_purchase_journey_declines_the_waiting_payment() {
        InteroperabilityToken token = sandbox.signIn(shop, "eve+stepup@example.com");
        Payment waiting = sandbox.submit(shop, eur(5000), token).get();

        sandbox.interop.declinePurchase().decline(new DeclinePurchaseCommand(shop.klarnaClientId(),
                Sandbox.waitingOn(waiting))).get();

        Payment after = sandbox.payment(shop, waiting);
        assertThat(after.kind()).isEqualTo(PaymentKind.DECLINED);
        assertThat(sandbox.paymentEvents(shop, after)).endsWith("payment.step_up_failed", "payment.declined");
    }

    @Test
    void a_consumed_token_is_refused_when_used_again_and_the_second_attempt_leaves_nothing_behind() {
        InteroperabilityToken token = sandbox.prequalify(shop, "anna@example.com", eur(5000));
        Payment first = sandbox.submit(shop, eur(5000), token).get();

        var again = sandbox.submit(shop, eur(5000), token);
        var methods = sandbox.paymentMethods(shop, eur(5000), Option.some(token));
        var checkout = sandbox.openCheckout(shop, eur(5000), items(4500, 500), Option.some(token));

        assertThat(first.kind()).isEqualTo(PaymentKind.AUTHORIZED);
        assertThat(Sandbox.code(again)).isEqualTo(KlarnaRejection.TOKEN_CONSUMED.name());
        assertThat(Sandbox.code(methods)).isEqualTo(KlarnaRejection.TOKEN_CONSUMED.name());
        assertThat(Sandbox.code(checkout)).isEqualTo(KlarnaRejection.TOKEN_CONSUMED.name());
        assertThat(sandbox.rows("payments")).isEqualTo(1);
        assertThat(sandbox.rows("checkout_sessions")).isZero();
        assertThat(sandbox.rows("payment_transactions")).isEqualTo(1);
    }

    @Test
    void a_token_presented_by_another_partner_is_refused_and_stays_usable_for_its_own_partner() {
        PartnerProfile other = sandbox.serverSidePartner();
        InteroperabilityToken token = sandbox.prequalify(shop, "anna@example.com", eur(5000));

        var methods = sandbox.paymentMethods(other, eur(5000), Option.some(token));
        var payment = sandbox.submit(other, eur(5000), token);
        var checkout = sandbox.openCheckout(other, eur(5000), items(4500, 500), Option.some(token));

        assertThat(Sandbox.code(methods)).isEqualTo(KlarnaRejection.TOKEN_OF_ANOTHER_PARTNER.name());
        assertThat(Sandbox.code(payment)).isEqualTo(KlarnaRejection.TOKEN_OF_ANOTHER_PARTNER.name());
        assertThat(Sandbox.code(checkout)).isEqualTo(KlarnaRejection.TOKEN_OF_ANOTHER_PARTNER.name());
        assertThat(sandbox.rows("payments")).isZero();
        assertThat(sandbox.submit(shop, eur(5000), token).get().kind()).isEqualTo(PaymentKind.AUTHORIZED);
    }

    @Test
    void an_expired_payment_request_declines_the_payment_waiting_on_it() {
        InteroperabilityToken token = sandbox.signIn(shop, "eve+stepup@example.com");
        Payment waiting = sandbox.submit(shop, eur(5000), token).get();

        Interop.SweepResult early = sandbox.interop.expireDue(100);
        sandbox.clock.advance(Duration.ofHours(3).plusMinutes(1));
        Interop.SweepResult swept = sandbox.interop.expireDue(100);
        Interop.SweepResult again = sandbox.interop.expireDue(100);

        Payment after = sandbox.payment(shop, waiting);
        assertThat(early.paymentRequests()).isZero();
        assertThat(swept.paymentRequests()).isEqualTo(1);
        assertThat(again.paymentRequests()).isZero();
        assertThat(after.kind()).isEqualTo(PaymentKind.DECLINED);
        assertThat(((PaymentState.Declined) after.state()).reason()).contains("expired");
        assertThat(sandbox.paymentEvents(shop, after)).containsExactly("payment.submitted",
                "payment.customer_action_required", "payment.step_up_failed", "payment.declined");
        assertThat(sandbox.interop.getPaymentRequest().get(new GetPaymentRequestCommand(shop.klarnaAccountId(),
                Sandbox.waitingOn(waiting))).get().kind()).isEqualTo(PaymentRequestStateKind.EXPIRED);
    }

    @Test
    void klarna_failing_mid_authorization_leaves_an_errored_payment_persisted_and_the_token_unconsumed() {
        AtomicBoolean down = new AtomicBoolean();
        Sandbox flaky = Sandbox.withRiskPolicy(new RiskEngineThatFails(down));
        PartnerProfile partner = flaky.hostedPartner();
        InteroperabilityToken token = flaky.signIn(partner, "ada@example.com");
        CheckoutSessionView session = flaky.openCheckout(partner, eur(5000), items(4500, 500), Option.some(token))
                .get();

        down.set(true);
        Payment errored = flaky.interop.submitPayment().submit(new SubmitPaymentCommand(partner.id(), eur(5000),
                "order-1", Option.some(session.session().id()), false, Option.none(), Option.none(),
                Option.none())).get();
        down.set(false);

        assertThat(errored.kind()).isEqualTo(PaymentKind.ERRORED);
        assertThat(flaky.payment(partner, errored)).isEqualTo(errored);
        assertThat(flaky.paymentEvents(partner, errored)).containsExactly("payment.submitted", "payment.errored");
        assertThat(flaky.rows("payment_transactions")).isZero();
        assertThat(flaky.interop.getCheckoutSession().get(new GetCheckoutSessionCommand(partner.id(),
                session.session().id())).get().session().kind()).isEqualTo(CheckoutSessionKind.PAYMENT_REGISTERED);
        assertThat(flaky.submit(partner, eur(5000), token).get().kind()).isEqualTo(PaymentKind.AUTHORIZED);
    }

    /** The sandbox's judgement, except that the risk engine is down while {@code down} is set. */
    private record RiskEngineThatFails(AtomicBoolean down) implements CustomerRiskPolicy {
        private static final SandboxCustomerRiskPolicy SANDBOX = new SandboxCustomerRiskPolicy();

        @Override
        public PreQualification prequalify(String email, Option<Money> amount, CurrencyCode currency) {
            return SANDBOX.prequalify(email, amount, currency);
        }

        @Override
        public CustomerAssessment assess(Option<String> email, Money amount) {
            if (down.get()) {
                throw new IllegalStateException("risk engine timed out");
            }
            return SANDBOX.assess(email, amount);
        }
    }
}
