package dev.interop.testkit.klarna.paymentrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.interop.klarna.domain.authorization.AuthorizationContext;
import dev.interop.klarna.domain.authorization.AuthorizationDecision;
import dev.interop.klarna.domain.authorization.AuthorizationPolicy;
import dev.interop.klarna.domain.authorization.AuthorizationReason;
import dev.interop.klarna.domain.authorization.AuthorizationResult;
import dev.interop.klarna.domain.authorization.CustomerAssessment;
import dev.interop.shared.domain.Money;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** R10 and R11 over random authorization contexts. */
class AuthorizationPolicyPropertiesTest {

    private static final int EXAMPLES = 2_000;

    private static AuthorizationContext withStepUp(AuthorizationContext context, boolean allowed) {
        return new AuthorizationContext(context.amount(), allowed, context.approvedAmount(), context.hasSession(),
                context.assessment(), context.toleranceMinorUnits());
    }

    /** Whether {@code amount} is above what the customer approved plus the tolerance (or in another currency). */
    private static boolean exceedsApproval(AuthorizationContext context) {
        Money approved = context.approvedAmount().get();
        return !approved.sameCurrency(context.amount())
                || context.amount().minorUnits() > approved.minorUnits() + context.toleranceMinorUnits();
    }

    @Test
    void without_a_step_up_configuration_the_answer_is_never_step_up_required() {
        qt().withExamples(EXAMPLES).forAll(PaymentRequestGenerators.authorizationContexts())
                .checkAssert(context -> assertThat(AuthorizationPolicy.decide(withStepUp(context, false)).result())
                        .isNotEqualTo(AuthorizationResult.STEP_UP_REQUIRED));
    }

    @Test
    void never_approves_an_amount_above_the_approved_amount_plus_tolerance() {
        Set<AuthorizationResult> seen = EnumSet.noneOf(AuthorizationResult.class);
        qt().withExamples(EXAMPLES).forAll(PaymentRequestGenerators.authorizationContextsAboveApproval())
                .checkAssert(context -> {
                    assertThat(exceedsApproval(context)).as("generator: above the approval").isTrue();
                    AuthorizationDecision decision = AuthorizationPolicy.decide(context);
                    seen.add(decision.result());

                    assertThat(decision.result()).isNotEqualTo(AuthorizationResult.APPROVED);
                    if (context.stepUpAllowed() && context.assessment().kind() != CustomerAssessment.Kind.DECLINE) {
                        assertThat(decision.result()).isEqualTo(AuthorizationResult.STEP_UP_REQUIRED);
                        assertThat(decision.reason()).isEqualTo(AuthorizationReason.AMOUNT_EXCEEDS_APPROVED);
                    }
                });
        assertThat(seen).contains(AuthorizationResult.STEP_UP_REQUIRED, AuthorizationResult.DECLINED);
    }

    @Test
    void approves_an_amount_within_the_approval_unless_the_customer_is_declined() {
        qt().withExamples(EXAMPLES).forAll(PaymentRequestGenerators.authorizationContextsWithinApproval())
                .checkAssert(context -> {
                    assertThat(exceedsApproval(context)).as("generator: within the approval").isFalse();
                    assertThat(AuthorizationPolicy.decide(context).result()).isEqualTo(
                            context.assessment().kind() == CustomerAssessment.Kind.DECLINE
                                    ? AuthorizationResult.DECLINED : AuthorizationResult.APPROVED);
                });
    }

    @Test
    void allowing_step_up_only_turns_declines_into_step_ups_for_the_same_reason() {
        Set<AuthorizationReason> reasons = EnumSet.noneOf(AuthorizationReason.class);
        qt().withExamples(EXAMPLES).forAll(PaymentRequestGenerators.authorizationContexts()).checkAssert(context -> {
            AuthorizationDecision with = AuthorizationPolicy.decide(withStepUp(context, true));
            AuthorizationDecision without = AuthorizationPolicy.decide(withStepUp(context, false));
            reasons.add(with.reason());

            assertThat(with.reason()).isEqualTo(without.reason());
            if (with.result() == AuthorizationResult.STEP_UP_REQUIRED) {
                assertThat(without.result()).isEqualTo(AuthorizationResult.DECLINED);
            } else {
                assertThat(without.result()).isEqualTo(with.result());
            }
        });
        assertThat(reasons).as("every rule decided at least once").containsExactlyInAnyOrder(
                AuthorizationReason.values());
    }

    @Test
    void a_declined_customer_is_always_declined() {
        qt().withExamples(EXAMPLES).forAll(PaymentRequestGenerators.declinedCustomerContexts())
                .checkAssert(context -> assertThat(AuthorizationPolicy.decide(context).result())
                        .isEqualTo(AuthorizationResult.DECLINED));
    }
}
