package dev.interop.application.klarna;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interop.klarna.application.sandbox.SandboxCustomerRiskPolicy;
import dev.interop.klarna.domain.authorization.CustomerAssessment;
import dev.interop.klarna.domain.session.PreQualification;
import dev.interop.shared.domain.CurrencyCode;
import dev.interop.shared.domain.Money;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class SandboxCustomerRiskPolicyTest {

    private static final CurrencyCode SEK = CurrencyCode.of("SEK");
    private final SandboxCustomerRiskPolicy policy = new SandboxCustomerRiskPolicy();

    @Test
    void prequalifies_an_ordinary_customer_with_five_thousand_in_the_currency_asked() {
        assertThat(policy.prequalify("ada@example.com", Option.none(), SEK))
                .isEqualTo(PreQualification.approved(Money.of(500_000, "SEK")));
    }

    @Test
    void does_not_prequalify_noprequal_or_decline_customers() {
        assertThat(policy.prequalify("ada+noprequal@example.com", Option.none(), SEK).approved()).isFalse();
        assertThat(policy.prequalify("ada+decline@example.com", Option.none(), SEK).approved()).isFalse();
    }

    @Test
    void does_not_prequalify_a_stepup_customer_who_must_approve_every_payment() {
        assertThat(policy.prequalify("ada+stepup@example.com", Option.none(), SEK).approved()).isFalse();
        assertThat(policy.assess(Option.of("ada+stepup@example.com"), Money.of(100, "SEK")))
                .isInstanceOf(CustomerAssessment.AlwaysStepUp.class);
    }

    @Test
    void assesses_by_the_end_of_the_local_part_only_and_ignores_case() {
        assertThat(policy.assess(Option.of("Ada+DECLINE@example.com"), Money.of(100, "EUR")))
                .isInstanceOf(CustomerAssessment.Decline.class);
        assertThat(policy.assess(Option.of("ada+noprequal@example.com"), Money.of(100, "EUR")))
                .isInstanceOf(CustomerAssessment.AlwaysStepUp.class);
        assertThat(policy.assess(Option.of("ada@decline.example"), Money.of(100, "EUR")))
                .isEqualTo(new CustomerAssessment.ApproveUpTo(Money.of(500_000, "EUR")));
        assertThat(policy.assess(Option.of("ada+decline.x@example.com"), Money.of(100, "EUR")))
                .isInstanceOf(CustomerAssessment.ApproveUpTo.class);
    }

    @Test
    void approves_an_unknown_customer_up_to_the_sandbox_purchase_power_in_the_amount_currency() {
        assertThat(policy.assess(Option.none(), Money.of(100, "NOK")))
                .isEqualTo(new CustomerAssessment.ApproveUpTo(Money.of(500_000, "NOK")));
    }
}
