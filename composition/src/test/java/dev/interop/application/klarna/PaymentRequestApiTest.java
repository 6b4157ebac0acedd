package dev.interop.application.klarna;

import static dev.interop.application.klarna.KlarnaAssertions.assertRejected;
import static dev.interop.application.klarna.KlarnaSideFixture.eur;
import static dev.interop.application.klarna.KlarnaSideFixture.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.klarna.application.port.in.CancelPaymentRequestCommand;
import dev.interop.klarna.application.port.in.CreatePaymentRequestCommand;
import dev.interop.klarna.application.port.in.GetPaymentRequestCommand;
import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.application.port.UseCaseError;
import dev.interop.klarna.application.port.out.PaymentRequestNotifier.PaymentRequestStateChanged;
import dev.interop.klarna.domain.account.PartnerAccount;
import dev.interop.klarna.domain.paymentrequest.Intent;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestStateKind;
import dev.interop.klarna.domain.paymentrequest.StateReason;
import dev.interop.klarna.domain.session.BoostFeature;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PaymentRequestApiTest {

    private final KlarnaSideFixture klarna = new KlarnaSideFixture();
    private final PartnerAccount shop = klarna.hostedPartner();
    private final PartnerAccount other = klarna.hostedPartner();

    private Either<UseCaseError, PaymentRequest> create(PartnerAccount partner, Option<InteroperabilityToken> token,
            Option<Duration> ttl) {
        return klarna.createPaymentRequest.create(new CreatePaymentRequestCommand(partner.id(), token,
                Intent.AUTHORIZATION, eur(8_000), List.of(LineItem.of("Mug", 4, eur(2_000))), Option.of("order-9"),
                Option.of(KlarnaSideFixture.RETURN_URL), ttl));
    }

    @Test
    void creates_a_request_for_the_session_of_the_given_token() {
        var prequalified = klarna.prequalify(shop, "ada@example.com");

        PaymentRequest request = right(create(shop, Option.of(prequalified.token()), Option.none()));

        assertThat(request.kind()).isEqualTo(PaymentRequestStateKind.SUBMITTED);
        assertThat(request.customerSessionId()).contains(prequalified.sessionId().value());
        assertThat(request.lineItems()).hasSize(1);
        assertThat(request.expiresAt()).isEqualTo(KlarnaSideFixture.START.plus(Duration.ofHours(3)));
        assertThat(klarna.request(request.id())).isEqualTo(request);
    }

    @Test
    void creates_a_request_without_a_token_in_a_new_session_with_the_ttl_asked() {
        PaymentRequest request = right(create(shop, Option.none(), Option.of(Duration.ofMinutes(15))));

        assertThat(klarna.session(request.customerSessionId().get()).origin()).isEqualTo(BoostFeature.MARKETING);
        assertThat(request.expiresAt()).isEqualTo(KlarnaSideFixture.START.plus(Duration.ofMinutes(15)));
    }

    @Test
    void rejects_a_ttl_outside_fifteen_minutes_to_forty_eight_hours_and_leaves_no_session() {
        assertRejected(create(shop, Option.none(), Option.of(Duration.ofMinutes(14))).getLeft(),
                CommonRejection.INVALID_TTL, "ttl");
        assertRejected(create(shop, Option.none(), Option.of(Duration.ofHours(49))).getLeft(),
                CommonRejection.INVALID_TTL, "ttl");
        assertThat(klarna.sessionCount()).isZero();
    }

    @Test
    void rejects_a_token_another_partner_holds_or_a_consumed_one() {
        var theirs = klarna.prequalify(other, "ada@example.com");
        assertRejected(create(shop, Option.of(theirs.token()), Option.none()).getLeft(),
                KlarnaRejection.TOKEN_OF_ANOTHER_PARTNER, null);

        var mine = klarna.prequalify(shop, "ada@example.com");
        right(klarna.authorize(shop, Option.of(mine.token()), 100, false));
        assertRejected(create(shop, Option.of(mine.token()), Option.none()).getLeft(), KlarnaRejection.TOKEN_CONSUMED,
                null);
        assertThat(klarna.requestCount()).isZero();
    }

    @Test
    void reads_a_request_only_through_its_own_account() {
        PaymentRequest request = right(create(shop, Option.none(), Option.none()));

        assertThat(right(klarna.getPaymentRequest.get(new GetPaymentRequestCommand(shop.id(),
                request.id())))).isEqualTo(request);
        assertThat(klarna.getPaymentRequest.get(new GetPaymentRequestCommand(other.id(), request.id()))
                .getLeft()).isInstanceOf(UseCaseError.NotFound.class);
    }

    @Test
    void cancels_a_request_and_notifies_the_acquiring_partner() {
        PaymentRequest request = right(create(shop, Option.none(), Option.none()));

        PaymentRequest canceled = right(klarna.cancelPaymentRequest.cancel(
                new CancelPaymentRequestCommand(shop.id(), request.id())));

        assertThat(canceled.kind()).isEqualTo(PaymentRequestStateKind.CANCELED);
        assertThat(canceled.previousState()).contains(PaymentRequestStateKind.SUBMITTED);
        assertThat(canceled.stateReason()).contains(StateReason.PARTNER_CANCELED);
        assertThat(klarna.notifier.received).extracting(PaymentRequestStateChanged::state)
                .containsExactly(PaymentRequestStateKind.CANCELED);
        assertThat(klarna.notifier.received.get(0).token()).isEmpty();
    }

    @Test
    void refuses_to_cancel_a_final_request_or_another_accounts_request() {
        PaymentRequest request = right(create(shop, Option.none(), Option.none()));

        assertThat(klarna.cancelPaymentRequest.cancel(new CancelPaymentRequestCommand(other.id(),
                request.id())).getLeft()).isInstanceOf(UseCaseError.NotFound.class);
        assertThat(klarna.request(request.id()).kind()).isEqualTo(PaymentRequestStateKind.SUBMITTED);

        right(klarna.cancelPaymentRequest.cancel(new CancelPaymentRequestCommand(shop.id(),
                request.id())));
        assertRejected(klarna.cancelPaymentRequest.cancel(new CancelPaymentRequestCommand(shop.id(),
                request.id())).getLeft(), KlarnaRejection.PAYMENT_REQUEST_FINAL, null);
        assertThat(klarna.notifier.received).hasSize(1);
    }
}
