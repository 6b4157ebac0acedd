package dev.interop.application.ap;

import static dev.interop.application.journeys.Sandbox.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.application.journeys.Sandbox;
import dev.interop.shared.application.port.StoredEvent;
import dev.interop.acquirer.application.port.in.GetPaymentCommand;
import dev.interop.acquirer.application.port.in.GetTimelineCommand;
import dev.interop.acquirer.application.port.in.HandlePaymentRequestUpdateCommand;
import dev.interop.acquirer.application.port.in.SubmitPaymentCommand;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.acquirer.domain.payment.PaymentId;
import dev.interop.acquirer.domain.payment.PaymentKind;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.PaymentRequestState;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** Payment reads, timelines and Klarna's notifications, through the use cases. */
class PaymentServicesTest {

    private final Sandbox sandbox = new Sandbox();
    private final PartnerProfile shop = sandbox.hostedPartner();

    private Payment waitingPayment() {
        InteroperabilityToken token = sandbox.signIn(shop, "eve+stepup@example.com");
        return sandbox.submit(shop, eur(5000), token).get();
    }

    private HandlePaymentRequestUpdateCommand notification(PartnerProfile partner, Payment payment,
            PaymentRequestStateKind state, Option<InteroperabilityToken> token) {
        return new HandlePaymentRequestUpdateCommand(partner.klarnaAccountId(), Sandbox.waitingOn(payment).value(),
                PaymentRequestState.valueOf(state.name()), token, sandbox.clock.now());
    }

    @Test
    void another_partners_payment_and_its_timeline_are_not_found() {
        PartnerProfile other = sandbox.serverSidePartner();
        Payment mine = sandbox.submit(shop, eur(5000), sandbox.prequalify(shop, "a@example.com", eur(5000))).get();

        var read = sandbox.interop.getPayment().get(new GetPaymentCommand(other.id(), mine.id()));
        var timeline = sandbox.interop.getTimeline().timeline(new GetTimelineCommand(other.id(),
                GetTimelineCommand.Subject.PAYMENT, mine.id().value()));
        var unknown = sandbox.interop.getPayment().get(new GetPaymentCommand(shop.id(), PaymentId.of("unknown")));

        assertThat(read.getLeft()).isInstanceOf(UseCaseError.NotFound.class);
        assertThat(timeline.getLeft()).isInstanceOf(UseCaseError.NotFound.class);
        assertThat(unknown.getLeft()).isInstanceOf(UseCaseError.NotFound.class);
    }

    @Test
    void a_timeline_numbers_its_events_from_one_and_carries_no_secret() {
        InteroperabilityToken token = sandbox.prequalify(shop, "a@example.com", eur(5000));
        Payment payment = sandbox.submit(shop, eur(5000), token).get();

        var events = sandbox.timeline(shop, GetTimelineCommand.Subject.PAYMENT, payment.id().value());

        assertThat(events.map(StoredEvent::sequence)).containsExactly(1L, 2L);
        assertThat(events.map(StoredEvent::aggregateType)).containsOnly("payment");
        assertThat(events.map(StoredEvent::payload)).allSatisfy(payload -> assertThat(payload)
                .doesNotContain(token.reveal()).doesNotContain(payment.token().get().ciphertext()));
    }

    @Test
    void a_payment_without_any_token_and_without_the_customer_is_declined_by_klarna() {
        Payment payment = sandbox.interop.submitPayment().submit(new SubmitPaymentCommand(shop.id(), eur(5000),
                "order-1", Option.none(), false, Option.none(), Option.none(), Option.none())).get();

        assertThat(payment.kind()).isEqualTo(PaymentKind.DECLINED);
        assertThat(payment.token()).isEmpty();
    }

    @Test
    void an_invalid_payment_is_rejected_before_klarna_is_asked() {
        var answer = sandbox.interop.submitPayment().submit(new SubmitPaymentCommand(shop.id(), eur(5000), " ",
                Option.none(), false, Option.none(), Option.none(), Option.none()));

        assertThat(Sandbox.code(answer)).isEqualTo(CommonRejection.INVALID_FIELD.name());
        assertThat(sandbox.rows("payments")).isZero();
    }

    @Test
    void a_repeated_notification_moves_the_payment_once() {
        Payment waiting = waitingPayment();
        sandbox.completeStepUp(shop, waiting);
        Payment authorized = sandbox.payment(shop, waiting);

        var repeated = sandbox.interop.handlePaymentRequestUpdate().handle(notification(shop, waiting,
                PaymentRequestStateKind.DECLINED, Option.none()));

        assertThat(authorized.kind()).isEqualTo(PaymentKind.AUTHORIZED);
        assertThat(repeated.get()).isEmpty();
        assertThat(sandbox.payment(shop, waiting)).isEqualTo(authorized);
    }

    @Test
    void a_notification_from_another_account_or_still_in_progress_changes_nothing() {
        PartnerProfile other = sandbox.serverSidePartner();
        Payment waiting = waitingPayment();

        var foreign = sandbox.interop.handlePaymentRequestUpdate().handle(notification(other, waiting,
                PaymentRequestStateKind.CANCELED, Option.none()));
        var inProgress = sandbox.interop.handlePaymentRequestUpdate().handle(notification(shop, waiting,
                PaymentRequestStateKind.IN_PROGRESS, Option.none()));

        assertThat(foreign.get()).isEmpty();
        assertThat(inProgress.get()).isEmpty();
        assertThat(sandbox.payment(shop, waiting)).isEqualTo(waiting);
    }

    @Test
    void a_completion_without_a_token_is_rejected_and_one_with_a_token_klarna_refuses_declines() {
        Payment waiting = waitingPayment();
        InteroperabilityToken stranger = sandbox.prequalify(sandbox.serverSidePartner(), "x@example.com", eur(10));

        var withoutToken = sandbox.interop.handlePaymentRequestUpdate().handle(notification(shop, waiting,
                PaymentRequestStateKind.COMPLETED, Option.none()));
        var refused = sandbox.interop.handlePaymentRequestUpdate().handle(notification(shop, waiting,
                PaymentRequestStateKind.COMPLETED, Option.some(stranger)));

        assertThat(Sandbox.code(withoutToken)).isEqualTo(CommonRejection.INVALID_FIELD.name());
        assertThat(refused.get().get().kind()).isEqualTo(PaymentKind.DECLINED);
        // The customer did complete the step-up; it is Klarna's final authorization that refused the token.
        assertThat(sandbox.paymentEvents(shop, waiting)).endsWith("payment.step_up_completed", "payment.declined");
        assertThat(sandbox.payment(shop, refused.get().get()).state())
                .isInstanceOfSatisfying(dev.interop.acquirer.domain.payment.PaymentState.Declined.class,
                        declined -> assertThat(declined.reason()).startsWith("Klarna refused"));
    }

    @Test
    void a_notification_whose_event_id_acted_before_changes_nothing_even_when_its_content_would() {
        Payment waiting = waitingPayment();
        Payment other = waitingPayment();
        HandlePaymentRequestUpdateCommand declined = notification(shop, waiting, PaymentRequestStateKind.DECLINED,
                Option.none());
        HandlePaymentRequestUpdateCommand first = new HandlePaymentRequestUpdateCommand(declined.account(),
                declined.paymentRequestId(), declined.state(), declined.token(), declined.occurredAt(),
                Option.some("event-1"));
        HandlePaymentRequestUpdateCommand otherRequest = notification(shop, other, PaymentRequestStateKind.DECLINED,
                Option.none());
        HandlePaymentRequestUpdateCommand replayedId = new HandlePaymentRequestUpdateCommand(otherRequest.account(),
                otherRequest.paymentRequestId(), otherRequest.state(), otherRequest.token(),
                otherRequest.occurredAt(), Option.some("event-1"));

        var acted = sandbox.interop.handlePaymentRequestUpdate().handle(first);
        var again = sandbox.interop.handlePaymentRequestUpdate().handle(first);
        var sameIdOtherContent = sandbox.interop.handlePaymentRequestUpdate().handle(replayedId);

        assertThat(acted.get().get().kind()).isEqualTo(PaymentKind.DECLINED);
        assertThat(again.get()).as("a duplicate delivery acts once (R18)").isEmpty();
        assertThat(sameIdOtherContent.get()).isEmpty();
        assertThat(sandbox.payment(shop, other).kind()).isEqualTo(PaymentKind.REQUIRES_CUSTOMER_ACTION);
        assertThat(sandbox.paymentEvents(shop, waiting)).filteredOn("payment.declined"::equals).hasSize(1);
    }
}
