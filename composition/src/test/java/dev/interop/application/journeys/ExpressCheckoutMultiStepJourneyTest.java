package dev.interop.application.journeys;

import static dev.interop.application.journeys.Sandbox.eur;
import static dev.interop.application.journeys.Sandbox.items;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.acquirer.application.port.in.CheckoutSessionView;
import dev.interop.acquirer.application.port.in.GetCheckoutSessionCommand;
import dev.interop.acquirer.application.port.in.SubmitPaymentCommand;
import dev.interop.acquirer.application.port.in.UpdateCheckoutSessionCommand;
import dev.interop.acquirer.domain.AcquirerRejection;
import dev.interop.acquirer.domain.checkout.CheckoutSessionKind;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentKind;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * Journey 4: multi-step express checkout with a review screen, open to every Partner. Step one prepares the payment,
 * the Partner opens the checkout session with the token before the review screen, shipping may change there, and the
 * payment is registered for finalization (R9); a higher amount needs the customer's approval again (R10).
 */
class ExpressCheckoutMultiStepJourneyTest {

    private final Sandbox sandbox = new Sandbox();
    private final PartnerProfile shop = sandbox.hostedPartner();

    private InteroperabilityToken prepared() {
        return sandbox.expressApproved(shop, Intent.PREPARATION, eur(10000), items(9500, 500), "mia@example.com");
    }

    private CheckoutSessionView review(InteroperabilityToken token) {
        return sandbox.openCheckout(shop, eur(10000), items(9500, 500), Option.some(token)).get();
    }

    private CheckoutSessionView changeShipping(CheckoutSessionView session, Money amount, List<LineItem> lineItems) {
        return sandbox.interop.updateCheckoutSession().update(new UpdateCheckoutSessionCommand(shop.id(),
                session.session().id(), session.session().version(), Option.some(amount), Option.some(lineItems),
                Option.none(), Option.none(), Option.none())).get();
    }

    @Test
    void a_cheaper_shipping_choice_on_the_review_screen_is_finalized_and_completes_the_checkout_session() {
        CheckoutSessionView opened = review(prepared());
        CheckoutSessionView reviewed = changeShipping(opened, eur(9500), items(9500, 0));

        Payment payment = sandbox.finalizeOn(shop, opened.session().id(), eur(9500)).get();

        assertThat(opened.klarnaInstruction()).isEqualTo(PresentationInstruction.SHOW_ONLY_KLARNA);
        assertThat(opened.session().journey()).isEqualTo(JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP);
        assertThat(reviewed.session().amount()).isEqualTo(eur(9500));
        assertThat(reviewed.session().version()).isEqualTo(opened.session().version() + 1);
        assertThat(reviewed.klarnaInstruction()).isEqualTo(PresentationInstruction.SHOW_ONLY_KLARNA);
        assertThat(payment.kind()).isEqualTo(PaymentKind.AUTHORIZED);
        assertThat(payment.finalization()).isTrue();
        assertThat(payment.journey()).isEqualTo(JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP);
        assertThat(sandbox.interop.getCheckoutSession().get(new GetCheckoutSessionCommand(shop.id(),
                opened.session().id())).get().session().kind()).isEqualTo(CheckoutSessionKind.COMPLETED);
        assertThat(sandbox.checkoutEvents(shop, opened.session().id())).containsExactly("checkout_session.opened",
                "checkout_session.updated", "checkout_session.payment_registered", "checkout_session.completed");
    }

    @Test
    void a_dearer_shipping_choice_makes_the_customer_approve_again_and_the_payment_then_authorizes_itself() {
        CheckoutSessionView opened = review(prepared());
        changeShipping(opened, eur(10990), items(9500, 1490));

        Payment waiting = sandbox.finalizeOn(shop, opened.session().id(), eur(10990)).get();
        sandbox.completeStepUp(shop, waiting);
        Payment authorized = sandbox.payment(shop, waiting);

        assertThat(waiting.kind()).isEqualTo(PaymentKind.REQUIRES_CUSTOMER_ACTION);
        assertThat(authorized.kind()).isEqualTo(PaymentKind.AUTHORIZED);
        assertThat(sandbox.paymentEvents(shop, authorized)).containsExactly("payment.submitted",
                "payment.customer_action_required", "payment.step_up_completed", "payment.authorized");
        assertThat(sandbox.interop.getCheckoutSession().get(new GetCheckoutSessionCommand(shop.id(),
                opened.session().id())).get().session().kind()).isEqualTo(CheckoutSessionKind.COMPLETED);
    }

    @Test
    void a_dearer_amount_without_the_customer_present_is_declined_never_silently_approved() {
        CheckoutSessionView opened = review(prepared());
        changeShipping(opened, eur(10990), items(9500, 1490));

        Payment payment = sandbox.interop.submitPayment().submit(new SubmitPaymentCommand(shop.id(), eur(10990),
                "order-1", Option.some(opened.session().id()), true, Option.none(), Option.none(), Option.none()))
                .get();

        assertThat(payment.kind()).isEqualTo(PaymentKind.DECLINED);
        assertThat(sandbox.interop.getCheckoutSession().get(new GetCheckoutSessionCommand(shop.id(),
                opened.session().id())).get().session().kind()).isEqualTo(CheckoutSessionKind.OPEN);
    }

    @Test
    void finalization_without_the_checkout_session_from_before_the_review_screen_is_rejected_and_leaves_nothing() {
        InteroperabilityToken token = prepared();

        var answer = sandbox.interop.submitPayment().submit(new SubmitPaymentCommand(shop.id(), eur(10000),
                "order-1", Option.none(), true, Option.some(Sandbox.RETURN_URL), Option.some(token),
                Option.some(Sandbox.DATA)));

        assertThat(Sandbox.code(answer)).isEqualTo(AcquirerRejection.FINALIZATION_REQUIRES_CHECKOUT_SESSION.name());
        assertThat(sandbox.rows("payments")).isZero();
        assertThat(sandbox.rows("payment_transactions")).isZero();
        Payment later = sandbox.finalizeOn(shop, review(token).session().id(), eur(10000)).get();
        assertThat(later.kind()).isEqualTo(PaymentKind.AUTHORIZED);
    }

    @Test
    void finalization_on_a_checkout_session_opened_without_the_token_is_rejected() {
        prepared();
        CheckoutSessionView withoutToken = sandbox.openCheckout(shop, eur(10000), items(9500, 500), Option.none())
                .get();

        var answer = sandbox.finalizeOn(shop, withoutToken.session().id(), eur(10000));

        assertThat(Sandbox.code(answer)).isEqualTo(AcquirerRejection.FINALIZATION_REQUIRES_TOKEN.name());
        assertThat(sandbox.rows("payments")).isZero();
    }
}
