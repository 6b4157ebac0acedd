package dev.interop.application.journeys;

import static dev.interop.application.journeys.Sandbox.eur;
import static dev.interop.application.journeys.Sandbox.items;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.acquirer.domain.AcquirerRejection;
import dev.interop.klarna.application.port.in.ChangeShippingAddressCommand;
import dev.interop.acquirer.application.port.in.GetPaymentMethodsUseCase;
import dev.interop.klarna.application.port.in.SelectShippingOptionCommand;
import dev.interop.klarna.application.port.in.ShippingChangeResult;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentKind;
import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.acquirer.domain.presentation.PaymentMethodType;
import dev.interop.acquirer.domain.presentation.PaymentMethodView;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.klarna.domain.shipping.ShippingAddress;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * Journey 3: one-step express checkout for a server-side Partner with dynamic shipping. Shipping changes are answered
 * server-side with new totals, the customer approves, and the Partner's submission is authorized with no further
 * customer interaction.
 */
class ExpressCheckoutOneStepJourneyTest {

    private final Sandbox sandbox = new Sandbox();
    private final PartnerProfile shop = sandbox.serverSidePartner();

    @Test
    void shipping_changes_get_new_totals_and_the_approved_purchase_is_authorized_without_the_customer() {
        PaymentRequest request = sandbox.enterJourney(shop,
                sandbox.startExpress(shop, Intent.AUTHORIZATION, eur(10000), items(9500, 500)).get());
        ShippingChangeResult address = sandbox.interop.changeShippingAddress().change(new ChangeShippingAddressCommand(
                shop.klarnaClientId(), request.id(), ShippingAddress.of("Sveavägen 1", "11157", "Stockholm", "SE")))
                .get();
        ShippingChangeResult express = sandbox.interop.selectShippingOption().select(
                new SelectShippingOptionCommand(shop.klarnaClientId(), request.id(), "express")).get();
        InteroperabilityToken token = sandbox.approve(shop, request, "olle@example.com");

        GetPaymentMethodsUseCase.Result methods = sandbox.paymentMethods(shop, eur(10990), Option.some(token)).get();
        Payment payment = sandbox.submitWithoutCustomer(shop, eur(10990), token).get();

        assertThat(address.quote().amount()).isEqualTo(eur(10000));
        assertThat(express.quote().amount()).isEqualTo(eur(10990));
        assertThat(methods.instruction()).isEqualTo(PresentationInstruction.SHOW_ONLY_KLARNA);
        assertThat(methods.methods()).containsExactly(new PaymentMethodView(PaymentMethodType.KLARNA, true, false));
        assertThat(methods.journey()).isEqualTo(JourneyKind.EXPRESS_CHECKOUT_ONE_STEP);
        assertThat(payment.kind()).isEqualTo(PaymentKind.AUTHORIZED);
        assertThat(payment.journey()).isEqualTo(JourneyKind.EXPRESS_CHECKOUT_ONE_STEP);
        assertThat(sandbox.paymentEvents(shop, payment)).containsExactly("payment.submitted", "payment.authorized");
    }

    @Test
    void a_shipping_address_the_partner_does_not_serve_is_rejected_and_changes_nothing() {
        PaymentRequest request = sandbox.enterJourney(shop,
                sandbox.startExpress(shop, Intent.AUTHORIZATION, eur(10000), List.empty()).get());

        var answer = sandbox.interop.changeShippingAddress().change(new ChangeShippingAddressCommand(
                shop.klarnaClientId(), request.id(), ShippingAddress.ofCountry("JP")));

        assertThat(Sandbox.code(answer)).isEqualTo(KlarnaRejection.COUNTRY_NOT_SUPPORTED.name());
    }

    @Test
    void one_step_express_is_refused_for_a_hosted_checkout_partner_pointing_to_the_multi_step_journey() {
        PartnerProfile hosted = sandbox.hostedPartner();

        var answer = sandbox.startExpress(hosted, Intent.AUTHORIZATION, eur(10000), List.empty());
        var multiStep = sandbox.startExpress(hosted, Intent.PREPARATION, eur(10000), List.empty());

        assertThat(Sandbox.code(answer)).isEqualTo(AcquirerRejection.ONE_STEP_EXPRESS_NOT_AVAILABLE.name());
        assertThat(answer.getLeft().detail()).contains("EXPRESS_CHECKOUT_MULTI_STEP");
        assertThat(multiStep.isRight()).isTrue();
    }
}
