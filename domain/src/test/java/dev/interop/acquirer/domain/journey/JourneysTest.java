package dev.interop.acquirer.domain.journey;

import dev.interop.acquirer.domain.AcquirerRejection;
import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.network.KlarnaInteroperabilityStatus;
import dev.interop.shared.network.KlarnaSessionHint;
import dev.interop.shared.network.KlarnaSessionOrigin;

import static dev.interop.acquirer.domain.checkout.ApFixtures.HOSTED_CHECKOUT;
import static dev.interop.acquirer.domain.checkout.ApFixtures.SERVER_SIDE_WITHOUT_DYNAMIC_SHIPPING;
import static dev.interop.acquirer.domain.checkout.ApFixtures.SERVER_SIDE_WITH_DYNAMIC_SHIPPING;
import static dev.interop.acquirer.domain.journey.JourneyAction.ABANDON;
import static dev.interop.acquirer.domain.journey.JourneyAction.APPROVE_PURCHASE;
import static dev.interop.acquirer.domain.journey.JourneyAction.AUTHORIZE;
import static dev.interop.acquirer.domain.journey.JourneyAction.CHANGE_SHIPPING;
import static dev.interop.acquirer.domain.journey.JourneyAction.CHECK_ELIGIBILITY;
import static dev.interop.acquirer.domain.journey.JourneyAction.CLICK_EXPRESS_BUTTON;
import static dev.interop.acquirer.domain.journey.JourneyAction.COMPLETE_STEP_UP;
import static dev.interop.acquirer.domain.journey.JourneyAction.DECLINE;
import static dev.interop.acquirer.domain.journey.JourneyAction.EXCHANGE_CUSTOMER_TOKEN;
import static dev.interop.acquirer.domain.journey.JourneyAction.OPEN_CHECKOUT_SESSION;
import static dev.interop.acquirer.domain.journey.JourneyAction.PREPARE_PAYMENT;
import static dev.interop.acquirer.domain.journey.JourneyAction.PRESENT_PAYMENT_METHODS;
import static dev.interop.acquirer.domain.journey.JourneyAction.REGISTER_PAYMENT_FOR_FINALIZATION;
import static dev.interop.acquirer.domain.journey.JourneyAction.REQUIRE_STEP_UP;
import static dev.interop.acquirer.domain.journey.JourneyAction.SIGN_IN;
import static dev.interop.acquirer.domain.journey.JourneyAction.SUBMIT_PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.acquirer.domain.partner.PartnerProfile;
import dev.interop.shared.domain.Rejection;
import dev.interop.shared.domain.TransitionTable;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class JourneysTest {

    @Test
    void rejects_one_step_express_for_hosted_checkout_partner_pointing_to_the_multi_step_journey() {
        Either<Rejection, Journey> started = Journeys.start(JourneyKind.EXPRESS_CHECKOUT_ONE_STEP, HOSTED_CHECKOUT);

        assertThat(started.getLeft().code()).isEqualTo(AcquirerRejection.ONE_STEP_EXPRESS_NOT_AVAILABLE);
        assertThat(started.getLeft().detail()).contains("EXPRESS_CHECKOUT_MULTI_STEP").contains("review screen")
                .contains("HOSTED_CHECKOUT");
    }

    @Test
    void rejects_one_step_express_for_server_side_partner_without_dynamic_shipping() {
        Either<Rejection, Journey> started =
                Journeys.start(JourneyKind.EXPRESS_CHECKOUT_ONE_STEP, SERVER_SIDE_WITHOUT_DYNAMIC_SHIPPING);

        assertThat(started.getLeft().code()).isEqualTo(AcquirerRejection.ONE_STEP_EXPRESS_NOT_AVAILABLE);
        assertThat(started.getLeft().detail()).contains("without dynamic shipping")
                .contains("EXPRESS_CHECKOUT_MULTI_STEP");
    }

    @Test
    void starts_one_step_express_for_server_side_partner_with_dynamic_shipping_at_the_express_button() {
        assertThat(Journeys.start(JourneyKind.EXPRESS_CHECKOUT_ONE_STEP, SERVER_SIDE_WITH_DYNAMIC_SHIPPING).get())
                .isEqualTo(new Journey(JourneyKind.EXPRESS_CHECKOUT_ONE_STEP, JourneyStage.EXPRESS_BUTTON));
    }

    @ParameterizedTest
    @EnumSource(value = JourneyKind.class, names = "EXPRESS_CHECKOUT_ONE_STEP", mode = EnumSource.Mode.EXCLUDE)
    void every_other_journey_starts_for_every_kind_of_partner(JourneyKind kind) {
        for (PartnerProfile partner : new PartnerProfile[] {HOSTED_CHECKOUT, SERVER_SIDE_WITHOUT_DYNAMIC_SHIPPING,
                SERVER_SIDE_WITH_DYNAMIC_SHIPPING}) {
            assertThat(Journeys.start(kind, partner).get().stage()).isEqualTo(Journeys.table(kind).initial());
        }
    }

    @Test
    void each_journey_starts_where_its_boost_feature_starts() {
        assertThat(Journeys.table(JourneyKind.PRE_QUALIFICATION).initial()).isEqualTo(JourneyStage.ON_SITE_MESSAGE);
        assertThat(Journeys.table(JourneyKind.SIGN_IN_WITH_KLARNA).initial()).isEqualTo(JourneyStage.SIGN_IN_BUTTON);
        assertThat(Journeys.table(JourneyKind.EXPRESS_CHECKOUT_ONE_STEP).initial())
                .isEqualTo(JourneyStage.EXPRESS_BUTTON);
        assertThat(Journeys.table(JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP).initial())
                .isEqualTo(JourneyStage.EXPRESS_BUTTON);
        assertThat(Journeys.table(JourneyKind.STANDARD).initial()).isEqualTo(JourneyStage.CHECKOUT);
    }

    @Test
    void pre_qualification_goes_from_eligibility_check_through_highlighted_klarna_to_authorization() {
        Journey journey = start(JourneyKind.PRE_QUALIFICATION)
                .flatMap(j -> j.apply(CHECK_ELIGIBILITY, JourneyStage.PRE_QUALIFIED))
                .flatMap(j -> j.apply(PRESENT_PAYMENT_METHODS))
                .flatMap(j -> j.apply(SUBMIT_PAYMENT))
                .flatMap(j -> j.apply(AUTHORIZE))
                .get();

        assertThat(journey.stage()).isEqualTo(JourneyStage.AUTHORIZED);
        assertThat(journey.isFinished()).isTrue();
    }

    @Test
    void sign_in_with_klarna_exchanges_the_customer_token_and_opens_a_checkout_session_before_paying() {
        Journey journey = start(JourneyKind.SIGN_IN_WITH_KLARNA)
                .flatMap(j -> j.apply(SIGN_IN))
                .flatMap(j -> j.apply(EXCHANGE_CUSTOMER_TOKEN))
                .get();

        assertThat(journey.allowedActions()).containsExactly(OPEN_CHECKOUT_SESSION, ABANDON);
        Journey paid = journey.apply(OPEN_CHECKOUT_SESSION)
                .flatMap(j -> j.apply(PRESENT_PAYMENT_METHODS))
                .flatMap(j -> j.apply(SUBMIT_PAYMENT))
                .flatMap(j -> j.apply(REQUIRE_STEP_UP))
                .flatMap(j -> j.apply(COMPLETE_STEP_UP))
                .get();
        assertThat(paid.stage()).isEqualTo(JourneyStage.AUTHORIZED);
    }

    @Test
    void one_step_express_answers_shipping_changes_in_the_purchase_journey_and_authorizes_without_step_up() {
        Journey approved = start(JourneyKind.EXPRESS_CHECKOUT_ONE_STEP)
                .flatMap(j -> j.apply(CLICK_EXPRESS_BUTTON))
                .flatMap(j -> j.apply(CHANGE_SHIPPING))
                .flatMap(j -> j.apply(CHANGE_SHIPPING))
                .flatMap(j -> j.apply(APPROVE_PURCHASE))
                .flatMap(j -> j.apply(SUBMIT_PAYMENT))
                .get();

        assertThat(approved.stage()).isEqualTo(JourneyStage.AUTHORIZING);
        assertThat(approved.allowedActions()).containsExactly(AUTHORIZE, DECLINE);
        assertThat(approved.apply(REQUIRE_STEP_UP).getLeft().code()).isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
    }

    @Test
    void multi_step_express_opens_the_checkout_session_before_the_review_screen_and_registers_for_finalization() {
        Journey review = start(JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP)
                .flatMap(j -> j.apply(CLICK_EXPRESS_BUTTON))
                .flatMap(j -> j.apply(PREPARE_PAYMENT))
                .flatMap(j -> j.apply(OPEN_CHECKOUT_SESSION))
                .get();

        assertThat(review.stage()).isEqualTo(JourneyStage.REVIEW_SCREEN);
        assertThat(review.allowedActions()).containsExactly(CHANGE_SHIPPING, REGISTER_PAYMENT_FOR_FINALIZATION,
                ABANDON);
        Journey done = review.apply(CHANGE_SHIPPING)
                .flatMap(j -> j.apply(REGISTER_PAYMENT_FOR_FINALIZATION))
                .flatMap(j -> j.apply(REQUIRE_STEP_UP))
                .flatMap(j -> j.apply(COMPLETE_STEP_UP))
                .get();
        assertThat(done.stage()).isEqualTo(JourneyStage.AUTHORIZED);
    }

    @Test
    void multi_step_express_cannot_register_a_payment_before_the_checkout_session_exists() {
        Journey prepared = start(JourneyKind.EXPRESS_CHECKOUT_MULTI_STEP)
                .flatMap(j -> j.apply(CLICK_EXPRESS_BUTTON))
                .flatMap(j -> j.apply(PREPARE_PAYMENT))
                .get();

        Rejection rejection = prepared.apply(REGISTER_PAYMENT_FOR_FINALIZATION).getLeft();

        assertThat(rejection.code()).isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        assertThat(rejection.detail()).contains("PAYMENT_PREPARED").contains("OPEN_CHECKOUT_SESSION");
    }

    @Test
    void standard_payment_may_be_submitted_straight_from_checkout() {
        assertThat(start(JourneyKind.STANDARD).flatMap(j -> j.apply(SUBMIT_PAYMENT)).get().stage())
                .isEqualTo(JourneyStage.AUTHORIZING);
    }

    @Test
    void rejects_a_next_stage_the_action_does_not_lead_to() {
        Rejection rejection = start(JourneyKind.PRE_QUALIFICATION)
                .flatMap(j -> j.apply(CHECK_ELIGIBILITY, JourneyStage.AUTHORIZED)).getLeft();

        assertThat(rejection.code()).isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        assertThat(rejection.detail()).contains("PRE_QUALIFIED or NOT_PRE_QUALIFIED");
    }

    @Test
    void asks_for_the_next_stage_when_an_action_has_several() {
        Rejection rejection = start(JourneyKind.PRE_QUALIFICATION).flatMap(j -> j.apply(CHECK_ELIGIBILITY)).getLeft();

        assertThat(rejection.code()).isEqualTo(CommonRejection.ACTION_NOT_ALLOWED);
        assertThat(rejection.detail()).contains("name the next stage");
    }

    @Test
    void a_finished_journey_accepts_nothing() {
        Journey declined = start(JourneyKind.STANDARD)
                .flatMap(j -> j.apply(SUBMIT_PAYMENT))
                .flatMap(j -> j.apply(DECLINE))
                .get();

        assertThat(declined.allowedActions()).isEmpty();
        assertThat(declined.apply(AUTHORIZE).getLeft().detail()).contains("finished");
    }

    @Test
    void refuses_a_stage_that_is_not_part_of_the_journey() {
        assertThatThrownBy(() -> new Journey(JourneyKind.STANDARD, JourneyStage.REVIEW_SCREEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Journey(JourneyKind.EXPRESS_CHECKOUT_ONE_STEP, JourneyStage.STEP_UP))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(JourneyKind.class)
    void from_every_stage_of_every_journey_a_final_stage_can_be_reached(JourneyKind kind) {
        TransitionTable<JourneyStage, JourneyAction> table = Journeys.table(kind);
        for (JourneyStage stage : Journeys.stages(kind)) {
            assertThat(reachable(table, stage).exists(table::isFinal)).as("%s at %s", kind, stage).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(JourneyKind.class)
    void every_stage_of_every_journey_is_reachable_from_its_start(JourneyKind kind) {
        TransitionTable<JourneyStage, JourneyAction> table = Journeys.table(kind);
        assertThat(reachable(table, table.initial()).toJavaSet())
                .containsExactlyInAnyOrderElementsOf(Journeys.stages(kind));
    }

    @ParameterizedTest
    @EnumSource(JourneyKind.class)
    void every_journey_ends_only_in_authorized_declined_or_abandoned(JourneyKind kind) {
        assertThat(Journeys.table(kind).finals().toJavaSet())
                .containsExactlyInAnyOrder(JourneyStage.AUTHORIZED, JourneyStage.DECLINED, JourneyStage.ABANDONED);
    }

    @ParameterizedTest
    @EnumSource(JourneyKind.class)
    void every_table_is_public_and_drawable(JourneyKind kind) {
        assertThat(Journeys.tables().get(kind).get()).isSameAs(Journeys.table(kind));
        assertThat(Journeys.table(kind).toMermaid()).contains("[*] --> " + Journeys.table(kind).initial().name());
    }

    @ParameterizedTest
    @CsvSource({
            "ON_SITE_MESSAGING, PAYMENT_SUPPORTED, PRE_QUALIFICATION",
            "ON_SITE_MESSAGING, PAYMENT_PREPARED, PRE_QUALIFICATION",
            "SIGN_IN_WITH_KLARNA, PAYMENT_PREPARED, SIGN_IN_WITH_KLARNA",
            "EXPRESS_CHECKOUT, PAYMENT_PENDING_CONFIRMATION, EXPRESS_CHECKOUT_ONE_STEP",
            "EXPRESS_CHECKOUT, PAYMENT_PREPARED, EXPRESS_CHECKOUT_MULTI_STEP",
            "EXPRESS_CHECKOUT, PAYMENT_SUPPORTED, EXPRESS_CHECKOUT_MULTI_STEP",
            "MARKETING, PAYMENT_SUPPORTED, STANDARD",
            "SIGN_IN_WITH_KLARNA, PAYMENT_UNSUPPORTED, STANDARD",
            "EXPRESS_CHECKOUT, PAYMENT_UNSUPPORTED, STANDARD"
    })
    void maps_what_klarna_says_about_the_session_to_the_journey(KlarnaSessionOrigin origin,
            KlarnaInteroperabilityStatus status, JourneyKind expected) {
        assertThat(Journeys.kindFor(Option.some(KlarnaSessionHint.of(origin, status)))).isEqualTo(expected);
    }

    @Test
    void a_payment_without_a_token_is_standard() {
        assertThat(Journeys.kindFor(Option.none())).isEqualTo(JourneyKind.STANDARD);
    }

    private static Either<Rejection, Journey> start(JourneyKind kind) {
        return Journeys.start(kind, SERVER_SIDE_WITH_DYNAMIC_SHIPPING);
    }

    private static Set<JourneyStage> reachable(TransitionTable<JourneyStage, JourneyAction> table,
            JourneyStage from) {
        Set<JourneyStage> seen = HashSet.of(from);
        Set<JourneyStage> frontier = seen;
        while (!frontier.isEmpty()) {
            Set<JourneyStage> next = frontier.flatMap(stage -> table.allowedActions(stage)
                    .flatMap(action -> table.targets(stage, action))).diff(seen);
            seen = seen.union(next);
            frontier = next;
        }
        return seen;
    }
}
