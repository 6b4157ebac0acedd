package dev.interop.application.klarna;

import static dev.interop.application.klarna.KlarnaAssertions.assertCompleteTimeline;
import static dev.interop.application.klarna.KlarnaAssertions.assertRejected;
import static dev.interop.application.klarna.KlarnaSideFixture.eur;
import static dev.interop.application.klarna.KlarnaSideFixture.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.klarna.application.port.in.ChangeShippingAddressCommand;
import dev.interop.klarna.application.port.in.SelectShippingOptionCommand;
import dev.interop.klarna.application.port.in.ShippingChangeResult;
import dev.interop.klarna.application.port.in.StartExpressCheckoutCommand;
import dev.interop.klarna.application.port.in.StartPurchaseJourneyCommand;
import dev.interop.klarna.application.port.out.ShippingQuotesGateway;
import dev.interop.klarna.application.sandbox.SandboxShippingQuotesGateway;
import dev.interop.klarna.application.service.KlarnaSettings;
import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.klarna.domain.presentation.Market;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.klarna.domain.shipping.DefaultShippingQuotes;
import dev.interop.klarna.domain.shipping.ShippingAddress;
import dev.interop.klarna.domain.shipping.ShippingOption;
import dev.interop.klarna.domain.shipping.ShippingQuote;
import dev.interop.klarna.domain.shipping.ShippingRejectionReason;
import dev.interop.shared.network.PartnerAccountId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ShippingTest {

    private static final ShippingAddress STOCKHOLM = ShippingAddress.of("Drottninggatan 1", "111 51", "Stockholm",
            "SE");
    private static final ShippingAddress BERLIN = ShippingAddress.of("Unter den Linden 1", "10117", "Berlin", "DE");
    private static final ShippingAddress TOKYO = ShippingAddress.of("1 Chome", "100-0001", "Tokyo", "JP");

    private final KlarnaSideFixture klarna = new KlarnaSideFixture();
    private final PartnerAccount shop = klarna.oneStepPartner();

    private PaymentRequest inJourney(long amount, List<LineItem> lineItems) {
        PaymentRequest request = right(klarna.startExpressCheckout.start(new StartExpressCheckoutCommand(
                shop.clientId(), Intent.AUTHORIZATION, eur(amount), lineItems, Option.none())));
        return right(klarna.startPurchaseJourney.start(new StartPurchaseJourneyCommand(shop.clientId(),
                request.id())));
    }

    private io.vavr.control.Either<dev.interop.shared.application.port.UseCaseError, ShippingChangeResult> address(
            PaymentRequestId id, ShippingAddress address) {
        return klarna.changeShippingAddress.change(new ChangeShippingAddressCommand(shop.clientId(), id,
                address));
    }

    private io.vavr.control.Either<dev.interop.shared.application.port.UseCaseError, ShippingChangeResult> option(
            PaymentRequestId id, String reference) {
        return klarna.selectShippingOption.select(new SelectShippingOptionCommand(shop.clientId(), id,
                reference));
    }

    @Test
    void quotes_an_address_with_free_standard_shipping_selected() {
        PaymentRequest request = inJourney(10_000, List.empty());

        ShippingChangeResult result = right(address(request.id(), STOCKHOLM));

        assertThat(result.quote().amount()).isEqualTo(eur(10_000));
        assertThat(result.quote().selectedReference()).contains(DefaultShippingQuotes.STANDARD);
        assertThat(result.quote().options().map(ShippingOption::reference))
                .containsExactly(DefaultShippingQuotes.STANDARD, DefaultShippingQuotes.EXPRESS);
        assertThat(result.request().amount()).isEqualTo(eur(10_000));
        assertThat(result.request().shipping().get().address()).isEqualTo(STOCKHOLM);
        assertThat(klarna.request(request.id())).isEqualTo(result.request());
    }

    @Test
    void adds_the_express_option_to_the_order_amount_and_takes_it_off_again() {
        PaymentRequest request = inJourney(10_000, List.of(LineItem.of("Lamp", 2, eur(5_000))));
        right(address(request.id(), STOCKHOLM));

        ShippingChangeResult express = right(option(request.id(), DefaultShippingQuotes.EXPRESS));
        ShippingChangeResult standard = right(option(request.id(), DefaultShippingQuotes.STANDARD));

        assertThat(express.request().amount()).isEqualTo(eur(10_990));
        assertThat(express.request().orderAmount()).isEqualTo(eur(10_000));
        assertThat(express.request().shipping().get().option().reference()).isEqualTo(DefaultShippingQuotes.EXPRESS);
        assertThat(standard.request().amount()).isEqualTo(eur(10_000));
        assertCompleteTimeline(klarna.timeline(request.id().value()), standard.request());
    }

    @Test
    void requotes_a_new_address_from_the_order_amount_without_the_earlier_option() {
        PaymentRequest request = inJourney(10_000, List.empty());
        right(address(request.id(), STOCKHOLM));
        right(option(request.id(), DefaultShippingQuotes.EXPRESS));

        ShippingChangeResult moved = right(address(request.id(), BERLIN));

        assertThat(moved.request().amount()).isEqualTo(eur(10_000));
        assertThat(moved.request().shipping().get().address()).isEqualTo(BERLIN);
    }

    @Test
    void rejects_an_unsupported_country_with_klarnas_reason_and_changes_nothing() {
        PaymentRequest request = inJourney(10_000, List.empty());
        PaymentRequest quoted = right(address(request.id(), STOCKHOLM)).request();

        assertRejected(address(request.id(), TOKYO).getLeft(), KlarnaRejection.COUNTRY_NOT_SUPPORTED, null);

        assertThat(klarna.request(request.id())).isEqualTo(quoted);
    }

    @Test
    void quotes_an_option_for_the_last_address_that_quoted_successfully() {
        PaymentRequest request = inJourney(10_000, List.empty());
        right(address(request.id(), STOCKHOLM));
        address(request.id(), TOKYO);

        ShippingChangeResult express = right(option(request.id(), DefaultShippingQuotes.EXPRESS));

        assertThat(express.request().shipping().get().address()).isEqualTo(STOCKHOLM);
        assertThat(express.request().amount()).isEqualTo(eur(10_990));
    }

    @Test
    void rejects_an_unknown_option_as_invalid_and_changes_nothing() {
        PaymentRequest request = inJourney(10_000, List.empty());
        PaymentRequest quoted = right(address(request.id(), STOCKHOLM)).request();

        assertRejected(option(request.id(), "teleport").getLeft(), KlarnaRejection.INVALID_OPTION, null);
        assertThat(klarna.request(request.id())).isEqualTo(quoted);
    }

    @Test
    void rejects_an_option_before_any_address_was_quoted() {
        PaymentRequest request = inJourney(10_000, List.empty());

        assertRejected(option(request.id(), DefaultShippingQuotes.EXPRESS).getLeft(), KlarnaRejection.INVALID_OPTION,
                null);
    }

    @Test
    void refuses_shipping_changes_outside_the_journey_before_asking_the_partner() {
        AtomicReference<Integer> asked = new AtomicReference<>(0);
        ShippingQuotesGateway counting = new ShippingQuotesGateway() {
            private final SandboxShippingQuotesGateway sandbox = new SandboxShippingQuotesGateway();

            @Override
            public Either<ShippingRejectionReason, ShippingQuote> quoteForAddress(PartnerAccountId partner,
                    Money orderAmount, ShippingAddress address) {
                asked.updateAndGet(n -> n + 1);
                return sandbox.quoteForAddress(partner, orderAmount, address);
            }

            @Override
            public Either<ShippingRejectionReason, ShippingQuote> quoteForOption(PartnerAccountId partner,
                    Money orderAmount, ShippingAddress address, String optionReference) {
                asked.updateAndGet(n -> n + 1);
                return sandbox.quoteForOption(partner, orderAmount, address, optionReference);
            }
        };
        KlarnaSideFixture counted = new KlarnaSideFixture(KlarnaSettings.DEFAULTS, counting, Market.DEFAULT);
        PartnerAccount partner = counted.oneStepPartner();
        PaymentRequest submitted = counted.express(partner, Intent.AUTHORIZATION, 10_000);

        assertRejected(counted.changeShippingAddress.change(new ChangeShippingAddressCommand(
                partner.clientId(), submitted.id(), STOCKHOLM)).getLeft(), CommonRejection.ACTION_NOT_ALLOWED,
                null);
        PaymentRequest completed = counted.enterAndApprove(partner, submitted.id(), Option.none()).request();
        assertRejected(counted.changeShippingAddress.change(new ChangeShippingAddressCommand(
                partner.clientId(), completed.id(), STOCKHOLM)).getLeft(), KlarnaRejection.PAYMENT_REQUEST_FINAL,
                null);
        assertThat(asked.get()).isZero();
    }

    @Test
    void passes_a_partners_own_rejection_reason_through() {
        ShippingQuotesGateway noPostalCodes = new ShippingQuotesGateway() {
            @Override
            public Either<ShippingRejectionReason, ShippingQuote> quoteForAddress(PartnerAccountId partner,
                    Money orderAmount, ShippingAddress address) {
                return Either.left(ShippingRejectionReason.POSTAL_CODE_NOT_SUPPORTED);
            }

            @Override
            public Either<ShippingRejectionReason, ShippingQuote> quoteForOption(PartnerAccountId partner,
                    Money orderAmount, ShippingAddress address, String optionReference) {
                return Either.left(ShippingRejectionReason.INVALID_OPTION);
            }
        };
        KlarnaSideFixture strict = new KlarnaSideFixture(KlarnaSettings.DEFAULTS, noPostalCodes, Market.DEFAULT);
        PartnerAccount partner = strict.oneStepPartner();
        PaymentRequest request = strict.express(partner, Intent.AUTHORIZATION, 10_000);
        right(strict.startPurchaseJourney.start(new StartPurchaseJourneyCommand(partner.clientId(),
                request.id())));

        assertRejected(strict.changeShippingAddress.change(new ChangeShippingAddressCommand(partner.clientId(),
                request.id(), STOCKHOLM)).getLeft(), KlarnaRejection.POSTAL_CODE_NOT_SUPPORTED, null);
        assertThat(strict.request(request.id()).kind()).isEqualTo(PaymentRequestStateKind.IN_PROGRESS);
    }

    @Test
    void approves_the_amount_including_the_chosen_shipping() {
        PaymentRequest request = inJourney(10_000, List.empty());
        right(address(request.id(), STOCKHOLM));
        right(option(request.id(), DefaultShippingQuotes.EXPRESS));

        right(klarna.approvePurchase.approve(new dev.interop.klarna.application.port.in.ApprovePurchaseCommand(
                shop.clientId(), request.id(), Option.none())));

        assertThat(klarna.session(request.customerSessionId().get()).approval().get().approvedAmount())
                .isEqualTo(eur(10_990));
    }
}
