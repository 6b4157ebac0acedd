package dev.interop.klarna.domain.authorization;

import static dev.interop.klarna.domain.authorization.AuthorizationResult.APPROVED;
import static dev.interop.klarna.domain.authorization.AuthorizationResult.DECLINED;
import static dev.interop.klarna.domain.authorization.AuthorizationResult.STEP_UP_REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.shared.domain.Money;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class AuthorizationPolicyTest {

    private static final CustomerAssessment POWER_500 = new CustomerAssessment.ApproveUpTo(Money.of(500_000, "EUR"));
    private static final CustomerAssessment ALWAYS_STEP_UP = new CustomerAssessment.AlwaysStepUp();
    private static final CustomerAssessment DECLINE = new CustomerAssessment.Decline();

    private static Money eur(long minorUnits) {
        return Money.of(minorUnits, "EUR");
    }

    private static AuthorizationDecision decide(long amount, boolean stepUp, Option<Money> approved,
            boolean session, CustomerAssessment assessment, long tolerance) {
        return AuthorizationPolicy.decide(new AuthorizationContext(eur(amount), stepUp, approved, session,
                assessment, tolerance));
    }

    @Test
    void declines_a_declined_customer_even_with_an_approved_amount() {
        AuthorizationDecision decision = decide(1_000, true, Option.of(eur(5_000)), true, DECLINE, 0);

        assertThat(decision.result()).isEqualTo(DECLINED);
        assertThat(decision.reason()).isEqualTo(AuthorizationReason.CUSTOMER_DECLINED);
    }

    @Test
    void approves_the_amount_the_customer_approved() {
        AuthorizationDecision decision = decide(5_000, true, Option.of(eur(5_000)), true, ALWAYS_STEP_UP, 0);

        assertThat(decision.result()).isEqualTo(APPROVED);
        assertThat(decision.reason()).isEqualTo(AuthorizationReason.WITHIN_APPROVED_AMOUNT);
    }

    @Test
    void approves_a_lower_amount_than_the_customer_approved() {
        assertThat(decide(4_000, false, Option.of(eur(5_000)), true, POWER_500, 0).result()).isEqualTo(APPROVED);
    }

    @Test
    void asks_for_step_up_when_the_amount_drifts_one_minor_unit_above_the_approval() {
        AuthorizationDecision decision = decide(5_001, true, Option.of(eur(5_000)), true, POWER_500, 0);

        assertThat(decision.result()).isEqualTo(STEP_UP_REQUIRED);
        assertThat(decision.reason()).isEqualTo(AuthorizationReason.AMOUNT_EXCEEDS_APPROVED);
    }

    @Test
    void declines_amount_drift_above_the_approval_when_step_up_is_not_configured() {
        AuthorizationDecision decision = decide(5_001, false, Option.of(eur(5_000)), true, POWER_500, 0);

        assertThat(decision.result()).isEqualTo(DECLINED);
        assertThat(decision.reason()).isEqualTo(AuthorizationReason.AMOUNT_EXCEEDS_APPROVED);
    }

    @Test
    void approves_drift_within_the_configured_tolerance_and_not_beyond() {
        assertThat(decide(5_100, true, Option.of(eur(5_000)), true, POWER_500, 100).result()).isEqualTo(APPROVED);
        assertThat(decide(5_101, true, Option.of(eur(5_000)), true, POWER_500, 100).result())
                .isEqualTo(STEP_UP_REQUIRED);
    }

    @Test
    void never_approves_an_amount_in_another_currency_than_the_approval() {
        AuthorizationDecision decision = AuthorizationPolicy.decide(new AuthorizationContext(Money.of(100, "SEK"),
                true, Option.of(eur(5_000)), true, POWER_500));

        assertThat(decision.result()).isEqualTo(STEP_UP_REQUIRED);
    }

    @Test
    void asks_for_step_up_without_a_session() {
        AuthorizationDecision decision = decide(1_000, true, Option.none(), false, POWER_500, 0);

        assertThat(decision.result()).isEqualTo(STEP_UP_REQUIRED);
        assertThat(decision.reason()).isEqualTo(AuthorizationReason.NO_SESSION);
    }

    @Test
    void declines_without_a_session_when_step_up_is_not_configured() {
        assertThat(decide(1_000, false, Option.none(), false, POWER_500, 0).result()).isEqualTo(DECLINED);
    }

    @Test
    void asks_an_always_step_up_customer_to_step_up() {
        AuthorizationDecision decision = decide(1_000, true, Option.none(), true, ALWAYS_STEP_UP, 0);

        assertThat(decision.result()).isEqualTo(STEP_UP_REQUIRED);
        assertThat(decision.reason()).isEqualTo(AuthorizationReason.STEP_UP_ALWAYS_REQUIRED);
    }

    @Test
    void declines_an_always_step_up_customer_when_step_up_is_not_configured() {
        assertThat(decide(1_000, false, Option.none(), true, ALWAYS_STEP_UP, 0).result()).isEqualTo(DECLINED);
    }

    @Test
    void approves_up_to_and_including_the_purchase_power() {
        AuthorizationDecision decision = decide(500_000, false, Option.none(), true, POWER_500, 0);

        assertThat(decision.result()).isEqualTo(APPROVED);
        assertThat(decision.reason()).isEqualTo(AuthorizationReason.WITHIN_PURCHASE_POWER);
    }

    @Test
    void asks_for_step_up_above_the_purchase_power_and_declines_without_step_up() {
        assertThat(decide(500_001, true, Option.none(), true, POWER_500, 0).reason())
                .isEqualTo(AuthorizationReason.EXCEEDS_PURCHASE_POWER);
        assertThat(decide(500_001, true, Option.none(), true, POWER_500, 0).result()).isEqualTo(STEP_UP_REQUIRED);
        assertThat(decide(500_001, false, Option.none(), true, POWER_500, 0).result()).isEqualTo(DECLINED);
    }

    @Test
    void does_not_approve_purchase_power_in_another_currency() {
        AuthorizationDecision decision = AuthorizationPolicy.decide(new AuthorizationContext(Money.of(100, "SEK"),
                false, Option.none(), true, POWER_500));

        assertThat(decision.result()).isEqualTo(DECLINED);
    }

    @Test
    void defaults_the_tolerance_to_zero() {
        AuthorizationContext context = new AuthorizationContext(eur(1), true, Option.none(), true, POWER_500);

        assertThat(context.toleranceMinorUnits()).isZero();
    }

    @Test
    void an_approved_amount_without_a_session_is_not_a_valid_context() {
        assertThatThrownBy(() -> new AuthorizationContext(eur(1), true, Option.of(eur(1)), false, POWER_500))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_decision_cannot_approve_for_a_reason_that_does_not_approve() {
        assertThatThrownBy(() -> new AuthorizationDecision(APPROVED, AuthorizationReason.AMOUNT_EXCEEDS_APPROVED,
                "drift")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthorizationDecision(STEP_UP_REQUIRED, AuthorizationReason.CUSTOMER_DECLINED,
                "declined")).isInstanceOf(IllegalArgumentException.class);
    }
}
