package dev.interop.acquirer.domain.partner;

import dev.interop.shared.network.IntegrationType;
import dev.interop.shared.network.KlarnaClientId;
import dev.interop.shared.network.PartnerAccountId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartnerProfileTest {

    private static PartnerProfile partner(IntegrationType type, boolean dynamicShipping) {
        return new PartnerProfile(new PartnerId("ptr_1"), "Shop", type, dynamicShipping,
                new KlarnaClientId("klarna_test_client_1"), PartnerAccountId.of("krn:partner:global:account:test:AB1"));
    }

    @Test
    void only_a_server_side_partner_with_dynamic_shipping_supports_one_step_express() {
        assertThat(partner(IntegrationType.SERVER_SIDE_ONLY, true).supportsOneStepExpress()).isTrue();
        assertThat(partner(IntegrationType.SERVER_SIDE_ONLY, false).supportsOneStepExpress()).isFalse();
        assertThat(partner(IntegrationType.HOSTED_CHECKOUT, true).supportsOneStepExpress()).isFalse();
        assertThat(partner(IntegrationType.HOSTED_CHECKOUT, false).supportsOneStepExpress()).isFalse();
    }

    @Test
    void rejects_malformed_identifiers_and_names() {
        assertThatThrownBy(() -> new PartnerId("has space")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KlarnaClientId("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartnerAccountId.of("account-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartnerProfile(new PartnerId("p"), " ", IntegrationType.HOSTED_CHECKOUT, false,
                new KlarnaClientId("c"), PartnerAccountId.of("krn:partner:global:account:test:A")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
