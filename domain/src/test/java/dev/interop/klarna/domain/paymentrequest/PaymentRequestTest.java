package dev.interop.klarna.domain.paymentrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.klarna.domain.KlarnaRejection;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.shared.domain.LineItem;
import dev.interop.shared.domain.Money;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.RejectionCode;
import dev.interop.shared.domain.Transition;
import dev.interop.klarna.domain.shipping.ShippingAddress;
import dev.interop.klarna.domain.shipping.ShippingOption;
import dev.interop.klarna.domain.shipping.ShippingSelection;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaymentRequestTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final PaymentRequestId ID = PaymentRequestId.of("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    private static final PartnerAccountId PARTNER = PartnerAccountId.of("krn:partner:global:account:test:partner-1");
    private static final String SESSION = "krn:shopping:eu1:session:6f1c2a1e-0000-4000-8000-000000000001";
    private static final Money AMOUNT = Money.of(10_000, "EUR");
    private static final TokenHash HASH = TokenHash.of("a fresh token");
    private static final ShippingSelection EXPRESS_TO_STOCKHOLM = new ShippingSelection(
            ShippingAddress.of("Sveavägen 46", "111 34", "Stockholm", "SE"),
            new ShippingOption("express", "Express delivery", Money.of(990, "EUR")));

    private static Either<Rejection, Transition<PaymentRequest>> create(Money amount, List<LineItem> items,
            Option<Duration> ttl) {
        return PaymentRequest.create(ID, PARTNER, Option.of(SESSION), Intent.AUTHORIZATION, amount,
                Option.of("order-42"), items, Option.of("https://shop.example/return"), ttl, T0);
    }

    private static PaymentRequest submitted() {
        return create(AMOUNT, List.empty(), Option.none()).get().next();
    }

    private static PaymentRequest withItems() {
        return create(AMOUNT, List.of(LineItem.of("Shoes", 2, Money.of(4_000, "EUR")),
                LineItem.of("Socks", 1, Money.of(2_000, "EUR"))), Option.none()).get().next();
    }

    private static PaymentRequest inProgress(PaymentRequest request) {
        return request.start(T0.plusSeconds(60)).get().next();
    }

    private static PaymentRequest inProgress() {
        return inProgress(submitted());
    }

    private static PaymentRequest completed() {
        return inProgress().complete(HASH, T0.plusSeconds(600)).get().next();
    }

    private static RejectionCode rejectionOf(Either<Rejection, Transition<PaymentRequest>> result) {
        assertThat(result.isLeft()).as("expected a rejection but got %s", result).isTrue();
        return result.getLeft().code();
    }

    /** Runs {@code action} with valid arguments, so that only the state and the time decide. */
    private static Either<Rejection, Transition<PaymentRequest>> run(PaymentRequest request,
            PaymentRequestAction action, Instant now) {
        return switch (action) {
            case START -> request.start(now);
            case ABORT -> request.abort(now);
            case COMPLETE -> request.complete(HASH, now);
            case CANCEL -> request.cancel(now);
            case EXPIRE -> request.expire(now);
            case DECLINE -> request.decline(now);
            case UPDATE -> request.update(Money.of(5_000, "EUR"), List.empty(), Option.none(), now);
            case CHANGE_SHIPPING -> request.changeShipping(EXPRESS_TO_STOCKHOLM,
                    request.orderAmount().plus(EXPRESS_TO_STOCKHOLM.option().amount()), now);
        };
    }

    @Nested
    class Creation {

        @Test
        void creates_a_submitted_request_at_version_one_with_a_submitted_event() {
            Transition<PaymentRequest> created = create(AMOUNT, List.empty(), Option.none()).get();
            PaymentRequest request = created.next();

            assertThat(request.kind()).isEqualTo(PaymentRequestStateKind.SUBMITTED);
            assertThat(request.version()).isEqualTo(1);
            assertThat(request.eventCount()).isEqualTo(1);
            assertThat(request.previousState()).isEmpty();
            assertThat(request.stateReason()).isEmpty();
            assertThat(request.customerSessionId()).contains(SESSION);
            assertThat(request.createdAt()).isEqualTo(T0);
            assertThat(created.events()).singleElement().isEqualTo(new PaymentRequestEvent.Submitted(ID, PARTNER,
                    Intent.AUTHORIZATION, AMOUNT, T0.plus(Duration.ofHours(3)), T0));
            assertThat(created.events().head().type()).isEqualTo("payment_request.submitted");
        }

        @Test
        void expires_three_hours_after_creation_by_default() {
            assertThat(submitted().expiresAt()).isEqualTo(T0.plus(Duration.ofHours(3)));
            assertThat(PaymentRequest.DEFAULT_TTL).isEqualTo(Duration.ofHours(3));
        }

        @Test
        void accepts_exactly_fifteen_minutes_and_exactly_forty_eight_hours_as_ttl() {
            assertThat(create(AMOUNT, List.empty(), Option.of(Duration.ofMinutes(15))).get().next().expiresAt())
                    .isEqualTo(T0.plus(Duration.ofMinutes(15)));
            assertThat(create(AMOUNT, List.empty(), Option.of(Duration.ofHours(48))).get().next().expiresAt())
                    .isEqualTo(T0.plus(Duration.ofHours(48)));
        }

        @Test
        void rejects_a_ttl_one_second_shorter_than_fifteen_minutes() {
            Either<Rejection, Transition<PaymentRequest>> result =
                    create(AMOUNT, List.empty(), Option.of(PaymentRequest.MIN_TTL.minusSeconds(1)));

            assertThat(rejectionOf(result)).isEqualTo(CommonRejection.INVALID_TTL);
            assertThat(result.getLeft().field()).contains("ttl");
        }

        @Test
        void rejects_a_ttl_one_second_longer_than_forty_eight_hours() {
            assertThat(rejectionOf(create(AMOUNT, List.empty(), Option.of(PaymentRequest.MAX_TTL.plusSeconds(1)))))
                    .isEqualTo(CommonRejection.INVALID_TTL);
        }

        @Test
        void rejects_a_negative_ttl() {
            assertThat(rejectionOf(create(AMOUNT, List.empty(), Option.of(Duration.ofHours(-3)))))
                    .isEqualTo(CommonRejection.INVALID_TTL);
        }

        @Test
        void rejects_a_zero_amount() {
            Either<Rejection, Transition<PaymentRequest>> result = create(Money.of(0, "EUR"), List.empty(),
                    Option.none());

            assertThat(rejectionOf(result)).isEqualTo(CommonRejection.INVALID_AMOUNT);
            assertThat(result.getLeft().field()).contains("amount");
        }

        @Test
        void accepts_line_items_that_sum_to_the_amount() {
            assertThat(withItems().lineItems()).hasSize(2);
        }

        @Test
        void rejects_line_items_that_do_not_sum_to_the_amount() {
            Either<Rejection, Transition<PaymentRequest>> result = create(AMOUNT,
                    List.of(LineItem.of("Shoes", 2, Money.of(4_000, "EUR"))), Option.none());

            assertThat(rejectionOf(result)).isEqualTo(CommonRejection.LINE_ITEMS_DO_NOT_SUM_TO_TOTAL);
            assertThat(result.getLeft().field()).contains("line_items");
        }

        @Test
        void rejects_line_items_in_another_currency() {
            assertThat(rejectionOf(create(AMOUNT, List.of(LineItem.of("Shoes", 1, Money.of(10_000, "SEK"))),
                    Option.none()))).isEqualTo(CommonRejection.CURRENCY_MISMATCH);
        }

        @Test
        void rejects_a_blank_reference() {
            Either<Rejection, Transition<PaymentRequest>> result = PaymentRequest.create(ID, PARTNER, Option.none(),
                    Intent.PREPARATION, AMOUNT, Option.of("  "), List.empty(), Option.none(), Option.none(), T0);

            assertThat(rejectionOf(result)).isEqualTo(CommonRejection.INVALID_FIELD);
            assertThat(result.getLeft().field()).contains("reference");
        }

        @Test
        void rejects_a_return_url_that_is_not_an_absolute_http_url() {
            for (String url : new String[] {"ftp://shop.example/", "/relative/path", "https://", "https:///x",
                "https://shop.example/a b"}) {
                Either<Rejection, Transition<PaymentRequest>> result = PaymentRequest.create(ID, PARTNER,
                        Option.none(), Intent.AUTHORIZATION, AMOUNT, Option.none(), List.empty(), Option.of(url),
                        Option.none(), T0);

                assertThat(rejectionOf(result)).as(url).isEqualTo(CommonRejection.INVALID_FIELD);
                assertThat(result.getLeft().field()).as(url).contains("return_url");
            }
        }

        @Test
        void accepts_a_return_url_with_klarna_placeholders() {
            String url = "https://shop.example/return?id={klarna.payment_request.id}";

            assertThat(PaymentRequest.create(ID, PARTNER, Option.none(), Intent.AUTHORIZATION, AMOUNT, Option.none(),
                    List.empty(), Option.of(url), Option.none(), T0).get().next().returnUrl()).contains(url);
        }

        @Test
        void rejects_a_customer_session_id_that_is_not_a_krn() {
            Either<Rejection, Transition<PaymentRequest>> result = PaymentRequest.create(ID, PARTNER,
                    Option.of("session 1"), Intent.AUTHORIZATION, AMOUNT, Option.none(), List.empty(), Option.none(),
                    Option.none(), T0);

            assertThat(rejectionOf(result)).isEqualTo(CommonRejection.INVALID_FIELD);
            assertThat(result.getLeft().field()).contains("customer_session_id");
        }

        @Test
        void refuses_to_build_a_request_whose_line_items_do_not_sum_to_its_amount() {
            PaymentRequest valid = withItems();

            assertThatThrownBy(() -> new PaymentRequest(valid.id(), valid.partner(), valid.customerSessionId(),
                    valid.intent(), Money.of(9_999, "EUR"), valid.reference(), valid.lineItems(), valid.returnUrl(),
                    valid.shipping(), valid.state(), valid.previousState(), valid.stateReason(), valid.createdAt(),
                    valid.expiresAt(), valid.version(), valid.eventCount()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Transitions {

        @Test
        void starting_moves_a_submitted_request_in_progress_and_records_submitted_as_previous_state() {
            Transition<PaymentRequest> started = submitted().start(T0.plusSeconds(60)).get();

            assertThat(started.next().kind()).isEqualTo(PaymentRequestStateKind.IN_PROGRESS);
            assertThat(started.next().previousState()).contains(PaymentRequestStateKind.SUBMITTED);
            assertThat(started.next().stateReason()).isEmpty();
            assertThat(started.events()).containsExactly(new PaymentRequestEvent.Started(ID, T0.plusSeconds(60)));
            assertThat(started.events().head().type()).isEqualTo("payment_request.in_progress");
        }

        @Test
        void aborting_returns_to_submitted_with_reason_purchase_flow_aborted() {
            Transition<PaymentRequest> aborted = inProgress().abort(T0.plusSeconds(120)).get();

            assertThat(aborted.next().kind()).isEqualTo(PaymentRequestStateKind.SUBMITTED);
            assertThat(aborted.next().previousState()).contains(PaymentRequestStateKind.IN_PROGRESS);
            assertThat(aborted.next().stateReason()).contains(StateReason.PURCHASE_FLOW_ABORTED);
            assertThat(aborted.events().head().type()).isEqualTo("payment_request.aborted");
        }

        @Test
        void starting_again_after_an_abort_clears_the_reason() {
            PaymentRequest again = inProgress().abort(T0.plusSeconds(120)).get().next()
                    .start(T0.plusSeconds(180)).get().next();

            assertThat(again.kind()).isEqualTo(PaymentRequestStateKind.IN_PROGRESS);
            assertThat(again.previousState()).contains(PaymentRequestStateKind.SUBMITTED);
            assertThat(again.stateReason()).isEmpty();
            assertThat(again.version()).isEqualTo(4);
        }

        @Test
        void completing_issues_a_token_valid_for_sixty_minutes() {
            Instant completedAt = T0.plusSeconds(600);
            Transition<PaymentRequest> done = inProgress().complete(HASH, completedAt).get();
            PaymentRequestState.Completed state = done.next().completion().get();

            assertThat(done.next().kind()).isEqualTo(PaymentRequestStateKind.COMPLETED);
            assertThat(state.tokenHash()).isEqualTo(HASH);
            assertThat(state.completedAt()).isEqualTo(completedAt);
            assertThat(state.tokenValidUntil()).isEqualTo(completedAt.plus(Duration.ofMinutes(60)));
            assertThat(done.next().previousState()).contains(PaymentRequestStateKind.IN_PROGRESS);
            assertThat(done.next().stateReason()).isEmpty();
            assertThat(done.events()).containsExactly(new PaymentRequestEvent.Completed(ID, AMOUNT,
                    completedAt.plus(Duration.ofMinutes(60)), completedAt));
        }

        @Test
        void the_issued_token_is_valid_until_just_before_sixty_minutes_after_completion() {
            PaymentRequestState.Completed state = completed().completion().get();
            Instant completedAt = state.completedAt();

            assertThat(state.isTokenValidAt(completedAt)).isTrue();
            assertThat(state.isTokenValidAt(completedAt.plus(Duration.ofMinutes(60)).minusNanos(1))).isTrue();
            assertThat(state.isTokenValidAt(completedAt.plus(Duration.ofMinutes(60)))).isFalse();
        }

        @Test
        void a_completed_state_cannot_claim_another_token_window() {
            assertThatThrownBy(() -> new PaymentRequestState.Completed(T0, HASH, T0.plus(Duration.ofMinutes(61))))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void only_a_completed_request_has_an_approved_amount() {
            assertThat(completed().approvedAmount()).contains(AMOUNT);
            assertThat(inProgress().approvedAmount()).isEmpty();
            assertThat(submitted().approvedAmount()).isEmpty();
            assertThat(submitted().cancel(T0).get().next().approvedAmount()).isEmpty();
        }

        @Test
        void completing_a_submitted_request_is_not_allowed() {
            assertThat(rejectionOf(submitted().complete(HASH, T0))).isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        }

        @Test
        void starting_a_request_already_in_progress_is_not_allowed() {
            assertThat(rejectionOf(inProgress().start(T0.plusSeconds(90))))
                    .isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        }

        @Test
        void aborting_a_submitted_request_is_not_allowed() {
            assertThat(rejectionOf(submitted().abort(T0))).isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        }

        @ParameterizedTest
        @EnumSource(value = PaymentRequestStateKind.class, names = {"SUBMITTED", "IN_PROGRESS"})
        void canceling_an_open_request_records_partner_canceled(PaymentRequestStateKind from) {
            PaymentRequest open = from == PaymentRequestStateKind.SUBMITTED ? submitted() : inProgress();
            Transition<PaymentRequest> canceled = open.cancel(T0.plusSeconds(300)).get();

            assertThat(canceled.next().state()).isEqualTo(new PaymentRequestState.Canceled(T0.plusSeconds(300)));
            assertThat(canceled.next().previousState()).contains(from);
            assertThat(canceled.next().stateReason()).contains(StateReason.PARTNER_CANCELED);
            assertThat(canceled.events()).containsExactly(
                    new PaymentRequestEvent.Canceled(ID, StateReason.PARTNER_CANCELED, T0.plusSeconds(300)));
        }

        @ParameterizedTest
        @EnumSource(value = PaymentRequestStateKind.class, names = {"SUBMITTED", "IN_PROGRESS"})
        void declining_an_open_request_records_payment_declined(PaymentRequestStateKind from) {
            PaymentRequest open = from == PaymentRequestStateKind.SUBMITTED ? submitted() : inProgress();
            Transition<PaymentRequest> declined = open.decline(T0.plusSeconds(300)).get();

            assertThat(declined.next().state()).isEqualTo(new PaymentRequestState.Declined(T0.plusSeconds(300)));
            assertThat(declined.next().previousState()).contains(from);
            assertThat(declined.next().stateReason()).contains(StateReason.PAYMENT_DECLINED);
            assertThat(declined.events().head().type()).isEqualTo("payment_request.declined");
        }

        @ParameterizedTest
        @EnumSource(value = PaymentRequestStateKind.class, names = {"SUBMITTED", "IN_PROGRESS"})
        void expiring_an_open_request_once_due_records_its_expiry_time(PaymentRequestStateKind from) {
            PaymentRequest open = from == PaymentRequestStateKind.SUBMITTED ? submitted() : inProgress();
            Instant sweep = open.expiresAt().plusSeconds(42);
            Transition<PaymentRequest> expired = open.expire(sweep).get();

            assertThat(expired.next().state()).isEqualTo(new PaymentRequestState.Expired(open.expiresAt()));
            assertThat(expired.next().previousState()).contains(from);
            assertThat(expired.next().stateReason()).isEmpty();
            assertThat(expired.events()).containsExactly(
                    new PaymentRequestEvent.Expired(ID, open.expiresAt(), sweep));
        }

        @Test
        void expires_exactly_at_its_expiry_time() {
            PaymentRequest request = submitted();

            assertThat(request.expire(request.expiresAt()).get().next().kind())
                    .isEqualTo(PaymentRequestStateKind.EXPIRED);
        }

        @Test
        void rejects_expiring_a_request_one_second_before_it_is_due() {
            PaymentRequest request = submitted();

            assertThat(rejectionOf(request.expire(request.expiresAt().minusSeconds(1))))
                    .isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        }

        @Test
        void is_due_for_the_sweeper_from_its_expiry_time_until_it_is_final() {
            PaymentRequest request = submitted();

            assertThat(request.isDue(request.expiresAt().minusNanos(1))).isFalse();
            assertThat(request.isDue(request.expiresAt())).isTrue();
            assertThat(request.cancel(T0).get().next().isDue(request.expiresAt().plusSeconds(1))).isFalse();
        }

        @Test
        void every_accepted_command_adds_one_to_version_and_event_count() {
            PaymentRequest request = submitted();
            for (PaymentRequestAction action : List.of(PaymentRequestAction.UPDATE, PaymentRequestAction.START,
                    PaymentRequestAction.CHANGE_SHIPPING, PaymentRequestAction.ABORT, PaymentRequestAction.START,
                    PaymentRequestAction.COMPLETE)) {
                Transition<PaymentRequest> step = run(request, action, T0.plusSeconds(60)).get();

                assertThat(step.events()).as(action.name()).hasSize(1);
                assertThat(step.next().version()).as(action.name()).isEqualTo(request.version() + 1);
                assertThat(step.next().eventCount()).as(action.name()).isEqualTo(request.eventCount() + 1);
                assertThat(PaymentRequest.TABLE.permits(request.kind(), action, step.next().kind()))
                        .as(action.name()).isTrue();
                request = step.next();
            }
            assertThat(request.version()).isEqualTo(7);
        }
    }

    @Nested
    class Updates {

        @Test
        void updating_a_submitted_request_replaces_amount_line_items_and_reference() {
            List<LineItem> items = List.of(LineItem.of("Hat", 3, Money.of(1_500, "EUR")));
            Transition<PaymentRequest> updated = withItems().update(Money.of(4_500, "EUR"), items,
                    Option.of("order-43"), T0.plusSeconds(30)).get();

            assertThat(updated.next().amount()).isEqualTo(Money.of(4_500, "EUR"));
            assertThat(updated.next().lineItems()).isEqualTo(items);
            assertThat(updated.next().reference()).contains("order-43");
            assertThat(updated.next().kind()).isEqualTo(PaymentRequestStateKind.SUBMITTED);
            assertThat(updated.events()).containsExactly(new PaymentRequestEvent.Updated(ID,
                    Money.of(4_500, "EUR"), 1, Option.of("order-43"), T0.plusSeconds(30)));
        }

        @Test
        void updating_leaves_previous_state_and_reason_of_the_last_state_change() {
            PaymentRequest aborted = inProgress().abort(T0.plusSeconds(120)).get().next();
            PaymentRequest updated = aborted.update(AMOUNT, List.empty(), Option.none(), T0.plusSeconds(130)).get()
                    .next();

            assertThat(updated.previousState()).contains(PaymentRequestStateKind.IN_PROGRESS);
            assertThat(updated.stateReason()).contains(StateReason.PURCHASE_FLOW_ABORTED);
        }

        @Test
        void rejects_an_update_while_the_customer_is_in_the_journey() {
            assertThat(rejectionOf(inProgress().update(AMOUNT, List.empty(), Option.none(), T0.plusSeconds(90))))
                    .isEqualTo(KlarnaRejection.PAYMENT_REQUEST_NOT_UPDATABLE);
        }

        @Test
        void rejects_an_update_to_a_zero_amount() {
            assertThat(rejectionOf(submitted().update(Money.of(0, "EUR"), List.empty(), Option.none(), T0)))
                    .isEqualTo(CommonRejection.INVALID_AMOUNT);
        }

        @Test
        void rejects_an_update_that_changes_the_currency() {
            Either<Rejection, Transition<PaymentRequest>> result =
                    submitted().update(Money.of(10_000, "SEK"), List.empty(), Option.none(), T0);

            assertThat(rejectionOf(result)).isEqualTo(CommonRejection.CURRENCY_MISMATCH);
            assertThat(result.getLeft().field()).contains("currency");
        }

        @Test
        void rejects_an_update_whose_line_items_do_not_sum_to_the_new_amount() {
            assertThat(rejectionOf(withItems().update(Money.of(12_000, "EUR"), withItems().lineItems(),
                    Option.none(), T0))).isEqualTo(CommonRejection.LINE_ITEMS_DO_NOT_SUM_TO_TOTAL);
        }

        @Test
        void rejects_an_update_with_a_blank_reference() {
            assertThat(rejectionOf(submitted().update(AMOUNT, List.empty(), Option.of(""), T0)))
                    .isEqualTo(CommonRejection.INVALID_FIELD);
        }

        @Test
        void an_update_after_an_abort_drops_the_shipping_chosen_before() {
            PaymentRequest aborted = inProgress().changeShipping(EXPRESS_TO_STOCKHOLM, Money.of(10_990, "EUR"),
                    T0.plusSeconds(90)).get().next().abort(T0.plusSeconds(100)).get().next();
            PaymentRequest updated = aborted.update(Money.of(8_000, "EUR"), List.empty(), Option.none(),
                    T0.plusSeconds(110)).get().next();

            assertThat(aborted.shipping()).isNotEmpty();
            assertThat(updated.shipping()).isEmpty();
            assertThat(updated.orderAmount()).isEqualTo(Money.of(8_000, "EUR"));
        }
    }

    @Nested
    class Shipping {

        @Test
        void changing_shipping_in_the_journey_selects_it_and_sets_the_quoted_amount() {
            Transition<PaymentRequest> changed = inProgress().changeShipping(EXPRESS_TO_STOCKHOLM,
                    Money.of(10_990, "EUR"), T0.plusSeconds(90)).get();

            assertThat(changed.next().shipping()).contains(EXPRESS_TO_STOCKHOLM);
            assertThat(changed.next().amount()).isEqualTo(Money.of(10_990, "EUR"));
            assertThat(changed.next().orderAmount()).isEqualTo(AMOUNT);
            assertThat(changed.next().kind()).isEqualTo(PaymentRequestStateKind.IN_PROGRESS);
            assertThat(changed.next().previousState()).contains(PaymentRequestStateKind.SUBMITTED);
            assertThat(changed.events()).containsExactly(new PaymentRequestEvent.ShippingChanged(ID,
                    EXPRESS_TO_STOCKHOLM, Money.of(10_990, "EUR"), T0.plusSeconds(90)));
            assertThat(changed.events().head().type()).isEqualTo("payment_request.shipping_changed");
        }

        @Test
        void changing_shipping_twice_keeps_the_line_items_summing_to_the_order_amount() {
            ShippingSelection standard = new ShippingSelection(ShippingAddress.ofCountry("DE"),
                    new ShippingOption("standard", "Standard delivery", Money.of(0, "EUR")));
            PaymentRequest request = inProgress(withItems())
                    .changeShipping(EXPRESS_TO_STOCKHOLM, Money.of(10_990, "EUR"), T0.plusSeconds(90)).get().next()
                    .changeShipping(standard, Money.of(10_000, "EUR"), T0.plusSeconds(95)).get().next();

            assertThat(request.amount()).isEqualTo(AMOUNT);
            assertThat(LineItem.checkSum(request.lineItems(), request.orderAmount(), "line_items").isRight())
                    .isTrue();
        }

        @Test
        void rejects_a_shipping_change_before_the_customer_entered_the_journey() {
            assertThat(rejectionOf(submitted().changeShipping(EXPRESS_TO_STOCKHOLM, Money.of(10_990, "EUR"), T0)))
                    .isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        }

        @Test
        void rejects_an_amount_that_is_not_the_line_items_plus_the_option() {
            Either<Rejection, Transition<PaymentRequest>> result = inProgress(withItems())
                    .changeShipping(EXPRESS_TO_STOCKHOLM, Money.of(11_000, "EUR"), T0.plusSeconds(90));

            assertThat(rejectionOf(result)).isEqualTo(CommonRejection.LINE_ITEMS_DO_NOT_SUM_TO_TOTAL);
        }

        @Test
        void rejects_an_amount_that_does_not_exceed_the_option() {
            assertThat(rejectionOf(inProgress().changeShipping(EXPRESS_TO_STOCKHOLM, Money.of(990, "EUR"),
                    T0.plusSeconds(90)))).isEqualTo(CommonRejection.INVALID_AMOUNT);
        }

        @Test
        void rejects_a_quoted_amount_in_another_currency() {
            assertThat(rejectionOf(inProgress().changeShipping(EXPRESS_TO_STOCKHOLM, Money.of(10_990, "SEK"),
                    T0.plusSeconds(90)))).isEqualTo(CommonRejection.CURRENCY_MISMATCH);
        }

        @Test
        void rejects_a_shipping_option_in_another_currency() {
            ShippingSelection inSek = new ShippingSelection(ShippingAddress.ofCountry("SE"),
                    new ShippingOption("express", "Express", Money.of(990, "SEK")));
            Either<Rejection, Transition<PaymentRequest>> result = inProgress().changeShipping(inSek,
                    Money.of(10_990, "EUR"), T0.plusSeconds(90));

            assertThat(rejectionOf(result)).isEqualTo(CommonRejection.CURRENCY_MISMATCH);
            assertThat(result.getLeft().field()).contains("shipping_option");
        }
    }

    @Nested
    class FinalAndExpired {

        private final java.util.List<PaymentRequest> finals = java.util.List.of(
                completed(),
                submitted().cancel(T0).get().next(),
                submitted().decline(T0).get().next(),
                submitted().expire(submitted().expiresAt()).get().next());

        @ParameterizedTest
        @EnumSource(PaymentRequestAction.class)
        void every_command_on_a_final_request_is_rejected_as_final(PaymentRequestAction action) {
            for (PaymentRequest request : finals) {
                assertThat(rejectionOf(run(request, action, T0.plusSeconds(700))))
                        .as("%s on %s", action, request.kind()).isEqualTo(KlarnaRejection.PAYMENT_REQUEST_FINAL);
            }
        }

        @ParameterizedTest
        @EnumSource(value = PaymentRequestAction.class, names = "EXPIRE", mode = EnumSource.Mode.EXCLUDE)
        void every_command_but_expire_at_or_after_the_expiry_time_is_rejected_as_expired(
                PaymentRequestAction action) {
            for (PaymentRequest request : java.util.List.of(submitted(), inProgress())) {
                assertThat(rejectionOf(run(request, action, request.expiresAt())))
                        .as("%s on %s", action, request.kind()).isEqualTo(KlarnaRejection.PAYMENT_REQUEST_EXPIRED);
                assertThat(rejectionOf(run(request, action, request.expiresAt().plusSeconds(3600))))
                        .isEqualTo(KlarnaRejection.PAYMENT_REQUEST_EXPIRED);
            }
        }

        @Test
        void a_completed_request_is_not_expired_by_the_sweeper() {
            PaymentRequest done = completed();

            assertThat(done.isDue(done.expiresAt().plusSeconds(1))).isFalse();
            assertThat(rejectionOf(done.expire(done.expiresAt().plusSeconds(1))))
                    .isEqualTo(KlarnaRejection.PAYMENT_REQUEST_FINAL);
        }

        @Test
        void offers_no_action_in_a_final_state_and_only_expire_once_due() {
            assertThat(completed().allowedActions(T0.plusSeconds(700))).isEmpty();
            assertThat(submitted().allowedActions(submitted().expiresAt()))
                    .containsExactly(PaymentRequestAction.EXPIRE);
        }

        @Test
        void offers_the_table_actions_except_expire_before_the_request_is_due() {
            assertThat(submitted().allowedActions(T0)).containsExactly(PaymentRequestAction.START,
                    PaymentRequestAction.UPDATE, PaymentRequestAction.CANCEL, PaymentRequestAction.DECLINE);
            assertThat(inProgress().allowedActions(T0.plusSeconds(90))).containsExactly(PaymentRequestAction.ABORT,
                    PaymentRequestAction.COMPLETE, PaymentRequestAction.CHANGE_SHIPPING, PaymentRequestAction.CANCEL,
                    PaymentRequestAction.DECLINE);
        }
    }
}
