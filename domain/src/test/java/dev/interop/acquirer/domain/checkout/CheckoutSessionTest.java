package dev.interop.acquirer.domain.checkout;

import static dev.interop.acquirer.domain.checkout.ApFixtures.DATA;
import static dev.interop.acquirer.domain.checkout.ApFixtures.HOSTED_CHECKOUT;
import static dev.interop.acquirer.domain.checkout.ApFixtures.PLAIN_TOKEN;
import static dev.interop.acquirer.domain.checkout.ApFixtures.SEALED;
import static dev.interop.acquirer.domain.checkout.ApFixtures.SERVER_SIDE_WITH_DYNAMIC_SHIPPING;
import static dev.interop.acquirer.domain.checkout.ApFixtures.T0;
import static dev.interop.acquirer.domain.checkout.ApFixtures.eur;
import static dev.interop.acquirer.domain.checkout.ApFixtures.items;
import static dev.interop.acquirer.domain.checkout.ApFixtures.reviewSession;
import static dev.interop.acquirer.domain.checkout.ApFixtures.seal;
import static dev.interop.acquirer.domain.checkout.ApFixtures.sek;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.acquirer.domain.AcquirerRejection;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.PresentationInstruction;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.Transition;
import dev.interop.shared.token.InteroperabilityData;
import dev.interop.acquirer.domain.token.SealedToken;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckoutSessionTest {

    private static final CheckoutSessionId ID = CheckoutSessionId.of("review1");
    private static final Instant LATER = T0.plusSeconds(60);

    private static Either<Rejection, Transition<CheckoutSession>> open(Money amount, Option<String> reference,
            List<LineItem> lineItems, Duration ttl) {
        return CheckoutSession.open(ID, SERVER_SIDE_WITH_DYNAMIC_SHIPPING, JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP,
                PresentationInstruction.SHOW_ONLY_KLARNA, amount, reference, lineItems, Option.some(SEALED), Option.some(DATA), T0, ttl);
    }

    private static CheckoutSession session() {
        return reviewSession(SERVER_SIDE_WITH_DYNAMIC_SHIPPING, "review1");
    }

    private static CheckoutSession registered() {
        return session().registerPayment("pay_1", LATER).get().next();
    }

    // Opening

    @Test
    void opens_at_version_one_with_one_opened_event_and_the_sealed_data_points() {
        Transition<CheckoutSession> opened = open(eur(10000), Option.some("order-1"), items(9500, 500),
                Duration.ofHours(1)).get();

        CheckoutSession session = opened.next();
        assertThat(session.kind()).isEqualTo(CheckoutSessionKind.OPEN);
        assertThat(session.version()).isEqualTo(1);
        assertThat(session.eventCount()).isEqualTo(1);
        assertThat(session.partner()).isEqualTo(SERVER_SIDE_WITH_DYNAMIC_SHIPPING.id());
        assertThat(session.token()).contains(SEALED);
        assertThat(session.data()).contains(DATA);
        assertThat(session.createdAt()).isEqualTo(T0);
        assertThat(session.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(opened.events()).singleElement().isInstanceOfSatisfying(CheckoutSessionEvent.Opened.class,
                event -> {
                    assertThat(event.type()).isEqualTo("checkout_session.opened");
                    assertThat(event.amount()).isEqualTo(eur(10000));
                    assertThat(event.lineItemCount()).isEqualTo(2);
                    assertThat(event.withToken()).isTrue();
                    assertThat(event.withData()).isTrue();
                    assertThat(event.occurredAt()).isEqualTo(T0);
                });
    }

    @Test
    void events_and_the_session_never_show_the_token() {
        Transition<CheckoutSession> opened = open(eur(10000), Option.none(), List.empty(), Duration.ofHours(1)).get();

        assertThat(opened.events().mkString()).doesNotContain(SEALED.ciphertext()).doesNotContain(PLAIN_TOKEN)
                .doesNotContain(DATA.raw());
        assertThat(opened.next().toString()).doesNotContain(SEALED.ciphertext()).doesNotContain(PLAIN_TOKEN);
    }

    @Test
    void rejects_a_zero_amount() {
        Rejection rejection = open(eur(0), Option.none(), List.empty(), Duration.ofHours(1)).getLeft();

        assertThat(rejection.code()).isEqualTo(CommonRejection.INVALID_AMOUNT);
        assertThat(rejection.field()).contains("amount");
    }

    @Test
    void rejects_line_items_that_do_not_sum_to_the_amount() {
        Rejection rejection = open(eur(10000), Option.none(), items(9500, 490), Duration.ofHours(1)).getLeft();

        assertThat(rejection.code()).isEqualTo(CommonRejection.LINE_ITEMS_DO_NOT_SUM_TO_TOTAL);
        assertThat(rejection.field()).contains("line_items");
    }

    @Test
    void rejects_line_items_in_another_currency() {
        Rejection rejection = open(eur(10000), Option.none(), List.of(LineItem.of("Sneakers", 1, sek(10000))),
                Duration.ofHours(1)).getLeft();

        assertThat(rejection.code()).isEqualTo(CommonRejection.CURRENCY_MISMATCH);
    }

    @Test
    void rejects_a_blank_or_over_long_reference() {
        assertThat(open(eur(10000), Option.some(" "), List.empty(), Duration.ofHours(1)).getLeft().field())
                .contains("reference");
        assertThat(open(eur(10000), Option.some("r".repeat(256)), List.empty(), Duration.ofHours(1)).getLeft()
                .code()).isEqualTo(CommonRejection.INVALID_FIELD);
        assertThat(open(eur(10000), Option.some("r".repeat(255)), List.empty(), Duration.ofHours(1)).isRight())
                .isTrue();
    }

    @Test
    void rejects_a_time_to_live_outside_its_bounds() {
        assertThat(open(eur(10000), Option.none(), List.empty(), Duration.ofSeconds(59)).getLeft().code())
                .isEqualTo(CommonRejection.INVALID_TTL);
        assertThat(open(eur(10000), Option.none(), List.empty(), Duration.ofHours(48).plusSeconds(1)).getLeft()
                .code()).isEqualTo(CommonRejection.INVALID_TTL);
        assertThat(open(eur(10000), Option.none(), List.empty(), CheckoutSession.MAX_TTL).isRight()).isTrue();
    }

    @Test
    void rejects_a_one_step_express_session_for_a_hosted_checkout_partner() {
        Rejection rejection = CheckoutSession.open(ID, HOSTED_CHECKOUT, JourneyKind.EXPRESS_CHECKOUT_ONE_STEP,
                PresentationInstruction.SHOW_ONLY_KLARNA, eur(10000), Option.none(), List.empty(), Option.some(SEALED), Option.none(), T0,
                CheckoutSession.DEFAULT_TTL).getLeft();

        assertThat(rejection.code()).isEqualTo(AcquirerRejection.ONE_STEP_EXPRESS_NOT_AVAILABLE);
        assertThat(rejection.detail()).contains("EXPRESS_CHECKOUT_MULTI_STEP");
    }

    // Updating (the review screen)

    @Test
    void a_shipping_change_on_the_review_screen_changes_amount_and_line_items_together() {
        Transition<CheckoutSession> updated = session().update(Option.some(eur(10990)),
                Option.some(items(9500, 1490)), Option.none(), Option.none(), Option.none(), LATER).get();

        CheckoutSession session = updated.next();
        assertThat(session.amount()).isEqualTo(eur(10990));
        assertThat(session.lineItems()).isEqualTo(items(9500, 1490));
        assertThat(session.version()).isEqualTo(2);
        assertThat(session.eventCount()).isEqualTo(2);
        assertThat(session.token()).contains(SEALED);
        assertThat(updated.events()).singleElement().isInstanceOfSatisfying(CheckoutSessionEvent.Updated.class,
                event -> {
                    assertThat(event.type()).isEqualTo("checkout_session.updated");
                    assertThat(event.previousAmount()).isEqualTo(eur(10000));
                    assertThat(event.amount()).isEqualTo(eur(10990));
                    assertThat(event.fields()).containsExactly("amount", "line_items");
                });
    }

    @Test
    void rejects_an_amount_change_that_leaves_the_line_items_behind() {
        Rejection rejection = session().update(Option.some(eur(10990)), Option.none(), Option.none(), Option.none(),
                Option.none(), LATER).getLeft();

        assertThat(rejection.code()).isEqualTo(CommonRejection.LINE_ITEMS_DO_NOT_SUM_TO_TOTAL);
        assertThat(rejection.detail()).contains("10000").contains("10990").contains("line_items");
    }

    @Test
    void rejects_new_line_items_that_do_not_sum_to_the_new_amount() {
        Rejection rejection = session().update(Option.some(eur(10990)), Option.some(items(9500, 500)),
                Option.none(), Option.none(), Option.none(), LATER).getLeft();

        assertThat(rejection.code()).isEqualTo(CommonRejection.LINE_ITEMS_DO_NOT_SUM_TO_TOTAL);
    }

    @Test
    void rejects_new_line_items_alone_when_they_do_not_sum_to_the_current_amount() {
        assertThat(session().update(Option.none(), Option.some(items(9000, 500)), Option.none(), Option.none(),
                Option.none(), LATER).getLeft().code()).isEqualTo(CommonRejection.LINE_ITEMS_DO_NOT_SUM_TO_TOTAL);
    }

    @Test
    void changes_the_amount_alone_when_the_session_has_no_line_items() {
        CheckoutSession plain =
                ApFixtures.plainSession(SERVER_SIDE_WITH_DYNAMIC_SHIPPING, "plain", JourneyKind.STANDARD);

        assertThat(plain.update(Option.some(eur(12000)), Option.none(), Option.none(), Option.none(), Option.none(),
                LATER).get().next().amount()).isEqualTo(eur(12000));
    }

    @Test
    void an_empty_line_item_list_removes_the_line_items() {
        CheckoutSession updated = session().update(Option.some(eur(7000)), Option.some(List.empty()), Option.none(),
                Option.none(), Option.none(), LATER).get().next();

        assertThat(updated.lineItems()).isEmpty();
        assertThat(updated.amount()).isEqualTo(eur(7000));
    }

    @Test
    void rejects_a_currency_change_and_a_zero_amount() {
        assertThat(session().update(Option.some(sek(10000)), Option.some(List.empty()), Option.none(), Option.none(),
                Option.none(), LATER).getLeft().code()).isEqualTo(CommonRejection.CURRENCY_MISMATCH);
        assertThat(session().update(Option.some(eur(0)), Option.some(List.empty()), Option.none(), Option.none(),
                Option.none(), LATER).getLeft().code()).isEqualTo(CommonRejection.INVALID_AMOUNT);
    }

    @Test
    void rejects_an_update_that_changes_nothing() {
        Rejection rejection = session().update(Option.none(), Option.none(), Option.none(), Option.none(),
                Option.none(), LATER).getLeft();

        assertThat(rejection.code()).isEqualTo(CommonRejection.INVALID_FIELD);
    }

    @Test
    void keeps_the_klarna_instruction_unless_the_update_brings_the_one_klarna_gave_for_the_change() {
        CheckoutSession kept = session().update(Option.none(), Option.none(), Option.some("order-2"), Option.none(),
                Option.none(), LATER).get().next();
        Transition<CheckoutSession> changed = session().update(Option.some(eur(7000)), Option.some(List.empty()),
                Option.none(), Option.none(), Option.none(), Option.some(PresentationInstruction.HIDE_KLARNA), LATER)
                .get();

        assertThat(session().klarnaInstruction()).isEqualTo(PresentationInstruction.SHOW_ONLY_KLARNA);
        assertThat(kept.klarnaInstruction()).isEqualTo(PresentationInstruction.SHOW_ONLY_KLARNA);
        assertThat(changed.next().klarnaInstruction()).isEqualTo(PresentationInstruction.HIDE_KLARNA);
        assertThat(((CheckoutSessionEvent.Updated) changed.events().head()).klarnaInstruction())
                .isEqualTo(PresentationInstruction.HIDE_KLARNA);
    }

    @Test
    void an_instruction_alone_is_not_an_update() {
        assertThat(session().update(Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
                Option.some(PresentationInstruction.SHOW_KLARNA), LATER).getLeft().code())
                .isEqualTo(CommonRejection.INVALID_FIELD);
    }

    @Test
    void a_rotated_token_and_new_data_replace_the_old_ones() {
        SealedToken rotated = seal(PLAIN_TOKEN + "-rotated");
        InteroperabilityData newData = new InteroperabilityData("{\"content\":{}}");

        Transition<CheckoutSession> updated = session().update(Option.none(), Option.none(), Option.some("order-2"),
                Option.some(rotated), Option.some(newData), LATER).get();

        assertThat(updated.next().token()).contains(rotated);
        assertThat(updated.next().data()).contains(newData);
        assertThat(updated.next().reference()).contains("order-2");
        assertThat(((CheckoutSessionEvent.Updated) updated.events().head()).fields())
                .containsExactly("reference", "interoperability_token", "interoperability_data");
        assertThat(updated.events().mkString()).doesNotContain(rotated.ciphertext());
    }

    @Test
    void rejects_an_update_with_an_invalid_reference() {
        assertThat(session().update(Option.none(), Option.none(), Option.some(""), Option.none(), Option.none(),
                LATER).getLeft().field()).contains("reference");
    }

    @Test
    void rejects_updates_and_payments_once_the_expiry_time_has_passed_even_before_it_expired() {
        CheckoutSession session = session();
        Instant afterExpiry = session.expiresAt();

        assertThat(session.update(Option.some(eur(10000)), Option.none(), Option.none(), Option.none(),
                Option.none(), afterExpiry).getLeft().code()).isEqualTo(AcquirerRejection.SESSION_EXPIRED);
        assertThat(session.registerPayment("pay_1", afterExpiry).getLeft().code())
                .isEqualTo(AcquirerRejection.SESSION_EXPIRED);
        assertThat(session.isOpenAt(afterExpiry)).isFalse();
        assertThat(session.isOpenAt(afterExpiry.minusMillis(1))).isTrue();
    }

    // Payment, completion, release

    @Test
    void registers_a_payment_and_completes_with_it() {
        CheckoutSession registered = registered();
        assertThat(registered.kind()).isEqualTo(CheckoutSessionKind.PAYMENT_REGISTERED);
        assertThat(registered.paymentId()).contains("pay_1");

        Transition<CheckoutSession> completed = registered.complete(LATER.plusSeconds(5)).get();

        assertThat(completed.next().state()).isEqualTo(new CheckoutSessionState.Completed("pay_1",
                LATER.plusSeconds(5)));
        assertThat(completed.next().version()).isEqualTo(3);
        assertThat(completed.events()).singleElement().extracting(event -> event.type())
                .isEqualTo("checkout_session.completed");
    }

    @Test
    void completes_even_when_the_payment_was_authorized_after_the_expiry_time() {
        CheckoutSession registered = registered();

        assertThat(registered.complete(registered.expiresAt().plusSeconds(3600)).isRight()).isTrue();
    }

    @Test
    void rejects_a_second_payment_and_updates_while_a_payment_is_registered() {
        CheckoutSession registered = registered();

        Rejection second = registered.registerPayment("pay_2", LATER).getLeft();
        assertThat(second.code()).isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        assertThat(second.detail()).contains("PAYMENT_REGISTERED");
        assertThat(registered.update(Option.some(eur(10000)), Option.none(), Option.none(), Option.none(),
                Option.none(), LATER).getLeft().code()).isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        assertThat(registered.acceptsPaymentAt(LATER).getLeft().code()).isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
    }

    @Test
    void rejects_an_invalid_payment_id() {
        assertThat(session().registerPayment("pay 1", LATER).getLeft().code()).isEqualTo(CommonRejection.INVALID_FIELD);
        assertThat(session().registerPayment("", LATER).getLeft().code()).isEqualTo(CommonRejection.INVALID_FIELD);
    }

    @Test
    void releasing_a_declined_payment_opens_the_session_again() {
        Transition<CheckoutSession> released = registered().releasePayment(LATER.plusSeconds(1)).get();

        assertThat(released.next().kind()).isEqualTo(CheckoutSessionKind.OPEN);
        assertThat(released.next().paymentId()).isEmpty();
        assertThat(released.events().head()).isEqualTo(new CheckoutSessionEvent.PaymentReleased(ID, "pay_1",
                LATER.plusSeconds(1)));
        assertThat(released.next().registerPayment("pay_2", LATER.plusSeconds(2)).isRight()).isTrue();
    }

    @Test
    void rejects_completion_and_release_without_a_registered_payment() {
        assertThat(session().complete(LATER).getLeft().code()).isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        assertThat(session().releasePayment(LATER).getLeft().code()).isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
    }

    // Cancel and expire

    @Test
    void cancels_an_open_session_and_one_with_a_registered_payment() {
        assertThat(session().cancel(LATER).get().next().state()).isEqualTo(new CheckoutSessionState.Canceled(LATER));
        assertThat(registered().cancel(LATER).get().next().kind()).isEqualTo(CheckoutSessionKind.CANCELED);
    }

    @Test
    void expires_only_once_the_expiry_time_has_come() {
        CheckoutSession session = session();

        Rejection early = session.expire(session.expiresAt().minusMillis(1)).getLeft();
        assertThat(early.code()).isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        assertThat(early.detail()).contains("not due");
        assertThat(session.isDueToExpireAt(session.expiresAt())).isTrue();

        Transition<CheckoutSession> expired = session.expire(session.expiresAt()).get();
        assertThat(expired.next().state()).isEqualTo(new CheckoutSessionState.Expired(session.expiresAt()));
        assertThat(expired.events().head().type()).isEqualTo("checkout_session.expired");
    }

    @Test
    void a_session_with_a_registered_payment_does_not_expire() {
        CheckoutSession registered = registered();

        assertThat(registered.expire(registered.expiresAt().plusSeconds(1)).getLeft().code())
                .isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        assertThat(registered.isDueToExpireAt(registered.expiresAt())).isFalse();
    }

    @Test
    void an_expired_session_refuses_everything_as_expired() {
        CheckoutSession expired = session().expire(session().expiresAt()).get().next();

        assertThat(expired.allowedActions()).isEmpty();
        assertThat(expired.update(Option.some(eur(1)), Option.some(List.empty()), Option.none(), Option.none(),
                Option.none(), LATER).getLeft().code()).isEqualTo(AcquirerRejection.SESSION_EXPIRED);
        assertThat(expired.registerPayment("pay_1", LATER).getLeft().code())
                .isEqualTo(AcquirerRejection.SESSION_EXPIRED);
        assertThat(expired.cancel(LATER).getLeft().code()).isEqualTo(AcquirerRejection.SESSION_EXPIRED);
        assertThat(expired.expire(LATER).getLeft().code()).isEqualTo(AcquirerRejection.SESSION_EXPIRED);
    }

    @Test
    void completed_and_canceled_sessions_refuse_everything_as_ended() {
        CheckoutSession completed = registered().complete(LATER).get().next();
        CheckoutSession canceled = session().cancel(LATER).get().next();

        for (CheckoutSession ended : new CheckoutSession[] {completed, canceled}) {
            assertThat(ended.allowedActions()).isEmpty();
            assertThat(ended.cancel(LATER).getLeft().code()).isEqualTo(AcquirerRejection.SESSION_ENDED);
            assertThat(ended.complete(LATER).getLeft().code()).isEqualTo(AcquirerRejection.SESSION_ENDED);
            assertThat(ended.registerPayment("pay_9", LATER).getLeft().code())
                    .isEqualTo(AcquirerRejection.SESSION_ENDED);
            assertThat(ended.acceptsPaymentAt(LATER).getLeft().code()).isEqualTo(AcquirerRejection.SESSION_ENDED);
        }
    }

    @Test
    void allowed_actions_follow_the_table() {
        assertThat(session().allowedActions()).containsExactly(CheckoutSessionAction.UPDATE,
                CheckoutSessionAction.REGISTER_PAYMENT, CheckoutSessionAction.CANCEL, CheckoutSessionAction.EXPIRE);
        assertThat(registered().allowedActions()).containsExactly(CheckoutSessionAction.COMPLETE,
                CheckoutSessionAction.RELEASE_PAYMENT, CheckoutSessionAction.CANCEL);
        assertThat(CheckoutSession.TABLE.finals()).containsExactlyInAnyOrder(CheckoutSessionKind.COMPLETED,
                CheckoutSessionKind.EXPIRED, CheckoutSessionKind.CANCELED);
    }

    @Test
    void parses_checkout_session_ids_with_their_prefix_only() {
        assertThat(CheckoutSessionId.of("abc").value()).isEqualTo("cs_abc");
        assertThat(CheckoutSessionId.parse("cs_abc-1", "checkout_session_id").get())
                .isEqualTo(CheckoutSessionId.of("abc-1"));
        assertThat(CheckoutSessionId.parse("pay_abc", "checkout_session_id").getLeft().field())
                .contains("checkout_session_id");
        assertThat(CheckoutSessionId.parse(null, "id").isLeft()).isTrue();
        assertThat(CheckoutSessionId.parse("cs_", "id").isLeft()).isTrue();
    }
}
