package dev.interop.application.ap;

import static dev.interop.application.journeys.Sandbox.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.interop.composition.Interop;
import dev.interop.composition.inprocess.InProcessKlarnaNetworkGateway;
import dev.interop.composition.inprocess.InProcessPaymentRequestNotifier;
import dev.interop.application.journeys.Sandbox;
import dev.interop.klarna.application.port.in.GetPaymentRequestCommand;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.AuthorizationAnswer;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.PresentationAnswer;
import dev.interop.klarna.application.port.out.PaymentRequestNotifier.PaymentRequestStateChanged;
import dev.interop.shared.network.KlarnaErrorCode;
import dev.interop.shared.network.KlarnaSessionOrigin;
import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** The in-process bridge over a real engine's Klarna side: answers translated as Klarna's API would give them. */
class InProcessBridgeTest {

    private final Sandbox sandbox = new Sandbox();
    private final Interop interop = sandbox.interop;
    private final PartnerProfile shop = sandbox.hostedPartner();
    private final KlarnaNetworkGateway klarna = new InProcessKlarnaNetworkGateway(interop.klarna());

    private KlarnaNetworkGateway.AuthorizationCall call(InteroperabilityToken token, Option<String> stepUp) {
        return call(token, stepUp, "key-1");
    }

    private KlarnaNetworkGateway.AuthorizationCall call(InteroperabilityToken token, Option<String> stepUp,
            String idempotencyKey) {
        return new KlarnaNetworkGateway.AuthorizationCall(shop.klarnaAccountId(), Option.some(token), eur(5000),
                "order-1", Option.some(Sandbox.DATA), stepUp, idempotencyKey);
    }

    @Test
    void presentation_answers_the_instruction_and_what_klarna_knows_of_the_session() {
        InteroperabilityToken token = sandbox.signIn(shop, "ada@example.com");

        PresentationAnswer answer = klarna.presentation(new KlarnaNetworkGateway.PresentationQuery(
                shop.klarnaAccountId(), eur(5000), Option.none(), Option.some(token)));

        assertThat(answer).isInstanceOfSatisfying(PresentationAnswer.Instructed.class, instructed -> {
            assertThat(instructed.instruction()).isEqualTo(PresentationInstruction.PRESELECT_KLARNA);
            assertThat(instructed.session().map(hint -> hint.origin()))
                    .containsExactly(KlarnaSessionOrigin.SIGN_IN_WITH_KLARNA);
        });
    }

    @Test
    void authorization_answers_approved_then_refuses_the_consumed_token() {
        InteroperabilityToken token = sandbox.signIn(shop, "ada@example.com");

        AuthorizationAnswer first = klarna.authorize(call(token, Option.none(), "key-1"));
        AuthorizationAnswer second = klarna.authorize(call(token, Option.none(), "key-2"));

        assertThat(first).isInstanceOf(AuthorizationAnswer.Approved.class);
        assertThat(second).isInstanceOfSatisfying(AuthorizationAnswer.Refused.class, refused ->
                assertThat(refused.rejection().code()).isEqualTo(KlarnaErrorCode.of("TOKEN_CONSUMED")));
    }

    @Test
    void the_same_idempotency_key_answers_the_first_answer_again_and_authorizes_once() {
        InteroperabilityToken token = sandbox.signIn(shop, "ada@example.com");

        AuthorizationAnswer first = klarna.authorize(call(token, Option.none(), "key-9"));
        AuthorizationAnswer again = klarna.authorize(call(token, Option.none(), "key-9"));
        AuthorizationAnswer otherBody = klarna.authorize(new KlarnaNetworkGateway.AuthorizationCall(
                shop.klarnaAccountId(), Option.some(token), eur(5001), "order-1", Option.some(Sandbox.DATA),
                Option.none(), "key-9"));

        assertThat(again).isEqualTo(first).isInstanceOf(AuthorizationAnswer.Approved.class);
        assertThat(sandbox.storedTransactions()).hasSize(1);
        assertThat(otherBody).isInstanceOfSatisfying(AuthorizationAnswer.Refused.class, refused ->
                assertThat(refused.rejection().code()).isEqualTo(KlarnaErrorCode.of("IDEMPOTENCY_KEY_REUSED")));
    }

    @Test
    void a_step_up_can_be_canceled_and_canceling_again_changes_nothing() {
        InteroperabilityToken token = sandbox.signIn(shop, "eve+stepup@example.com");
        AuthorizationAnswer.StepUpRequired stepUp = (AuthorizationAnswer.StepUpRequired) klarna.authorize(
                call(token, Option.some(Sandbox.RETURN_URL)));

        klarna.cancelPaymentRequest(shop.klarnaAccountId(), stepUp.paymentRequestId());
        klarna.cancelPaymentRequest(shop.klarnaAccountId(), stepUp.paymentRequestId());

        var request = interop.getPaymentRequest().get(new GetPaymentRequestCommand(shop.klarnaAccountId(),
                PaymentRequestId.parse(stepUp.paymentRequestId(), "id").get()));
        assertThat(request.get().kind()).isEqualTo(PaymentRequestStateKind.CANCELED);
        assertThat(stepUp.paymentRequestUrl()).contains(stepUp.paymentRequestId()).doesNotContain(token.reveal());
    }

    @Test
    void the_notifier_must_be_bound_once_before_it_delivers() {
        InProcessPaymentRequestNotifier notifier = new InProcessPaymentRequestNotifier(
                new dev.interop.shared.application.inmemory.InMemoryDatabase());
        PaymentRequestStateChanged changed = new PaymentRequestStateChanged(shop.klarnaAccountId(),
                "krn:payment:eu1:request:1", PaymentRequestStateKind.EXPIRED, Option.none(), Sandbox.T0);

        assertThatThrownBy(() -> notifier.stateChanged(changed)).isInstanceOf(IllegalStateException.class);
        notifier.bind(interop.handlePaymentRequestUpdate());
        notifier.stateChanged(changed);
        assertThatThrownBy(() -> notifier.bind(interop.handlePaymentRequestUpdate()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_notifier_delivers_after_klarna_s_commit_and_never_for_a_change_klarna_rolled_back() {
        dev.interop.shared.application.inmemory.InMemoryDatabase klarnaDb =
                new dev.interop.shared.application.inmemory.InMemoryDatabase();
        InProcessPaymentRequestNotifier notifier = new InProcessPaymentRequestNotifier(klarnaDb);
        java.util.List<String> seen = new java.util.ArrayList<>();
        notifier.bind(command -> {
            seen.add("handled " + command.state());
            return io.vavr.control.Either.right(Option.none());
        });
        PaymentRequestStateChanged completed = new PaymentRequestStateChanged(shop.klarnaAccountId(),
                "krn:payment:eu1:request:1", PaymentRequestStateKind.DECLINED, Option.none(), Sandbox.T0);

        catchThrowable(() -> klarnaDb.inTransaction(() -> {
            notifier.stateChanged(completed);
            throw new IllegalStateException("Klarna's change rolled back");
        }));
        klarnaDb.inTransaction(() -> {
            notifier.stateChanged(completed);
            seen.add("Klarna's unit of work ends");
            return null;
        });

        assertThat(seen).containsExactly("Klarna's unit of work ends", "handled DECLINED");
    }
}
