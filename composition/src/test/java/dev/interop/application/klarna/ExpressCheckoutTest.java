package dev.interop.application.klarna;

import static dev.interop.application.klarna.KlarnaAssertions.assertCompleteTimeline;
import static dev.interop.application.klarna.KlarnaAssertions.assertRejected;
import static dev.interop.application.klarna.KlarnaSideFixture.eur;
import static dev.interop.application.klarna.KlarnaSideFixture.right;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.application.port.StoredEvent;
import dev.interop.klarna.application.port.in.AbortPurchaseJourneyCommand;
import dev.interop.klarna.application.port.in.ApprovePurchaseCommand;
import dev.interop.klarna.application.port.in.ApprovePurchaseUseCase;
import dev.interop.klarna.application.port.in.DeclinePurchaseCommand;
import dev.interop.klarna.application.port.in.StartExpressCheckoutCommand;
import dev.interop.klarna.application.port.in.StartPurchaseJourneyCommand;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.klarna.application.port.out.PaymentRequestNotifier.PaymentRequestStateChanged;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.IntegrationType;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.klarna.domain.paymentrequest.StateReason;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.SessionKind;
import dev.interop.shared.domain.LineItem;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExpressCheckoutTest {

    private final KlarnaSideFixture klarna = new KlarnaSideFixture();
    private final PartnerAccount oneStep = klarna.oneStepPartner();
    private final PartnerAccount hosted = klarna.hostedPartner();

    // --- R8 ----------------------------------------------------------------------------------------------------

    @Test
    void rejects_one_step_express_for_a_hosted_checkout_partner_pointing_to_multi_step() {
        UseCaseError error = klarna.startExpressCheckout.start(new StartExpressCheckoutCommand(
                hosted.clientId(), Intent.AUTHORIZATION, eur(10_000), List.empty(), Option.none())).getLeft();

        assertRejected(error, KlarnaRejection.ONE_STEP_EXPRESS_NOT_AVAILABLE, null);
        assertThat(error.detail()).contains("multi-step");
        assertThat(klarna.sessionCount()).isZero();
        assertThat(klarna.requestCount()).isZero();
    }

    @Test
    void rejects_one_step_express_for_a_server_side_partner_without_dynamic_shipping() {
        PartnerAccount staticShipping = klarna.partner(IntegrationType.SERVER_SIDE_ONLY, false);

        assertRejected(klarna.startExpressCheckout.start(new StartExpressCheckoutCommand(
                        staticShipping.clientId(), Intent.AUTHORIZATION, eur(10_000), List.empty(),
                        Option.none())).getLeft(), KlarnaRejection.ONE_STEP_EXPRESS_NOT_AVAILABLE, null);
    }

    @Test
    void starts_one_step_express_for_a_server_side_partner_with_dynamic_shipping() {
        PaymentRequest request = klarna.express(oneStep, Intent.AUTHORIZATION, 10_000);

        assertThat(request.kind()).isEqualTo(PaymentRequestStateKind.SUBMITTED);
        assertThat(request.intent()).isEqualTo(Intent.AUTHORIZATION);
        assertThat(request.partner()).isEqualTo(oneStep.id());
        assertThat(request.expiresAt()).isEqualTo(KlarnaSideFixture.START.plus(Duration.ofHours(3)));
        CustomerSession session = klarna.session(request.customerSessionId().get());
        assertThat(session.origin()).isEqualTo(BoostFeature.EXPRESS_CHECKOUT);
        assertThat(session.partner()).isEqualTo(oneStep.id());
        assertThat(klarna.timeline(request.id().value()).map(StoredEvent::type))
                .containsExactly("payment_request.submitted");
    }

    @Test
    void starts_multi_step_express_for_any_partner() {
        PaymentRequest request = klarna.express(hosted, Intent.PREPARATION, 10_000);

        assertThat(request.intent()).isEqualTo(Intent.PREPARATION);
        assertThat(klarna.session(request.customerSessionId().get()).kind()).isEqualTo(SessionKind.SUPPORTED);
    }

    @Test
    void rejects_line_items_that_do_not_sum_to_the_amount_and_leaves_nothing_behind() {
        UseCaseError error = klarna.startExpressCheckout.start(new StartExpressCheckoutCommand(
                hosted.clientId(), Intent.PREPARATION, eur(10_000),
                List.of(LineItem.of("Lamp", 2, eur(4_000))), Option.none())).getLeft();

        assertRejected(error, CommonRejection.LINE_ITEMS_DO_NOT_SUM_TO_TOTAL, "line_items");
        assertThat(klarna.sessionCount()).isZero();
        assertThat(klarna.requestCount()).isZero();
    }

    // --- The customer's actions ---------------------------------------------------------------------------------

    @Test
    void moves_a_request_into_the_journey_and_back_when_the_customer_aborts() {
        PaymentRequest request = klarna.express(hosted, Intent.PREPARATION, 10_000);

        PaymentRequest started = right(klarna.startPurchaseJourney.start(
                new StartPurchaseJourneyCommand(hosted.clientId(), request.id())));
        PaymentRequest aborted = right(klarna.abortPurchaseJourney.abort(
                new AbortPurchaseJourneyCommand(hosted.clientId(), request.id())));

        assertThat(started.kind()).isEqualTo(PaymentRequestStateKind.IN_PROGRESS);
        assertThat(aborted.kind()).isEqualTo(PaymentRequestStateKind.SUBMITTED);
        assertThat(aborted.previousState()).contains(PaymentRequestStateKind.IN_PROGRESS);
        assertThat(aborted.stateReason()).contains(StateReason.PURCHASE_FLOW_ABORTED);
        assertThat(klarna.request(request.id())).isEqualTo(aborted);
        assertThat(klarna.notifier.received).isEmpty();
        assertCompleteTimeline(klarna.timeline(request.id().value()), aborted);
    }

    @Test
    void hides_a_request_from_another_partners_client_id() {
        PaymentRequest request = klarna.express(hosted, Intent.PREPARATION, 10_000);

        UseCaseError error = klarna.startPurchaseJourney.start(
                new StartPurchaseJourneyCommand(oneStep.clientId(), request.id())).getLeft();

        assertThat(error).isInstanceOf(UseCaseError.NotFound.class);
        assertThat(klarna.request(request.id()).kind()).isEqualTo(PaymentRequestStateKind.SUBMITTED);
    }

    @Test
    void declines_a_request_and_notifies_the_acquiring_partner_without_a_token() {
        PaymentRequest request = klarna.express(hosted, Intent.PREPARATION, 10_000);

        PaymentRequest declined = right(klarna.declinePurchase.decline(
                new DeclinePurchaseCommand(hosted.clientId(), request.id())));

        assertThat(declined.kind()).isEqualTo(PaymentRequestStateKind.DECLINED);
        assertThat(declined.stateReason()).contains(StateReason.PAYMENT_DECLINED);
        PaymentRequestStateChanged notification = klarna.notifier.received.get(0);
        assertThat(notification.account()).isEqualTo(hosted.id());
        assertThat(notification.paymentRequestId()).isEqualTo(request.id().value());
        assertThat(notification.state()).isEqualTo(PaymentRequestStateKind.DECLINED);
        assertThat(notification.token()).isEmpty();
    }

    @Test
    void approves_one_step_express_with_a_fresh_token_and_a_pending_confirmation() {
        PaymentRequest request = klarna.express(oneStep, Intent.AUTHORIZATION, 10_000);

        ApprovePurchaseUseCase.Result result = klarna.enterAndApprove(oneStep, request.id(),
                Option.of("ada@example.com"));

        assertThat(result.request().kind()).isEqualTo(PaymentRequestStateKind.COMPLETED);
        assertThat(result.token()).isNotEmpty();
        assertThat(result.request().completion().get().tokenHash()).isEqualTo(result.token().get().hash());
        CustomerSession session = klarna.session(request.customerSessionId().get());
        assertThat(session.kind()).isEqualTo(SessionKind.PENDING_CONFIRMATION);
        assertThat(session.approval().get().approvedAmount()).isEqualTo(eur(10_000));
        assertThat(session.currentToken().hash()).isEqualTo(result.token().get().hash());
        assertThat(session.currentToken().validUntil()).contains(KlarnaSideFixture.START.plus(Duration.ofHours(1)));
        assertCompleteTimeline(klarna.timeline(session.id().value()), session);
    }

    @Test
    void notifies_the_acquiring_partner_of_the_completion_with_the_raw_token() {
        PaymentRequest request = klarna.express(oneStep, Intent.AUTHORIZATION, 10_000);

        ApprovePurchaseUseCase.Result result = klarna.enterAndApprove(oneStep, request.id(), Option.none());

        PaymentRequestStateChanged notification = klarna.notifier.received.get(0);
        assertThat(notification.state()).isEqualTo(PaymentRequestStateKind.COMPLETED);
        assertThat(notification.token().get().reveal()).isEqualTo(result.token().get().reveal());
        assertThat(notification.account()).isEqualTo(oneStep.id());
    }

    @Test
    void never_writes_the_fresh_token_into_a_timeline() {
        PaymentRequest request = klarna.express(oneStep, Intent.AUTHORIZATION, 10_000);

        ApprovePurchaseUseCase.Result result = klarna.enterAndApprove(oneStep, request.id(), Option.none());

        String everything = klarna.timeline(request.id().value())
                .appendAll(klarna.timeline(request.customerSessionId().get())).map(StoredEvent::payload).mkString();
        assertThat(everything).doesNotContain(result.token().get().reveal())
                .doesNotContain(result.token().get().hash().hex());
    }

    @Test
    void prepares_multi_step_express_on_approval() {
        PaymentRequest request = klarna.express(hosted, Intent.PREPARATION, 12_000);

        klarna.enterAndApprove(hosted, request.id(), Option.none());

        CustomerSession session = klarna.session(request.customerSessionId().get());
        assertThat(session.kind()).isEqualTo(SessionKind.PREPARED);
        assertThat(session.preparedPayment().get().amount()).isEqualTo(eur(12_000));
        assertThat(session.preparedPayment().get().paymentRequestId()).isEqualTo(request.id().value());
    }

    @Test
    void declines_the_approval_of_a_customer_the_risk_policy_declines() {
        PaymentRequest request = klarna.express(oneStep, Intent.AUTHORIZATION, 10_000);

        ApprovePurchaseUseCase.Result result = klarna.enterAndApprove(oneStep, request.id(),
                Option.of("bo+decline@example.com"));

        assertThat(result.request().kind()).isEqualTo(PaymentRequestStateKind.DECLINED);
        assertThat(result.token()).isEmpty();
        assertThat(klarna.session(request.customerSessionId().get()).kind()).isEqualTo(SessionKind.SUPPORTED);
        assertThat(klarna.notifier.received).extracting(PaymentRequestStateChanged::state)
                .containsExactly(PaymentRequestStateKind.DECLINED);
    }

    @Test
    void refuses_to_approve_a_request_the_customer_has_not_entered_and_changes_nothing() {
        PaymentRequest request = klarna.express(oneStep, Intent.AUTHORIZATION, 10_000);

        UseCaseError error = klarna.approvePurchase.approve(new ApprovePurchaseCommand(oneStep.clientId(),
                request.id(), Option.of("bo+decline@example.com"))).getLeft();

        assertRejected(error, CommonRejection.ACTION_NOT_ALLOWED, null);
        assertThat(klarna.request(request.id())).isEqualTo(request);
        assertThat(klarna.notifier.received).isEmpty();
    }

    @Test
    void refuses_to_approve_an_expired_request() {
        PaymentRequest request = klarna.express(oneStep, Intent.AUTHORIZATION, 10_000);
        right(klarna.startPurchaseJourney.start(new StartPurchaseJourneyCommand(oneStep.clientId(),
                request.id())));
        klarna.clock.advance(Duration.ofHours(3));

        assertRejected(klarna.approvePurchase.approve(new ApprovePurchaseCommand(oneStep.clientId(),
                request.id(), Option.none())).getLeft(), KlarnaRejection.PAYMENT_REQUEST_EXPIRED, null);
    }

    @Test
    void rolls_the_approval_back_when_the_acquiring_partner_handler_fails() {
        PaymentRequest request = klarna.express(oneStep, Intent.AUTHORIZATION, 10_000);
        PaymentRequest started = right(klarna.startPurchaseJourney.start(
                new StartPurchaseJourneyCommand(oneStep.clientId(), request.id())));
        CustomerSession before = klarna.session(request.customerSessionId().get());
        klarna.notifier.failing.set(true);

        assertThatThrownBy(() -> klarna.approvePurchase.approve(new ApprovePurchaseCommand(
                oneStep.clientId(), request.id(), Option.none())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("handler failed");

        assertThat(klarna.request(request.id())).isEqualTo(started);
        assertThat(klarna.session(before.id())).isEqualTo(before);
        assertCompleteTimeline(klarna.timeline(before.id().value()), before);
        assertCompleteTimeline(klarna.timeline(request.id().value()), started);
    }

    @Test
    void rejects_a_malformed_email_given_in_the_journey() {
        PaymentRequest request = klarna.express(oneStep, Intent.AUTHORIZATION, 10_000);

        assertRejected(klarna.approvePurchase.approve(new ApprovePurchaseCommand(oneStep.clientId(),
                request.id(), Option.of("nobody"))).getLeft(), CommonRejection.INVALID_FIELD, "customer.email");
    }
}
