package dev.interop.application.journeys;

import static dev.interop.application.journeys.Sandbox.eur;
import static dev.interop.application.journeys.Sandbox.items;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.acquirer.application.port.in.CheckoutSessionView;
import dev.interop.acquirer.application.port.in.GetCheckoutSessionCommand;
import dev.interop.acquirer.application.port.in.GetPaymentMethodsUseCase;
import dev.interop.acquirer.application.port.in.SubmitPaymentCommand;
import dev.interop.acquirer.domain.checkout.CheckoutSessionKind;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentKind;
import dev.interop.acquirer.domain.presentation.PaymentMethodType;
import dev.interop.acquirer.domain.presentation.PaymentMethodView;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * Journey 2: the customer signed in with Klarna earlier; the Partner exchanges the customer token, opens a checkout
 * session with the Acquiring Partner, which preselects Klarna and minimizes the rest, and the payment is authorized.
 */
class SignInWithKlarnaJourneyTest {

    private final Sandbox sandbox = new Sandbox();
    private final PartnerProfile shop = sandbox.hostedPartner();

    @Test
    void a_signed_in_customer_gets_klarna_preselected_the_others_minimized_and_pays_through_the_checkout_session() {
        InteroperabilityToken token = sandbox.signIn(shop, "ada@example.com");

        CheckoutSessionView opened = sandbox.openCheckout(shop, eur(10000), items(9500, 500), Option.some(token))
                .get();
        GetPaymentMethodsUseCase.Result methods = sandbox.paymentMethods(shop, eur(10000), Option.some(token)).get();
        Payment payment = sandbox.interop.submitPayment().submit(new SubmitPaymentCommand(shop.id(), eur(10000),
                "order-1", Option.some(opened.session().id()), false, Option.some(Sandbox.RETURN_URL),
                Option.none(), Option.none())).get();
        CheckoutSessionView after = sandbox.interop.getCheckoutSession()
                .get(new GetCheckoutSessionCommand(shop.id(), opened.session().id())).get();

        assertThat(opened.klarnaInstruction()).isEqualTo(PresentationInstruction.PRESELECT_KLARNA);
        assertThat(opened.session().journey()).isEqualTo(JourneyKind.SIGN_IN_WITH_KLARNA);
        assertThat(opened.session().token()).hasSize(1);
        assertThat(opened.session().token().get().ciphertext()).doesNotContain(token.reveal());
        assertThat(methods.journey()).isEqualTo(JourneyKind.SIGN_IN_WITH_KLARNA);
        assertThat(methods.methods().head()).isEqualTo(new PaymentMethodView(PaymentMethodType.KLARNA, true, false));
        assertThat(methods.methods().tail()).isNotEmpty()
                .allSatisfy(view -> assertThat(view.minimized()).isTrue());
        assertThat(payment.kind()).isEqualTo(PaymentKind.AUTHORIZED);
        assertThat(payment.journey()).isEqualTo(JourneyKind.SIGN_IN_WITH_KLARNA);
        assertThat(payment.checkoutSessionId()).contains(opened.session().id());
        assertThat(after.session().kind()).isEqualTo(CheckoutSessionKind.COMPLETED);
        assertThat(after.session().paymentId()).contains(payment.id().value());
        assertThat(after.klarnaInstruction()).isEqualTo(PresentationInstruction.PRESELECT_KLARNA);
        assertThat(sandbox.checkoutEvents(shop, opened.session().id())).containsExactly("checkout_session.opened",
                "checkout_session.payment_registered", "checkout_session.completed");
    }
}
