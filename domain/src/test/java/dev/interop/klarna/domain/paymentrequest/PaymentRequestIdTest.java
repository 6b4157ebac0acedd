package dev.interop.klarna.domain.paymentrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.shared.domain.CommonRejection;
import dev.interop.shared.domain.Krn;
import org.junit.jupiter.api.Test;

class PaymentRequestIdTest {

    private static final String UUID = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";

    @Test
    void builds_a_payment_request_krn_from_its_unique_part() {
        PaymentRequestId id = PaymentRequestId.of(UUID);

        assertThat(id.value()).isEqualTo("krn:payment:eu1:request:" + UUID);
        assertThat(id.uniquePart()).isEqualTo(UUID);
        assertThat(id).hasToString("krn:payment:eu1:request:" + UUID);
    }

    @Test
    void parses_its_own_text_back_to_an_equal_id() {
        PaymentRequestId id = PaymentRequestId.of(UUID);

        assertThat(PaymentRequestId.parse(id.value(), "id").get()).isEqualTo(id);
    }

    @Test
    void rejects_a_krn_of_another_resource_type() {
        assertThat(PaymentRequestId.parse("krn:shopping:eu1:session:" + UUID, "id").getLeft().code())
                .isEqualTo(CommonRejection.INVALID_FIELD);
        assertThatThrownBy(() -> new PaymentRequestId(new Krn("krn:shopping:eu1:session:" + UUID)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_text_that_is_no_krn_at_all() {
        assertThat(PaymentRequestId.parse("request-1", "payment_request_id").getLeft().field())
                .contains("payment_request_id");
        assertThat(PaymentRequestId.parse(null, "id").isLeft()).isTrue();
        assertThat(PaymentRequestId.parse("krn:payment:eu1:request:", "id").isLeft()).isTrue();
        assertThat(PaymentRequestId.parse("krn:payment:eu1:request:a:b", "id").isLeft()).isTrue();
    }
}
