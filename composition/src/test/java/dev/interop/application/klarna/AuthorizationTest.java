package dev.interop.application.klarna;

import static dev.interop.application.klarna.KlarnaAssertions.assertCompleteTimeline;
import static dev.interop.application.klarna.KlarnaAssertions.assertRejected;
import static dev.interop.application.klarna.KlarnaSideFixture.eur;
import static dev.interop.application.klarna.KlarnaSideFixture.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Money;

import dev.interop.shared.application.port.StoredEvent;
import dev.interop.klarna.application.port.in.AuthorizePaymentCommand;
import dev.interop.klarna.application.port.in.AuthorizePaymentUseCase.Outcome;
import dev.interop.klarna.application.port.in.StartPrequalificationUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.klarna.application.service.KlarnaNaming;
import dev.interop.klarna.application.service.KlarnaSettings;
import dev.interop.klarna.domain.authorization.AuthorizationReason;
import dev.interop.klarna.domain.authorization.PaymentTransaction;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.klarna.domain.session.SessionKind;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuthorizationTest {

    private final KlarnaSideFixture klarna = new KlarnaSideFixture();
    private final PartnerAccount shop = klarna.oneStepPartner();

    private Outcome authorize(InteroperabilityToken token, long amount, boolean stepUp) {
        return right(klarna.authorize(shop, Option.of(token), amount, stepUp));
    }

    private static Outcome.StepUpRequired stepUp(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.StepUpRequired.class);
        return (Outcome.StepUpRequired) outcome;
    }

    private static Outcome.Approved approved(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Approved.class);
        return (Outcome.Approved) outcome;
    }

    private static void assertDeclined(Outcome outcome, AuthorizationReason reason) {
        assertThat(outcome).isEqualTo(new Outcome.Declined(reason.name()));
    }

    // --- APPROVED and R5 -------------------------------------------------------------------------------------------

    @Test
    void approves_a_prequalified_customer_within_the_purchase_power_and_consumes_the_session() {
        StartPrequalificationUseCase.Result prequalified = klarna.prequalify(shop, "ada@example.com");

        PaymentTransaction transaction = approved(authorize(prequalified.token(), 10_000, false)).transaction();

        assertThat(transaction.id()).startsWith(KlarnaNaming.TRANSACTION_ID_PREFIX);
        assertThat(transaction.partner()).isEqualTo(shop.id());
        assertThat(transaction.amount()).isEqualTo(eur(10_000));
        assertThat(transaction.reference()).contains("ap-ref-1");
        assertThat(transaction.customerSessionId()).contains(prequalified.sessionId().value());
        assertThat(klarna.transactions.findById(transaction.id())).contains(transaction);
        CustomerSession session = klarna.session(prequalified.sessionId());
        assertThat(session.kind()).isEqualTo(SessionKind.CONSUMED);
        assertCompleteTimeline(klarna.timeline(session.id().value()), session);
        assertThat(klarna.timeline(transaction.id()).map(StoredEvent::type))
                .containsExactly("payment_transaction.created");
    }

    @Test
    void rejects_a_consumed_token_when_it_is_used_again_and_creates_nothing() {
        StartPrequalificationUseCase.Result prequalified = klarna.prequalify(shop, "ada@example.com");
        approved(authorize(prequalified.token(), 10_000, false));

        Either<UseCaseError, Outcome> again = klarna.authorize(shop, Option.of(prequalified.token()), 10_000, true);

        assertRejected(again.getLeft(), KlarnaRejection.TOKEN_CONSUMED, null);
        assertThat(klarna.allTransactions()).hasSize(1);
        assertThat(klarna.requestCount()).isZero();
    }

    @Test
    void approves_a_signed_in_customer_and_declines_a_declined_one_whatever_the_step_up() {
        assertThat(authorize(klarna.signIn(shop, "ada@example.com").token(), 10_000, false))
                .isInstanceOf(Outcome.Approved.class);
        InteroperabilityToken declined = klarna.signIn(shop, "bo+decline@example.com").token();
        assertDeclined(authorize(declined, 10_000, true), AuthorizationReason.CUSTOMER_DECLINED);
    }

    @Test
    void steps_up_a_signed_in_stepup_customer_for_their_session() {
        var signedIn = klarna.signIn(shop, "cy+stepup@example.com");

        Outcome.StepUpRequired stepUp = stepUp(authorize(signedIn.token(), 10_000, true));

        PaymentRequest request = stepUp.request();
        assertThat(request.intent()).isEqualTo(Intent.AUTHORIZATION);
        assertThat(request.kind()).isEqualTo(PaymentRequestStateKind.SUBMITTED);
        assertThat(request.amount()).isEqualTo(eur(10_000));
        assertThat(request.reference()).contains("ap-ref-1");
        assertThat(request.returnUrl()).contains(KlarnaSideFixture.RETURN_URL);
        assertThat(request.customerSessionId()).contains(signedIn.sessionId().value());
        assertThat(stepUp.paymentRequestUrl())
                .isEqualTo("https://pay.sandbox.interop.dev/requests/" + request.id().value() + "/start");
        assertThat(klarna.request(request.id())).isEqualTo(request);
        assertThat(klarna.session(signedIn.sessionId()).kind()).isEqualTo(SessionKind.SIGNED_IN);
    }

    // --- R11 -----------------------------------------------------------------------------------------------------

    @Test
    void refuses_a_payment_in_a_currency_klarna_does_not_serve_and_leaves_the_token_usable() {
        InteroperabilityToken token = klarna.prequalify(shop, "ada@example.com").token();

        UseCaseError refused = klarna.authorizePayment.authorize(new AuthorizePaymentCommand(shop.id(),
                Option.of(token), Money.of(10_000, "JPY"), "ap-ref-1", Option.none(), Option.none())).getLeft();

        assertThat(refused.code()).isEqualTo("MARKET_NOT_SUPPORTED");
        approved(authorize(token, 10_000, false));
    }

    @Test
    void never_steps_up_without_a_step_up_configuration() {
        assertDeclined(right(klarna.authorize(shop, Option.none(), 10_000, false)), AuthorizationReason.NO_SESSION);
        InteroperabilityToken stepUpCustomer = klarna.signIn(shop, "cy+stepup@example.com").token();
        assertDeclined(authorize(stepUpCustomer, 10_000, false), AuthorizationReason.STEP_UP_ALWAYS_REQUIRED);
        InteroperabilityToken prequalified = klarna.prequalify(shop, "ada@example.com").token();
        assertDeclined(authorize(prequalified, 500_001, false), AuthorizationReason.EXCEEDS_PURCHASE_POWER);
        assertThat(klarna.requestCount()).isZero();
        assertThat(klarna.allTransactions()).isEmpty();
    }

    @Test
    void steps_up_a_customer_who_was_not_prequalified_and_declines_them_without_step_up() {
        InteroperabilityToken token = klarna.prequalify(shop, "bo+noprequal@example.com").token();

        assertDeclined(authorize(token, 100, false), AuthorizationReason.STEP_UP_ALWAYS_REQUIRED);
        stepUp(authorize(token, 100, true));
    }

    // --- Step-up without a token, completed --------------------------------------------------------------------------

    @Test
    void steps_up_a_payment_without_a_token_in_a_new_session_that_the_approval_then_authorizes() {
        Outcome.StepUpRequired stepUp = stepUp(right(klarna.authorize(shop, Option.none(), 25_000, true)));
        CustomerSession created = klarna.session(stepUp.request().customerSessionId().get());
        assertThat(created.partner()).isEqualTo(shop.id());
        assertThat(created.origin()).isEqualTo(BoostFeature.MARKETING);

        InteroperabilityToken fresh = klarna.enterAndApprove(shop, stepUp.request().id(),
                Option.of("ada@example.com")).token().get();
        PaymentTransaction transaction = approved(authorize(fresh, 25_000, false)).transaction();

        assertThat(transaction.customerSessionId()).contains(created.id().value());
        assertThat(klarna.session(created.id()).kind()).isEqualTo(SessionKind.CONSUMED);
    }

    @Test
    void rejects_a_step_up_return_url_that_is_not_absolute_and_leaves_nothing_behind() {
        Either<UseCaseError, Outcome> result = klarna.authorizePayment.authorize(new AuthorizePaymentCommand(
                shop.id(), Option.none(), eur(100), "ref", Option.none(), Option.of("/relative")));

        assertRejected(result.getLeft(), CommonRejection.INVALID_FIELD, "return_url");
        assertThat(klarna.sessionCount()).isZero();
        assertThat(klarna.requestCount()).isZero();
    }

    // --- R10 -----------------------------------------------------------------------------------------------------

    @Test
    void asks_for_a_new_approval_when_the_amount_exceeds_what_the_customer_approved() {
        InteroperabilityToken token = klarna.approvedExpress(shop, Intent.AUTHORIZATION, 10_000);

        Outcome.StepUpRequired again = stepUp(authorize(token, 10_001, true));

        assertThat(again.request().amount()).isEqualTo(eur(10_001));
        assertThat(klarna.allTransactions()).isEmpty();
    }

    @Test
    void declines_a_higher_amount_than_approved_without_a_step_up_configuration() {
        InteroperabilityToken token = klarna.approvedExpress(shop, Intent.AUTHORIZATION, 10_000);

        assertDeclined(authorize(token, 10_001, false), AuthorizationReason.AMOUNT_EXCEEDS_APPROVED);
    }

    @Test
    void finalizes_an_amount_at_or_below_what_the_customer_approved() {
        InteroperabilityToken token = klarna.approvedExpress(shop, Intent.AUTHORIZATION, 10_000);

        assertThat(approved(authorize(token, 9_000, false)).transaction().amount()).isEqualTo(eur(9_000));
    }

    @Test
    void approves_within_the_configured_tolerance_above_the_approved_amount() {
        KlarnaSideFixture tolerant = new KlarnaSideFixture(KlarnaSettings.DEFAULTS.withAmountToleranceMinorUnits(50));
        PartnerAccount partner = tolerant.oneStepPartner();
        InteroperabilityToken token = tolerant.approvedExpress(partner, Intent.AUTHORIZATION, 10_000);

        assertDeclined(right(tolerant.authorize(partner, Option.of(token), 10_051, false)),
                AuthorizationReason.AMOUNT_EXCEEDS_APPROVED);
        assertThat(right(tolerant.authorize(partner, Option.of(token), 10_050, false)))
                .isInstanceOf(Outcome.Approved.class);
    }

    @Test
    void treats_the_prepared_amount_of_a_multi_step_express_checkout_as_approved() {
        InteroperabilityToken token = klarna.approvedExpress(shop, Intent.PREPARATION, 20_000);

        assertDeclined(authorize(token, 20_500, false), AuthorizationReason.AMOUNT_EXCEEDS_APPROVED);
        assertThat(authorize(token, 20_000, false)).isInstanceOf(Outcome.Approved.class);
    }

    @Test
    void approves_after_a_second_step_up_for_the_higher_amount() {
        InteroperabilityToken first = klarna.approvedExpress(shop, Intent.AUTHORIZATION, 10_000);
        Outcome.StepUpRequired again = stepUp(authorize(first, 12_000, true));

        InteroperabilityToken second = klarna.enterAndApprove(shop, again.request().id(), Option.none()).token().get();

        assertThat(approved(authorize(second, 12_000, false)).transaction().amount()).isEqualTo(eur(12_000));
    }

    // --- R6 and R1 -----------------------------------------------------------------------------------------------

    @Test
    void refuses_the_approval_token_sixty_minutes_after_completion() {
        InteroperabilityToken token = klarna.approvedExpress(shop, Intent.AUTHORIZATION, 10_000);
        klarna.clock.advance(Duration.ofMinutes(60));

        assertRejected(klarna.authorize(shop, Option.of(token), 10_000, false).getLeft(),
                KlarnaRejection.TOKEN_EXPIRED, null);
        assertThat(klarna.allTransactions()).isEmpty();
    }

    @Test
    void accepts_the_approval_token_just_before_sixty_minutes() {
        InteroperabilityToken token = klarna.approvedExpress(shop, Intent.AUTHORIZATION, 10_000);
        klarna.clock.advance(Duration.ofMinutes(60).minusMillis(1));

        assertThat(authorize(token, 10_000, false)).isInstanceOf(Outcome.Approved.class);
    }

    @Test
    void refuses_a_token_of_another_partner_and_does_not_consume_it() {
        PartnerAccount other = klarna.hostedPartner();
        StartPrequalificationUseCase.Result theirs = klarna.prequalify(other, "ada@example.com");

        assertRejected(klarna.authorize(shop, Option.of(theirs.token()), 100, true).getLeft(),
                KlarnaRejection.TOKEN_OF_ANOTHER_PARTNER, null);
        assertThat(klarna.session(theirs.sessionId()).kind()).isEqualTo(SessionKind.PREQUALIFIED);
        assertThat(right(klarna.authorize(other, Option.of(theirs.token()), 100, false)))
                .isInstanceOf(Outcome.Approved.class);
    }

    @Test
    void rejects_an_unknown_account_a_zero_amount_and_a_blank_reference() {
        assertThat(klarna.authorizePayment.authorize(new AuthorizePaymentCommand(
                PartnerAccountId.of("krn:partner:global:account:test:NOBODY"), Option.none(), eur(100), "ref",
                Option.none(), Option.none())).getLeft()).isInstanceOf(UseCaseError.NotFound.class);
        assertRejected(klarna.authorize(shop, Option.none(), 0, false).getLeft(), CommonRejection.INVALID_AMOUNT,
                "amount");
        assertRejected(klarna.authorizePayment.authorize(new AuthorizePaymentCommand(shop.id(),
                Option.none(), eur(100), " ", Option.none(), Option.none())).getLeft(), CommonRejection.INVALID_FIELD,
                "reference");
    }
}
