package dev.interop.application.journeys;

import static dev.interop.application.journeys.Sandbox.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.acquirer.application.port.in.GetPaymentMethodsUseCase;
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

/** Journey 1: On-site messaging pre-qualifies the customer; the Acquiring Partner highlights Klarna and authorizes. */
class PrequalificationJourneyTest {

    private final Sandbox sandbox = new Sandbox();
    private final PartnerProfile shop = sandbox.hostedPartner();

    @Test
    void a_prequalified_customer_sees_klarna_preselected_and_pays_without_further_interaction() {
        InteroperabilityToken token = sandbox.prequalify(shop, "anna@example.com", eur(12900));

        GetPaymentMethodsUseCase.Result methods = sandbox.paymentMethods(shop, eur(12900), Option.some(token)).get();
        Payment payment = sandbox.submit(shop, eur(12900), token).get();

        assertThat(methods.instruction()).isEqualTo(PresentationInstruction.PRESELECT_KLARNA);
        assertThat(methods.journey()).isEqualTo(JourneyKind.PRE_QUALIFICATION);
        assertThat(methods.methods().head()).isEqualTo(new PaymentMethodView(PaymentMethodType.KLARNA, true, false));
        assertThat(methods.methods().tail()).allSatisfy(view -> assertThat(view.minimized()).isFalse());
        assertThat(payment.kind()).isEqualTo(PaymentKind.AUTHORIZED);
        assertThat(payment.journey()).isEqualTo(JourneyKind.PRE_QUALIFICATION);
        assertThat(payment.klarnaTransactionId().get()).startsWith("krn:payment:eu1:transaction:");
        assertThat(sandbox.payment(shop, payment)).isEqualTo(payment);
        assertThat(sandbox.paymentEvents(shop, payment)).containsExactly("payment.submitted", "payment.authorized");
    }

    @Test
    void a_purchase_above_the_purchase_power_is_shown_klarna_without_preselection() {
        InteroperabilityToken token = sandbox.prequalify(shop, "anna@example.com", eur(1000));

        GetPaymentMethodsUseCase.Result methods =
                sandbox.paymentMethods(shop, eur(600_000), Option.some(token)).get();

        assertThat(methods.instruction()).isEqualTo(PresentationInstruction.SHOW_KLARNA);
        assertThat(methods.methods()).allSatisfy(view -> assertThat(view.preselected()).isFalse());
    }

    @Test
    void without_a_token_klarna_is_shown_among_the_others_in_a_standard_journey() {
        GetPaymentMethodsUseCase.Result methods = sandbox.paymentMethods(shop, eur(12900), Option.none()).get();

        assertThat(methods.instruction()).isEqualTo(PresentationInstruction.SHOW_KLARNA);
        assertThat(methods.journey()).isEqualTo(JourneyKind.STANDARD);
        assertThat(methods.methods().map(PaymentMethodView::type)).containsExactly(PaymentMethodType.CARD,
                PaymentMethodType.KLARNA, PaymentMethodType.PAYPAL, PaymentMethodType.BANK_TRANSFER);
    }
}
