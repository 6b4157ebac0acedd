package dev.interop.application.klarna;

import static dev.interop.application.klarna.KlarnaAssertions.assertCompleteTimeline;
import static dev.interop.application.klarna.KlarnaAssertions.assertRejected;
import static dev.interop.application.klarna.KlarnaSideFixture.eur;
import static dev.interop.application.klarna.KlarnaSideFixture.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.application.port.StoredEvent;
import dev.interop.klarna.application.port.in.AuthorizePaymentUseCase.Outcome;
import dev.interop.klarna.application.port.in.GetPaymentPresentationCommand;
import dev.interop.klarna.application.port.in.GetPaymentPresentationUseCase.Result;
import dev.interop.klarna.application.port.in.StartPrequalificationUseCase;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.klarna.application.service.KlarnaNaming;
import dev.interop.klarna.application.service.KlarnaSettings;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.acquirer.domain.journey.Journeys;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.KlarnaInteroperabilityStatus;
import dev.interop.shared.network.KlarnaSessionHint;
import dev.interop.shared.network.KlarnaSessionOrigin;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.shared.domain.Money;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PresentationTest {

    private final KlarnaSideFixture klarna = new KlarnaSideFixture();
    private final PartnerAccount shop = klarna.oneStepPartner();

    private Result present(InteroperabilityToken token, long amount) {
        return right(klarna.present(shop, Option.of(token), eur(amount)));
    }

    private UseCaseError refused(InteroperabilityToken token) {
        return klarna.present(shop, Option.of(token), eur(10_000)).getLeft();
    }

    // --- R4 ------------------------------------------------------------------------------------------------------

    @Test
    void shows_klarna_without_a_token() {
        Result result = right(klarna.present(shop, Option.none(), eur(10_000)));

        assertThat(result.instruction()).isEqualTo(PresentationInstruction.SHOW_KLARNA);
        assertThat(result.session()).isEmpty();
    }

    @Test
    void hides_klarna_in_a_currency_the_market_does_not_serve() {
        assertThat(right(klarna.present(shop, Option.none(), Money.of(10_000, "JPY"))).instruction())
                .isEqualTo(PresentationInstruction.HIDE_KLARNA);
        InteroperabilityToken signedIn = klarna.signIn(shop, "ada@example.com").token();
        Result result = right(klarna.present(shop, Option.of(signedIn), Money.of(10_000, "JPY")));
        assertThat(result.instruction()).isEqualTo(PresentationInstruction.HIDE_KLARNA);
        assertThat(result.session().get().status()).isEqualTo(KlarnaInteroperabilityStatus.PAYMENT_UNSUPPORTED);
    }

    @Test
    void preselects_klarna_for_a_prequalified_customer_within_the_purchase_power_only() {
        InteroperabilityToken token = klarna.prequalify(shop, "ada@example.com").token();

        assertThat(present(token, 500_000).instruction()).isEqualTo(PresentationInstruction.PRESELECT_KLARNA);
        assertThat(present(token, 500_001).instruction()).isEqualTo(PresentationInstruction.SHOW_KLARNA);
        assertThat(present(token, 10_000).session())
                .contains(KlarnaSessionHint.of(KlarnaSessionOrigin.ON_SITE_MESSAGING,
                        KlarnaInteroperabilityStatus.PAYMENT_SUPPORTED));
    }

    @Test
    void shows_klarna_without_preselection_for_a_customer_who_was_not_prequalified() {
        InteroperabilityToken token = klarna.prequalify(shop, "bo+noprequal@example.com").token();

        assertThat(present(token, 100).instruction()).isEqualTo(PresentationInstruction.SHOW_KLARNA);
    }

    @Test
    void preselects_klarna_for_a_signed_in_customer_and_tells_the_sign_in_journey() {
        InteroperabilityToken token = klarna.signIn(shop, "ada@example.com").token();

        Result result = present(token, 900_000);

        assertThat(result.instruction()).isEqualTo(PresentationInstruction.PRESELECT_KLARNA);
        assertThat(result.session().get().origin()).isEqualTo(KlarnaSessionOrigin.SIGN_IN_WITH_KLARNA);
        assertThat(result.session().get().status()).isEqualTo(KlarnaInteroperabilityStatus.PAYMENT_PREPARED);
        assertThat(Journeys.kindFor(result.session())).isEqualTo(JourneyKind.SIGN_IN_WITH_KLARNA);
    }

    @Test
    void shows_only_klarna_for_a_prepared_express_checkout_as_multi_step() {
        InteroperabilityToken token = klarna.approvedExpress(shop, Intent.PREPARATION, 10_000);

        Result result = present(token, 10_000);

        assertThat(result.instruction()).isEqualTo(PresentationInstruction.SHOW_ONLY_KLARNA);
        assertThat(Journeys.kindFor(result.session())).isEqualTo(JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP);
    }

    @Test
    void shows_only_klarna_for_an_approved_one_step_express_checkout_as_one_step() {
        InteroperabilityToken token = klarna.approvedExpress(shop, Intent.AUTHORIZATION, 10_000);

        Result result = present(token, 10_000);

        assertThat(result.instruction()).isEqualTo(PresentationInstruction.SHOW_ONLY_KLARNA);
        assertThat(result.session().get().status())
                .isEqualTo(KlarnaInteroperabilityStatus.PAYMENT_PENDING_CONFIRMATION);
        assertThat(Journeys.kindFor(result.session())).isEqualTo(JourneyKind.EXPRESS_CHECKOUT_ONE_STEP);
    }

    @Test
    void records_each_presentation_as_a_touch_point_without_rotating_the_token() {
        StartPrequalificationUseCase.Result prequalified = klarna.prequalify(shop, "ada@example.com");
        CustomerSession before = klarna.session(prequalified.sessionId());

        present(prequalified.token(), 10_000);
        present(prequalified.token(), 10_000);

        CustomerSession after = klarna.session(prequalified.sessionId());
        assertThat(after.touchPoints()).hasSize(before.touchPoints().size() + 2);
        assertThat(after.tokens()).isEqualTo(before.tokens());
        assertThat(klarna.timeline(after.id().value()).takeRight(2).map(StoredEvent::type))
                .containsOnly("customer_session.touch_point_added");
        assertCompleteTimeline(klarna.timeline(after.id().value()), after);
    }

    @Test
    void rejects_an_amount_that_is_not_positive_and_an_unknown_account() {
        assertRejected(klarna.present(shop, Option.none(), eur(0)).getLeft(), CommonRejection.INVALID_AMOUNT, "amount");
        assertThat(klarna.presentation.present(new GetPaymentPresentationCommand(
                PartnerAccountId.of("krn:partner:global:account:test:NOBODY"), eur(100), Option.none(),
                Option.none())).getLeft()).isInstanceOf(UseCaseError.NotFound.class);
    }

    // --- R1 ------------------------------------------------------------------------------------------------------

    @Test
    void refuses_a_token_of_another_partner_and_leaves_its_session_alone() {
        PartnerAccount other = klarna.hostedPartner();
        StartPrequalificationUseCase.Result theirs = klarna.prequalify(other, "ada@example.com");
        CustomerSession before = klarna.session(theirs.sessionId());

        UseCaseError error = refused(theirs.token());

        assertRejected(error, KlarnaRejection.TOKEN_OF_ANOTHER_PARTNER, null);
        assertThat(error.detail()).doesNotContain(theirs.token().reveal());
        assertThat(klarna.session(theirs.sessionId())).isEqualTo(before);
    }

    @Test
    void refuses_a_token_klarna_never_issued() {
        assertRejected(refused(InteroperabilityToken.of(KlarnaNaming.SESSION_TOKEN_PREFIX + "forged")),
                KlarnaRejection.TOKEN_UNKNOWN, null);
    }

    // --- R3, R5, R6 ------------------------------------------------------------------------------------------------

    @Test
    void resolves_an_earlier_token_to_the_sessions_current_state() {
        StartPrequalificationUseCase.Result prequalified = klarna.prequalify(shop, "ada@example.com");
        Outcome.StepUpRequired stepUp = (Outcome.StepUpRequired) right(klarna.authorize(shop,
                Option.of(prequalified.token()), 600_000, true));
        InteroperabilityToken fresh = klarna.enterAndApprove(shop, stepUp.request().id(), Option.none()).token().get();

        Result viaEarlier = present(prequalified.token(), 600_000);
        Result viaFresh = present(fresh, 600_000);

        assertThat(fresh.matches(prequalified.token())).isFalse();
        assertThat(viaEarlier.instruction()).isEqualTo(PresentationInstruction.SHOW_ONLY_KLARNA);
        assertThat(viaEarlier.session().get().status())
                .isEqualTo(KlarnaInteroperabilityStatus.PAYMENT_PENDING_CONFIRMATION);
        assertThat(viaEarlier).isEqualTo(viaFresh);
    }

    @Test
    void refuses_every_token_of_a_consumed_session() {
        StartPrequalificationUseCase.Result prequalified = klarna.prequalify(shop, "ada@example.com");
        right(klarna.authorize(shop, Option.of(prequalified.token()), 10_000, false));

        assertRejected(refused(prequalified.token()), KlarnaRejection.TOKEN_CONSUMED, null);
    }

    @Test
    void refuses_the_token_of_an_expired_session() {
        InteroperabilityToken token = klarna.prequalify(shop, "ada@example.com").token();
        klarna.clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(present(token, 10_000).instruction()).isEqualTo(PresentationInstruction.PRESELECT_KLARNA);

        klarna.clock.advance(Duration.ofSeconds(1));

        assertRejected(refused(token), KlarnaRejection.SESSION_EXPIRED, null);
    }

    @Test
    void expires_sessions_after_the_configured_lifetime() {
        KlarnaSideFixture shortLived = new KlarnaSideFixture(KlarnaSettings.DEFAULTS
                .withCustomerSessionTtl(Duration.ofMinutes(30)));
        PartnerAccount partner = shortLived.hostedPartner();
        InteroperabilityToken token = shortLived.prequalify(partner, "ada@example.com").token();
        shortLived.clock.advance(Duration.ofMinutes(30));

        assertRejected(shortLived.present(partner, Option.of(token), eur(100)).getLeft(),
                KlarnaRejection.SESSION_EXPIRED, null);
    }

    @Test
    void refuses_a_completed_requests_token_and_the_earlier_ones_sixty_minutes_after_completion() {
        StartPrequalificationUseCase.Result prequalified = klarna.prequalify(shop, "ada@example.com");
        Outcome.StepUpRequired stepUp = (Outcome.StepUpRequired) right(klarna.authorize(shop,
                Option.of(prequalified.token()), 600_000, true));
        klarna.clock.advance(Duration.ofMinutes(5));
        InteroperabilityToken fresh = klarna.enterAndApprove(shop, stepUp.request().id(), Option.none()).token().get();
        klarna.clock.advance(Duration.ofMinutes(59));
        assertThat(present(fresh, 600_000).instruction()).isEqualTo(PresentationInstruction.SHOW_ONLY_KLARNA);

        klarna.clock.advance(Duration.ofMinutes(1));

        assertRejected(refused(fresh), KlarnaRejection.TOKEN_EXPIRED, null);
        assertRejected(refused(prequalified.token()), KlarnaRejection.TOKEN_EXPIRED, null);
    }
}
