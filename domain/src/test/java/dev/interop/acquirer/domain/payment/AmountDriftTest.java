package dev.interop.acquirer.domain.payment;

import static dev.interop.acquirer.domain.checkout.ApFixtures.eur;
import static dev.interop.acquirer.domain.checkout.ApFixtures.sek;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.shared.domain.CommonRejection;
import org.junit.jupiter.api.Test;

class AmountDriftTest {

    @Test
    void a_lower_amount_may_be_finalized() {
        assertThat(AmountDrift.of(eur(10000)).assess(eur(9999)).get()).isEqualTo(AmountDrift.Verdict.WITHIN_APPROVAL);
    }

    @Test
    void the_approved_amount_itself_may_be_finalized() {
        assertThat(AmountDrift.of(eur(10000)).assess(eur(10000)).get())
                .isEqualTo(AmountDrift.Verdict.WITHIN_APPROVAL);
    }

    @Test
    void one_minor_unit_above_the_approved_amount_requires_reapproval_with_the_default_tolerance() {
        assertThat(AmountDrift.of(eur(10000)).tolerance()).isZero();
        assertThat(AmountDrift.of(eur(10000)).assess(eur(10001)).get())
                .isEqualTo(AmountDrift.Verdict.REQUIRES_REAPPROVAL);
    }

    @Test
    void a_tolerance_raises_the_ceiling_by_exactly_its_amount() {
        AmountDrift drift = AmountDrift.of(eur(10000), 500);

        assertThat(drift.ceiling()).isEqualTo(eur(10500));
        assertThat(drift.assess(eur(10500)).get()).isEqualTo(AmountDrift.Verdict.WITHIN_APPROVAL);
        assertThat(drift.assess(eur(10501)).get()).isEqualTo(AmountDrift.Verdict.REQUIRES_REAPPROVAL);
    }

    @Test
    void rejects_an_amount_in_another_currency() {
        assertThat(AmountDrift.of(eur(10000)).assess(sek(100)).getLeft().code())
                .isEqualTo(CommonRejection.CURRENCY_MISMATCH);
    }

    @Test
    void refuses_a_negative_tolerance() {
        assertThatThrownBy(() -> AmountDrift.of(eur(10000), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
