package dev.interop.adapters.http.klarna;

import static dev.interop.adapters.http.klarna.SandboxKlarna.RETURN_URL;
import static dev.interop.adapters.http.klarna.SandboxKlarna.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.AuthorizationAnswer;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.AuthorizationCall;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.OnboardingAnswer;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.OnboardingCall;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.PaymentRequestStatus;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.PresentationAnswer;
import dev.interop.acquirer.application.port.out.KlarnaNetworkGateway.PresentationQuery;
import dev.interop.shared.domain.Money;
import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaErrorCode;
import dev.interop.shared.network.KlarnaInteroperabilityStatus;
import dev.interop.shared.network.KlarnaSessionOrigin;
import dev.interop.shared.network.PaymentRequestState;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link KlarnaNetworkGateway} does against Klarna's sandbox, whether it calls Klarna's side in process or
 * over HTTP: the same answers for the same calls. A subclass gives Klarna's side and the gateway reaching it.
 */
abstract class KlarnaNetworkGatewayContract {

    static final InteroperabilityData DATA = new InteroperabilityData(
            "{\"order\":{\"id\":\"o-1\",\"note\":\"sp\u00e4t \\u00e4 \\\"q\\\"\"},  \"n\": 1.50}");

    protected SandboxKlarna klarna;
    protected KlarnaNetworkGateway gateway;
    private OnboardingAnswer.Onboarded shop;
    private int transactionsBefore;

    /** Klarna's side for this test; it may be shared between tests (every test onboards a Partner of its own). */
    protected abstract SandboxKlarna klarna();

    /** The gateway under test, reaching {@link #klarna()}'s side. */
    protected abstract KlarnaNetworkGateway gateway();

    @BeforeEach
    void onboardAShop() {
        klarna = klarna();
        gateway = gateway();
        transactionsBefore = klarna.transactions();
        shop = onboard("ptr_" + UUID.randomUUID());
    }

    /** The payment transactions Klarna made during this test. */
    private int transactions() {
        return klarna.transactions() - transactionsBefore;
    }

    private OnboardingAnswer.Onboarded onboard(String reference) {
        OnboardingAnswer answer = gateway.onboardPartner(new OnboardingCall(reference, "Shop",
                IntegrationType.SERVER_SIDE_ONLY, true));
        assertThat(answer).isInstanceOf(OnboardingAnswer.Onboarded.class);
        return (OnboardingAnswer.Onboarded) answer;
    }

    private AuthorizationCall call(Option<InteroperabilityToken> token, Money amount, Option<String> returnUrl,
            String key) {
        return new AuthorizationCall(shop.accountId(), token, amount, "order-1", Option.some(DATA), returnUrl, key);
    }

    private AuthorizationCall call(InteroperabilityToken token, Option<String> returnUrl) {
        return call(Option.some(token), eur(12_000), returnUrl, "auth-" + UUID.randomUUID());
    }

    private AuthorizationAnswer.StepUpRequired stepUp() {
        InteroperabilityToken token = klarna.prequalified(shop.clientId(), "eve+stepup@example.com");
        AuthorizationAnswer answer = gateway.authorize(call(token, Option.some(RETURN_URL)));
        assertThat(answer).isInstanceOf(AuthorizationAnswer.StepUpRequired.class);
        return (AuthorizationAnswer.StepUpRequired) answer;
    }

    // ---- onboarding

    @Test
    void onboarding_twice_with_one_reference_gives_one_account() {
        String reference = "ptr_" + UUID.randomUUID();

        OnboardingAnswer.Onboarded first = onboard(reference);
        OnboardingAnswer.Onboarded second = onboard(reference);

        assertThat(second).isEqualTo(first);
        assertThat(first.accountId()).isNotEqualTo(shop.accountId());
        assertThat(first.accountId().value()).startsWith("krn:partner:");
    }

    // ---- presentation

    @Test
    void presentation_without_a_token_instructs_without_a_session() {
        PresentationAnswer answer = gateway.presentation(new PresentationQuery(shop.accountId(), eur(12_000),
                Option.some("de-DE"), Option.none()));

        assertThat(answer).isEqualTo(new PresentationAnswer.Instructed(PresentationInstruction.SHOW_KLARNA,
                Option.none()));
    }

    @Test
    void presentation_with_a_token_tells_what_klarna_knows_of_the_session() {
        InteroperabilityToken token = klarna.prequalified(shop.clientId(), "ada@example.com");

        PresentationAnswer answer = gateway.presentation(new PresentationQuery(shop.accountId(), eur(12_000),
                Option.none(), Option.some(token)));

        assertThat(answer).isInstanceOfSatisfying(PresentationAnswer.Instructed.class, instructed -> {
            assertThat(instructed.instruction()).isNotEqualTo(PresentationInstruction.HIDE_KLARNA);
            assertThat(instructed.session().map(hint -> hint.origin()))
                    .containsExactly(KlarnaSessionOrigin.ON_SITE_MESSAGING);
            assertThat(instructed.session().map(hint -> hint.status()))
                    .containsExactly(KlarnaInteroperabilityStatus.PAYMENT_SUPPORTED);
        });
    }

    @Test
    void presentation_of_a_consumed_token_is_refused_as_consumed() {
        InteroperabilityToken token = klarna.prequalified(shop.clientId(), "ada@example.com");
        assertThat(gateway.authorize(call(token, Option.none()))).isInstanceOf(AuthorizationAnswer.Approved.class);

        PresentationAnswer answer = gateway.presentation(new PresentationQuery(shop.accountId(), eur(12_000),
                Option.none(), Option.some(token)));

        assertThat(answer).isInstanceOfSatisfying(PresentationAnswer.Refused.class, refused ->
                assertThat(refused.rejection().code()).isEqualTo(KlarnaErrorCode.of("TOKEN_CONSUMED")));
    }

    // ---- authorization

    @Test
    void authorization_of_a_prequalified_customer_is_approved_with_one_transaction() {
        InteroperabilityToken token = klarna.prequalified(shop.clientId(), "ada@example.com");

        AuthorizationAnswer answer = gateway.authorize(call(token, Option.some(RETURN_URL)));

        assertThat(answer).isInstanceOfSatisfying(AuthorizationAnswer.Approved.class, approved -> {
            assertThat(approved.paymentTransactionId()).startsWith("krn:payment:");
            assertThat(klarna.side.storage().paymentTransactions().findById(approved.paymentTransactionId()))
                    .isNotEmpty();
        });
        assertThat(transactions()).isEqualTo(1);
    }

    @Test
    void authorization_of_a_declined_customer_is_declined() {
        InteroperabilityToken token = klarna.signedIn(shop.clientId(), "bob+decline@example.com");

        AuthorizationAnswer answer = gateway.authorize(call(token, Option.some(RETURN_URL)));

        assertThat(answer).isInstanceOfSatisfying(AuthorizationAnswer.Declined.class, declined ->
                assertThat(declined.reason()).isNotBlank());
        assertThat(transactions()).isZero();
    }

    @Test
    void authorization_with_a_return_url_steps_up_to_a_payment_request() {
        AuthorizationAnswer.StepUpRequired stepUp = stepUp();

        assertThat(stepUp.paymentRequestId()).startsWith("krn:payment:");
        assertThat(stepUp.paymentRequestUrl()).contains(stepUp.paymentRequestId());
        assertThat(transactions()).isZero();
    }

    @Test
    void authorization_without_a_return_url_never_steps_up() {
        InteroperabilityToken token = klarna.prequalified(shop.clientId(), "eve+stepup@example.com");

        AuthorizationAnswer answer = gateway.authorize(call(token, Option.none()));

        assertThat(answer).isInstanceOf(AuthorizationAnswer.Declined.class);
    }

    @Test
    void authorization_with_a_consumed_token_is_refused_as_consumed() {
        InteroperabilityToken token = klarna.prequalified(shop.clientId(), "ada@example.com");
        assertThat(gateway.authorize(call(token, Option.none()))).isInstanceOf(AuthorizationAnswer.Approved.class);

        AuthorizationAnswer again = gateway.authorize(call(token, Option.none()));

        assertThat(again).isInstanceOfSatisfying(AuthorizationAnswer.Refused.class, refused ->
                assertThat(refused.rejection().code()).isEqualTo(KlarnaErrorCode.of("TOKEN_CONSUMED")));
        assertThat(transactions()).isEqualTo(1);
    }

    @Test
    void authorization_repeated_with_its_idempotency_key_answers_the_same_transaction() {
        InteroperabilityToken token = klarna.prequalified(shop.clientId(), "ada@example.com");
        AuthorizationCall call = call(token, Option.some(RETURN_URL));

        AuthorizationAnswer first = gateway.authorize(call);
        AuthorizationAnswer again = gateway.authorize(call);

        assertThat(first).isInstanceOf(AuthorizationAnswer.Approved.class);
        assertThat(again).isEqualTo(first);
        assertThat(transactions()).isEqualTo(1);
    }

    @Test
    void authorization_of_a_zero_amount_is_refused_as_an_invalid_amount() {
        AuthorizationAnswer answer = gateway.authorize(call(Option.none(), eur(0), Option.none(), "auth-zero"));

        assertThat(answer).isInstanceOfSatisfying(AuthorizationAnswer.Refused.class, refused -> {
            assertThat(refused.rejection().code()).isEqualTo(KlarnaErrorCode.of("INVALID_AMOUNT"));
            assertThat(refused.rejection().field().getOrElse("")).endsWith("amount");
        });
    }

    // ---- payment requests

    @Test
    void a_payment_request_reads_as_submitted_without_a_token() {
        AuthorizationAnswer.StepUpRequired stepUp = stepUp();

        Option<PaymentRequestStatus> status = gateway.readPaymentRequest(shop.accountId(), stepUp.paymentRequestId());

        assertThat(status).containsExactly(new PaymentRequestStatus(stepUp.paymentRequestId(),
                PaymentRequestState.SUBMITTED, Option.none()));
    }

    @Test
    void an_unknown_payment_request_reads_as_none() {
        stepUp();

        assertThat(gateway.readPaymentRequest(shop.accountId(),
                "krn:payment:eu1:request:" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void canceling_a_payment_request_twice_leaves_it_canceled() {
        AuthorizationAnswer.StepUpRequired stepUp = stepUp();

        gateway.cancelPaymentRequest(shop.accountId(), stepUp.paymentRequestId());
        gateway.cancelPaymentRequest(shop.accountId(), stepUp.paymentRequestId());

        assertThat(gateway.readPaymentRequest(shop.accountId(), stepUp.paymentRequestId())
                .map(PaymentRequestStatus::state)).containsExactly(PaymentRequestState.CANCELED);
    }
}
