package dev.interop.acquirer.domain.payment;

import static dev.interop.acquirer.domain.checkout.ApFixtures.DATA;
import static dev.interop.acquirer.domain.checkout.ApFixtures.HOSTED_CHECKOUT;
import static dev.interop.acquirer.domain.checkout.ApFixtures.PLAIN_TOKEN;
import static dev.interop.acquirer.domain.checkout.ApFixtures.SEALED;
import static dev.interop.acquirer.domain.checkout.ApFixtures.SERVER_SIDE_WITHOUT_DYNAMIC_SHIPPING;
import static dev.interop.acquirer.domain.checkout.ApFixtures.SERVER_SIDE_WITH_DYNAMIC_SHIPPING;
import static dev.interop.acquirer.domain.checkout.ApFixtures.T0;
import static dev.interop.acquirer.domain.checkout.ApFixtures.eur;
import static dev.interop.acquirer.domain.checkout.ApFixtures.items;
import static dev.interop.acquirer.domain.checkout.ApFixtures.plainSession;
import static dev.interop.acquirer.domain.checkout.ApFixtures.reviewSession;
import static dev.interop.acquirer.domain.checkout.ApFixtures.seal;
import static dev.interop.acquirer.domain.checkout.ApFixtures.sek;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.acquirer.domain.AcquirerRejection;
import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.checkout.CheckoutSessionId;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import dev.interop.acquirer.domain.token.SealedToken;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final PaymentId ID = PaymentId.of("1");
    private static final Instant NOW = T0.plus(Duration.ofMinutes(10));
    private static final String RETURN_URL = "https://shop.example/return";
    private static final RemoteOutcome.Pending STEP_UP =
            new RemoteOutcome.Pending("krn:payment:eu1:payment-request:42", "https://pay.klarna.example/requests/42");

    private static PaymentOrder order(JourneyKind journey) {
        return PaymentOrder.of(SERVER_SIDE_WITH_DYNAMIC_SHIPPING, eur(10000), "order-1", journey);
    }

    private static CheckoutSession review() {
        return reviewSession(SERVER_SIDE_WITH_DYNAMIC_SHIPPING, "review1");
    }

    private static Payment submitted() {
        return Payment.submit(ID, order(JourneyKind.SIGN_IN_WITH_KLARNA).withToken(SEALED).withStepUp(RETURN_URL),
                Option.none(), NOW).get().next();
    }

    /** A review-screen payment of 12000 after the customer approved 10000, with step-up allowed. */
    private static Payment drifted() {
        return Payment.registerForFinalization(ID, PaymentOrder.of(SERVER_SIDE_WITH_DYNAMIC_SHIPPING, eur(12000),
                        "order-1", JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP).withStepUp(RETURN_URL)
                        .withApprovedAmount(eur(10000)),
                Option.some(review()), NOW).get().next();
    }

    // Submission

    @Test
    void a_submitted_payment_starts_authorizing_at_version_one_with_one_event() {
        Transition<Payment> created = Payment.submit(ID, order(JourneyKind.PRE_QUALIFICATION).withToken(SEALED)
                .withData(DATA), Option.none(), NOW).get();

        Payment payment = created.next();
        assertThat(payment.state()).isEqualTo(new PaymentState.Authorizing(NOW));
        assertThat(payment.version()).isEqualTo(1);
        assertThat(payment.eventCount()).isEqualTo(1);
        assertThat(payment.finalization()).isFalse();
        assertThat(payment.token()).contains(SEALED);
        assertThat(payment.data()).contains(DATA);
        assertThat(payment.journey()).isEqualTo(JourneyKind.PRE_QUALIFICATION);
        assertThat(payment.allowedActions()).containsExactly(PaymentAction.RECORD_SUCCEEDED,
                PaymentAction.RECORD_REJECTED, PaymentAction.RECORD_PENDING, PaymentAction.RECORD_ERRORED);
        assertThat(created.events()).singleElement().isInstanceOfSatisfying(PaymentEvent.Submitted.class, event -> {
            assertThat(event.type()).isEqualTo("payment.submitted");
            assertThat(event.withToken()).isTrue();
            assertThat(event.withData()).isTrue();
            assertThat(event.finalization()).isFalse();
        });
    }

    @Test
    void rejects_a_zero_amount_a_missing_or_over_long_reference_and_a_bad_return_url() {
        assertThat(Payment.submit(ID, PaymentOrder.of(HOSTED_CHECKOUT, eur(0), "r", JourneyKind.STANDARD),
                Option.none(), NOW).getLeft().code()).isEqualTo(CommonRejection.INVALID_AMOUNT);
        assertThat(Payment.submit(ID, PaymentOrder.of(HOSTED_CHECKOUT, eur(1), " ", JourneyKind.STANDARD),
                Option.none(), NOW).getLeft().field()).contains("reference");
        assertThat(Payment.submit(ID, PaymentOrder.of(HOSTED_CHECKOUT, eur(1), "r".repeat(256),
                JourneyKind.STANDARD), Option.none(), NOW).getLeft().code()).isEqualTo(CommonRejection.INVALID_FIELD);
        assertThat(Payment.submit(ID, PaymentOrder.of(HOSTED_CHECKOUT, eur(1), "r".repeat(255),
                JourneyKind.STANDARD), Option.none(), NOW).isRight()).isTrue();
        for (String bad : new String[] {"shop.example/return", "ftp://shop.example/x", "https://", "https://a b"}) {
            assertThat(Payment.submit(ID, PaymentOrder.of(HOSTED_CHECKOUT, eur(1), "r", JourneyKind.STANDARD)
                    .withStepUp(bad), Option.none(), NOW).getLeft().field()).as(bad).contains("step_up.return_url");
        }
    }

    @Test
    void rejects_a_one_step_express_payment_for_a_hosted_checkout_partner() {
        Rejection rejection = Payment.submit(ID, PaymentOrder.of(HOSTED_CHECKOUT, eur(10000), "order-1",
                JourneyKind.EXPRESS_CHECKOUT_ONE_STEP).withToken(SEALED), Option.none(), NOW).getLeft();

        assertThat(rejection.code()).isEqualTo(AcquirerRejection.ONE_STEP_EXPRESS_NOT_AVAILABLE);
        assertThat(rejection.detail()).contains("EXPRESS_CHECKOUT_MULTI_STEP");
    }

    @Test
    void rejects_a_one_step_express_payment_for_a_server_side_partner_without_dynamic_shipping() {
        assertThat(Payment.submit(ID, PaymentOrder.of(SERVER_SIDE_WITHOUT_DYNAMIC_SHIPPING, eur(10000), "o",
                JourneyKind.EXPRESS_CHECKOUT_ONE_STEP).withToken(SEALED), Option.none(), NOW).getLeft().code())
                .isEqualTo(AcquirerRejection.ONE_STEP_EXPRESS_NOT_AVAILABLE);
    }

    @Test
    void accepts_a_one_step_express_payment_for_a_server_side_partner_with_dynamic_shipping() {
        assertThat(Payment.submit(ID, order(JourneyKind.EXPRESS_CHECKOUT_ONE_STEP).withToken(SEALED), Option.none(),
                NOW).get().next().journey()).isEqualTo(JourneyKind.EXPRESS_CHECKOUT_ONE_STEP);
    }

    @Test
    void a_payment_without_its_own_token_takes_token_data_and_journey_from_its_checkout_session() {
        Payment payment = Payment.submit(ID, order(JourneyKind.STANDARD), Option.some(review()), NOW).get().next();

        assertThat(payment.token()).contains(SEALED);
        assertThat(payment.data()).contains(DATA);
        assertThat(payment.journey()).isEqualTo(JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP);
        assertThat(payment.checkoutSessionId()).contains(CheckoutSessionId.of("review1"));
    }

    @Test
    void a_token_given_with_the_payment_wins_over_the_checkout_sessions() {
        SealedToken rotated = seal(PLAIN_TOKEN + "-rotated");

        Payment payment = Payment.submit(ID, order(JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP).withToken(rotated),
                Option.some(review()), NOW).get().next();

        assertThat(payment.token()).contains(rotated);
    }

    @Test
    void rejects_a_checkout_session_of_another_partner() {
        Rejection rejection = Payment.submit(ID, order(JourneyKind.STANDARD),
                Option.some(reviewSession(HOSTED_CHECKOUT, "theirs")), NOW).getLeft();

        assertThat(rejection.code()).isEqualTo(AcquirerRejection.CHECKOUT_SESSION_OF_ANOTHER_PARTNER);
        assertThat(rejection.field()).contains("checkout_session_id");
    }

    @Test
    void rejects_a_checkout_session_in_another_currency() {
        Rejection rejection = Payment.submit(ID, PaymentOrder.of(SERVER_SIDE_WITH_DYNAMIC_SHIPPING, sek(10000),
                "order-1", JourneyKind.STANDARD), Option.some(review()), NOW).getLeft();

        assertThat(rejection.code()).isEqualTo(CommonRejection.CURRENCY_MISMATCH);
    }

    @Test
    void rejects_a_checkout_session_that_expired_ended_or_already_has_a_payment() {
        CheckoutSession review = review();
        assertThat(Payment.submit(ID, order(JourneyKind.STANDARD), Option.some(review), review.expiresAt())
                .getLeft().code()).isEqualTo(AcquirerRejection.SESSION_EXPIRED);
        CheckoutSession canceled = review.cancel(NOW).get().next();
        assertThat(Payment.submit(ID, order(JourneyKind.STANDARD), Option.some(canceled), NOW).getLeft().code())
                .isEqualTo(AcquirerRejection.SESSION_ENDED);
        CheckoutSession registered = review.registerPayment("pay_0", NOW).get().next();
        assertThat(Payment.submit(ID, order(JourneyKind.STANDARD), Option.some(registered), NOW).getLeft().code())
                .isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
    }

    // R9: finalization in the multi-step express journey

    @Test
    void rejects_a_multi_step_finalization_without_the_checkout_session_created_before_review() {
        Rejection rejection = Payment.registerForFinalization(ID,
                order(JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP).withToken(SEALED), Option.none(), NOW).getLeft();

        assertThat(rejection.code()).isEqualTo(AcquirerRejection.FINALIZATION_REQUIRES_CHECKOUT_SESSION);
        assertThat(rejection.field()).contains("checkout_session_id");
        assertThat(rejection.detail()).contains("before the review screen");
    }

    @Test
    void rejects_a_multi_step_finalization_whose_checkout_session_was_created_without_the_token() {
        CheckoutSession withoutToken = plainSession(SERVER_SIDE_WITH_DYNAMIC_SHIPPING, "notoken",
                JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP);

        Rejection rejection = Payment.registerForFinalization(ID,
                order(JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP).withToken(SEALED), Option.some(withoutToken), NOW)
                .getLeft();

        assertThat(rejection.code()).isEqualTo(AcquirerRejection.FINALIZATION_REQUIRES_TOKEN);
        assertThat(rejection.detail()).contains("cs_notoken");
    }

    @Test
    void registers_a_multi_step_finalization_with_the_checkout_session_and_its_token() {
        Transition<Payment> registered = Payment.registerForFinalization(ID,
                order(JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP), Option.some(review()), NOW).get();

        Payment payment = registered.next();
        assertThat(payment.finalization()).isTrue();
        assertThat(payment.token()).contains(SEALED);
        assertThat(payment.checkoutSessionId()).contains(review().id());
        assertThat(payment.kind()).isEqualTo(PaymentKind.AUTHORIZING);
        assertThat(((PaymentEvent.Submitted) registered.events().head()).finalization()).isTrue();
    }

    @Test
    void rejects_a_finalization_in_any_journey_when_there_is_no_token_at_all() {
        Rejection rejection = Payment.registerForFinalization(ID, order(JourneyKind.SIGN_IN_WITH_KLARNA),
                Option.none(), NOW).getLeft();
        assertThat(rejection.code()).isEqualTo(AcquirerRejection.FINALIZATION_REQUIRES_TOKEN);

        CheckoutSession standard = plainSession(SERVER_SIDE_WITH_DYNAMIC_SHIPPING, "std", JourneyKind.STANDARD);
        assertThat(Payment.registerForFinalization(ID, order(JourneyKind.STANDARD), Option.some(standard), NOW)
                .getLeft().code()).isEqualTo(AcquirerRejection.FINALIZATION_REQUIRES_TOKEN);
    }

    @Test
    void a_finalization_outside_the_multi_step_journey_needs_only_a_token() {
        assertThat(Payment.registerForFinalization(ID, order(JourneyKind.SIGN_IN_WITH_KLARNA).withToken(SEALED),
                Option.none(), NOW).isRight()).isTrue();
    }

    // R10: amount drift at finalization

    @Test
    void finalizes_a_lower_amount_than_approved_without_asking_the_customer_again() {
        Payment payment = Payment.registerForFinalization(ID, PaymentOrder.of(SERVER_SIDE_WITH_DYNAMIC_SHIPPING,
                        eur(9000), "order-1", JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP).withApprovedAmount(eur(10000)),
                Option.some(review()), NOW).get().next();

        assertThat(payment.reapprovalRequired()).isFalse();
        assertThat(payment.record(new RemoteOutcome.Succeeded("tx-1"), NOW).get().next().kind())
                .isEqualTo(PaymentKind.AUTHORIZED);
    }

    @Test
    void finalizes_exactly_the_approved_amount_without_asking_the_customer_again() {
        Payment payment = Payment.registerForFinalization(ID, order(JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP)
                .withApprovedAmount(eur(10000)), Option.some(review()), NOW).get().next();

        assertThat(payment.reapprovalRequired()).isFalse();
    }

    @Test
    void a_higher_amount_than_approved_requires_the_customer_to_approve_again() {
        Payment payment = drifted();

        assertThat(payment.reapprovalRequired()).isTrue();
        assertThat(payment.approvedAmount()).contains(eur(10000));
    }

    @Test
    void refuses_a_silent_approval_of_a_higher_amount_than_approved() {
        Payment payment = drifted();

        Rejection rejection = payment.record(new RemoteOutcome.Succeeded("tx-1"), NOW).getLeft();

        assertThat(rejection.code()).isEqualTo(AcquirerRejection.AMOUNT_EXCEEDS_APPROVED);
        assertThat(rejection.detail()).contains("step");
    }

    @Test
    void authorizes_a_higher_amount_once_the_customer_approved_it_through_a_step_up() {
        Payment stepUp = drifted().record(STEP_UP, NOW).get().next();
        assertThat(stepUp.kind()).isEqualTo(PaymentKind.REQUIRES_CUSTOMER_ACTION);

        Payment finalizing = stepUp.stepUpCompleted("pr-1", seal("fresh"), NOW.plusSeconds(90)).get().next();
        Payment authorized = finalizing.record(new RemoteOutcome.Succeeded("tx-1"), NOW.plusSeconds(91)).get().next();

        assertThat(finalizing.reapprovalRequired()).isFalse();
        assertThat(authorized.state()).isEqualTo(new PaymentState.Authorized("tx-1", NOW.plusSeconds(91)));
    }

    @Test
    void rejects_a_higher_amount_than_approved_when_the_customer_cannot_be_stepped_up() {
        Rejection rejection = Payment.registerForFinalization(ID, PaymentOrder.of(SERVER_SIDE_WITH_DYNAMIC_SHIPPING,
                        eur(10001), "order-1", JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP).withApprovedAmount(eur(10000)),
                Option.some(review()), NOW).getLeft();

        assertThat(rejection.code()).isEqualTo(AcquirerRejection.AMOUNT_EXCEEDS_APPROVED);
        assertThat(rejection.detail()).contains("step_up.return_url");
    }

    @Test
    void a_configured_tolerance_lets_a_slightly_higher_amount_through() {
        PaymentOrder order = PaymentOrder.of(SERVER_SIDE_WITH_DYNAMIC_SHIPPING, eur(10490), "order-1",
                JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP).withApprovedAmount(eur(10000));

        assertThat(Payment.registerForFinalization(ID, order, Option.some(review()), 490, NOW).get().next()
                .reapprovalRequired()).isFalse();
        assertThat(Payment.registerForFinalization(ID, order, Option.some(review()), 489, NOW).getLeft().code())
                .isEqualTo(AcquirerRejection.AMOUNT_EXCEEDS_APPROVED);
    }

    @Test
    void rejects_an_approved_amount_in_another_currency() {
        assertThat(Payment.registerForFinalization(ID, order(JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP)
                .withApprovedAmount(sek(10000)), Option.some(review()), NOW).getLeft().code())
                .isEqualTo(CommonRejection.CURRENCY_MISMATCH);
    }

    @Test
    void a_plain_submission_does_not_apply_the_drift_rule() {
        Payment payment = Payment.submit(ID, PaymentOrder.of(SERVER_SIDE_WITH_DYNAMIC_SHIPPING, eur(12000), "o",
                JourneyKind.SIGN_IN_WITH_KLARNA).withToken(SEALED).withApprovedAmount(eur(10000)), Option.none(), NOW)
                .get().next();

        assertThat(payment.reapprovalRequired()).isFalse();
    }

    // Remote outcomes

    @Test
    void a_succeeded_call_authorizes_with_klarnas_transaction_id() {
        Transition<Payment> authorized = submitted().record(new RemoteOutcome.Succeeded("tx-1"), NOW).get();

        assertThat(authorized.next().state()).isEqualTo(new PaymentState.Authorized("tx-1", NOW));
        assertThat(authorized.next().klarnaTransactionId()).contains("tx-1");
        assertThat(authorized.next().version()).isEqualTo(2);
        assertThat(authorized.events()).containsExactly(new PaymentEvent.Authorized(ID, "tx-1", NOW));
    }

    @Test
    void a_rejected_call_declines_with_the_reason() {
        Transition<Payment> declined = submitted().record(new RemoteOutcome.Rejected("PAYMENT_DECLINED"), NOW).get();

        assertThat(declined.next().state()).isEqualTo(new PaymentState.Declined("PAYMENT_DECLINED", NOW));
        assertThat(declined.events()).containsExactly(new PaymentEvent.Declined(ID, "PAYMENT_DECLINED", NOW));
    }

    @Test
    void a_pending_call_requires_customer_action_at_the_payment_request_url() {
        Transition<Payment> pending = submitted().record(STEP_UP, NOW).get();

        assertThat(pending.next().state()).isEqualTo(new PaymentState.RequiresCustomerAction(
                STEP_UP.paymentRequestId(), STEP_UP.url(), NOW));
        assertThat(pending.events()).containsExactly(new PaymentEvent.CustomerActionRequired(ID,
                STEP_UP.paymentRequestId(), NOW));
        assertThat(pending.events().mkString()).doesNotContain(STEP_UP.url());
    }

    @Test
    void an_errored_call_is_kept_as_an_unknown_outcome_and_may_be_retried() {
        Payment errored = submitted().record(new RemoteOutcome.Errored("timeout after 10s"), NOW).get().next();
        assertThat(errored.state()).isEqualTo(new PaymentState.Errored("timeout after 10s", NOW));
        assertThat(errored.allowedActions()).containsExactly(PaymentAction.RETRY);

        Transition<Payment> retried = errored.retry(NOW.plusSeconds(30)).get();

        assertThat(retried.next().state()).isEqualTo(new PaymentState.Authorizing(NOW.plusSeconds(30)));
        assertThat(retried.events()).containsExactly(new PaymentEvent.Retried(ID, NOW.plusSeconds(30)));
        assertThat(retried.next().record(new RemoteOutcome.Succeeded("tx-2"), NOW.plusSeconds(31)).get().next()
                .kind()).isEqualTo(PaymentKind.AUTHORIZED);
        assertThat(retried.next().version()).isEqualTo(3);
    }

    @Test
    void an_errored_call_accepts_no_outcome_before_it_is_retried() {
        Payment errored = submitted().record(new RemoteOutcome.Errored("timeout"), NOW).get().next();

        assertThat(errored.record(new RemoteOutcome.Succeeded("tx"), NOW).getLeft().code())
                .isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
    }

    @Test
    void retry_is_only_for_an_unknown_outcome() {
        Rejection rejection = submitted().retry(NOW).getLeft();

        assertThat(rejection.code()).isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        assertThat(rejection.detail()).contains("AUTHORIZING");
    }

    // Step-up

    @Test
    void a_completed_step_up_goes_back_to_authorizing_with_the_fresh_token_then_authorizes() {
        Payment pending = submitted().record(STEP_UP, NOW).get().next();

        Transition<Payment> completed = pending.stepUpCompleted("pr-9", seal("fresh"), NOW.plusSeconds(60)).get();
        Transition<Payment> authorized = completed.next().record(new RemoteOutcome.Succeeded("tx-9"),
                NOW.plusSeconds(61)).get();

        assertThat(completed.next().kind()).isEqualTo(PaymentKind.AUTHORIZING);
        assertThat(completed.next().token()).contains(seal("fresh"));
        assertThat(completed.next().finalizing()).contains("pr-9");
        assertThat(completed.next().authorizationKey()).isEqualTo(pending.id().value() + ":pr-9");
        assertThat(completed.next().stepUpAllowed()).as("a final authorization never steps up (R11)").isFalse();
        assertThat(completed.events().map(event -> event.type())).containsExactly("payment.step_up_completed");
        assertThat(authorized.events().map(event -> event.type())).containsExactly("payment.authorized");
        assertThat(completed.next().version()).isEqualTo(pending.version() + 1);
        assertThat(authorized.next().eventCount()).isEqualTo(pending.eventCount() + 2);
        assertThat(authorized.next().klarnaTransactionId()).contains("tx-9");
    }

    @Test
    void an_unknown_final_authorization_stays_a_finalization_through_errored_and_retry() {
        Payment finalizing = submitted().record(STEP_UP, NOW).get().next()
                .stepUpCompleted("pr-7", seal("fresh"), NOW.plusSeconds(60)).get().next();

        Payment errored = finalizing.record(new RemoteOutcome.Errored("timeout"), NOW.plusSeconds(70)).get().next();
        Payment retried = errored.retry(NOW.plusSeconds(80)).get().next();

        assertThat(errored.kind()).isEqualTo(PaymentKind.ERRORED);
        assertThat(errored.authorizationKey()).isEqualTo(finalizing.authorizationKey());
        assertThat(retried.state()).isEqualTo(new PaymentState.Authorizing(NOW.plusSeconds(80), Option.some("pr-7")));
        assertThat(retried.authorizationKey()).isEqualTo(finalizing.authorizationKey());
    }

    @Test
    void a_failed_step_up_declines_with_two_events() {
        Payment pending = submitted().record(STEP_UP, NOW).get().next();

        Transition<Payment> failed = pending.stepUpFailed("EXPIRED", NOW.plusSeconds(60)).get();

        assertThat(failed.next().state()).isEqualTo(new PaymentState.Declined("EXPIRED", NOW.plusSeconds(60)));
        assertThat(failed.events().map(event -> event.type()))
                .containsExactly("payment.step_up_failed", "payment.declined");
        assertThat(failed.next().eventCount()).isEqualTo(pending.eventCount() + 2);
    }

    @Test
    void an_unknown_outcome_of_the_final_authorization_after_step_up_is_kept_as_errored() {
        Payment pending = submitted().record(STEP_UP, NOW).get().next();
        Payment finalizing = pending.stepUpCompleted("pr-5", seal("fresh"), NOW).get().next();

        assertThat(finalizing.record(new RemoteOutcome.Errored("5xx"), NOW).get().next().kind())
                .isEqualTo(PaymentKind.ERRORED);
        assertThat(pending.record(new RemoteOutcome.Errored("5xx"), NOW).getLeft().code())
                .as("the final authorization's outcome is recorded once it is being made, not while waiting")
                .isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        assertThat(pending.record(new RemoteOutcome.Succeeded("tx"), NOW).getLeft().code())
                .isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        assertThat(pending.record(STEP_UP, NOW).getLeft().code()).isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
    }

    @Test
    void step_up_results_are_refused_when_no_step_up_is_pending() {
        assertThat(submitted().stepUpCompleted("pr", seal("t"), NOW).getLeft().code())
                .isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        assertThat(submitted().stepUpFailed("no", NOW).getLeft().code()).isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
    }

    // Final states

    @Test
    void authorized_and_declined_payments_are_final_and_accept_nothing() {
        Payment authorized = submitted().record(new RemoteOutcome.Succeeded("tx"), NOW).get().next();
        Payment declined = submitted().record(new RemoteOutcome.Rejected("no"), NOW).get().next();

        for (Payment done : List.of(authorized, declined)) {
            assertThat(done.isFinal()).isTrue();
            assertThat(done.allowedActions()).isEmpty();
            for (RemoteOutcome outcome : List.of(new RemoteOutcome.Succeeded("tx2"), new RemoteOutcome.Rejected("r"),
                    STEP_UP, new RemoteOutcome.Errored("e"))) {
                Rejection rejection = done.record(outcome, NOW).getLeft();
                assertThat(rejection.code()).isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
                assertThat(rejection.detail()).contains("final");
            }
            assertThat(done.retry(NOW).isLeft()).isTrue();
            assertThat(done.stepUpCompleted("pr3", seal("t"), NOW).isLeft()).isTrue();
            assertThat(done.stepUpFailed("r", NOW).isLeft()).isTrue();
        }
    }

    @Test
    void the_payment_and_its_events_never_show_the_token() {
        Transition<Payment> created = Payment.submit(ID, order(JourneyKind.SIGN_IN_WITH_KLARNA).withToken(SEALED),
                Option.none(), NOW).get();

        assertThat(created.next().toString()).doesNotContain(SEALED.ciphertext()).doesNotContain(PLAIN_TOKEN);
        assertThat(created.events().mkString()).doesNotContain(SEALED.ciphertext()).doesNotContain(PLAIN_TOKEN);
    }

    @Test
    void parses_payment_ids_with_their_prefix_only() {
        assertThat(PaymentId.of("abc").value()).isEqualTo("pay_abc");
        assertThat(PaymentId.parse("pay_abc", "id").get()).isEqualTo(PaymentId.of("abc"));
        assertThat(PaymentId.parse("cs_abc", "id").getLeft().code()).isEqualTo(CommonRejection.INVALID_FIELD);
    }

    @Test
    void the_payment_table_has_authorized_and_declined_as_its_only_finals() {
        assertThat(Payment.TABLE.finals()).containsExactlyInAnyOrder(PaymentKind.AUTHORIZED, PaymentKind.DECLINED);
        assertThat(Payment.TABLE.initial()).isEqualTo(PaymentKind.AUTHORIZING);
        assertThat(items(1, 1).size()).isEqualTo(2);
    }
}
