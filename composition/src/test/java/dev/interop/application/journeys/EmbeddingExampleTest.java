package dev.interop.application.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.composition.Interop;
import dev.interop.acquirer.application.port.in.CreatePartnerCommand;
import dev.interop.acquirer.application.port.in.GetPaymentMethodsCommand;
import dev.interop.acquirer.application.port.in.GetPaymentMethodsUseCase;
import dev.interop.klarna.application.port.in.StartPrequalificationCommand;
import dev.interop.acquirer.application.port.in.SubmitPaymentCommand;
import dev.interop.shared.network.IntegrationType;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentKind;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** The README's embedding example, compiled and checked: if this test breaks, so does the README. */
class EmbeddingExampleTest {

    @Test
    void the_readme_example_authorizes_a_prequalified_customers_payment_in_a_few_lines() {
        // README-EXAMPLE-START
        Interop interop = Interop.inMemory();

        // A Partner (merchant) with a server-side integration.
        PartnerProfile shop = interop.createPartner()
                .create(new CreatePartnerCommand("Sneaker Shop", IntegrationType.SERVER_SIDE_ONLY, true))
                .get().partner();

        // The customer checks their eligibility in an on-site message; the Partner gets a token.
        Money total = Money.of(12_900, "EUR");
        InteroperabilityToken token = interop.startPrequalification()
                .start(new StartPrequalificationCommand(shop.klarnaClientId(), "anna@example.com",
                        Option.some(total), total.currency()))
                .get().token();

        // At checkout the Acquiring Partner follows Klarna's instruction...
        GetPaymentMethodsUseCase.Result methods = interop.getPaymentMethods()
                .get(new GetPaymentMethodsCommand(shop.id(), total, Option.none(), Option.some(token)))
                .get();

        // ...and authorizes the payment, forwarding the token unchanged.
        Payment payment = interop.submitPayment()
                .submit(new SubmitPaymentCommand(shop.id(), total, "order-1001", Option.none(), false,
                        Option.none(), Option.some(token), Option.none()))
                .get();
        // README-EXAMPLE-END

        assertThat(methods.instruction()).isEqualTo(PresentationInstruction.PRESELECT_KLARNA);
        assertThat(payment.kind()).isEqualTo(PaymentKind.AUTHORIZED);
        assertThat(payment.klarnaTransactionId()).hasSize(1);
    }
}
